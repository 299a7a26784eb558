"""Round 33 lane F (parser): a list item whose content is a heading.

A standard's "Terms and definitions" page (a Jekyll page of an ISO 22000 study site)
writes every term as a numbered list item holding an ``#####`` heading, with the
definition on the next, unindented line::

    1.  ##### Acceptable level
    Level of a hazard not to be exceeded in the end product.

CommonMark reads the item as a heading inside a list item: the heading is the term, its
list number no part of the title, and the usual "Title (ACR)" alias rules apply. The
image and the one sentence over the terms are the page's note, no entry.
"""

from __future__ import annotations

from rag_glossary.parsing import parse_text
from rag_glossary.parsing.fences import code_mask
from rag_glossary.parsing.markdown import page_note
from rag_glossary.parsing.md_list_headings import list_item_headings

STANDARD_PAGE = """---
layout : page
title : Terms and definitions
---
![terms](../assets/images/terms.png)
For the purposes of this standard, the following terms and definitions apply.

1.  ##### Acceptable level
Level of a hazard not to be exceeded in the end product.

2.  ##### Audit
Systematic, independent and documented process to obtain evidence.

3.  ##### Critical control point (CCP)
step in the process at which a control measure is applied to prevent or reduce a
significant hazard to an acceptable level


4.  ##### Interested party (stakeholder)
Person or organization that can affect or be affected by a decision.
"""


def _entries(text: str, file: str = "terms.md") -> list[tuple[str, str, tuple[str, ...], int]]:
    return [
        (e.id, e.title, tuple(e.aliases), e.line)
        for e in parse_text(text, "std", file=file)  # sniffed: the generic dialect
    ]


def test_numbered_heading_items_are_terms_titled_by_their_heading() -> None:
    assert _entries(STANDARD_PAGE) == [
        ("std#acceptable-level", "Acceptable level", (), 8),
        ("std#audit", "Audit", (), 11),
        ("std#critical-control-point-ccp", "Critical control point (CCP)", ("CCP",), 14),
        ("std#interested-party-stakeholder", "Interested party (stakeholder)", (), 19),
    ]


def test_the_definition_below_the_item_is_the_terms_text() -> None:
    entries = {e.title: e.body for e in parse_text(STANDARD_PAGE, "std", file="terms.md")}
    assert entries["Acceptable level"] == "Level of a hazard not to be exceeded in the end product."
    assert entries["Critical control point (CCP)"].startswith("step in the process at which")
    assert entries["Critical control point (CCP)"].endswith("to an acceptable level")


def test_bullet_items_with_indented_definitions_and_code() -> None:
    text = (
        "- ### Lot\n  Defined quantity of a product made under the same conditions.\n\n"
        "- ### Feed\n  Product intended to be fed to animals.\n\n      fed = True\n\n"
        "- ### Traceability\n  Ability to follow the history of an object.\n"
    )
    entries = parse_text(text, "b", file="b.md")
    assert [(e.title, e.line) for e in entries] == [("Lot", 1), ("Feed", 4), ("Traceability", 9)]
    assert entries[1].body == "Product intended to be fed to animals.\n\n```\nfed = True\n```"


def test_a_page_heading_over_heading_items_and_a_paren_marker() -> None:
    text = (
        "# Glossary\n\nCommon quality terms.\n\n1) ## Nonconformity\nNon-fulfilment of a "
        "requirement.\n\n2) ## Prerequisite programme (PRP)\nBasic conditions to maintain "
        "hygiene.\n\n3) ## Risk\nEffect of uncertainty.\n"
    )
    titles = [(e.title, e.aliases) for e in parse_text(text, "g", file="g.md")]
    assert titles == [
        ("Nonconformity", ()),
        ("Prerequisite programme (PRP)", ("PRP",)),
        ("Risk", ()),
    ]


def test_what_commonmark_does_not_read_as_a_heading_item_stays_as_written() -> None:
    lines = [
        "```",
        "1. ## In a fence",
        "```",
        "1.     ## Code: five spaces after the marker",
        "- 1. ## A nested item",
        "2. ##No space is no heading",
        "3. ## Real",
        "text",
    ]
    out = list_item_headings(lines, code_mask(lines, 0), 0)
    assert out == [*lines[:6], "## Real", "text"]


def test_a_text_without_marked_headings_is_not_parsed_again() -> None:
    lines = ["## Term", "Text.", "- a bullet", "1. an item"]
    assert list_item_headings(lines, [False] * 4, 0) == lines


def test_a_glossary_titles_words_do_not_keep_its_note_as_an_entry() -> None:
    note = "For the purposes of this standard, the following terms and definitions apply."
    assert page_note("Terms and definitions", note, 45)
    assert page_note("Glossary of terms", "The following terms are used in this guide.", 10)
    # a title that names a term still keeps a preamble that says it
    assert not page_note("Food safety terms", "Food safety is assurance that food is safe.", 10)
    assert not page_note("Terms and definitions", note, 2)  # no page of terms below
