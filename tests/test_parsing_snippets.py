"""Parsing fixes, each checked on a real snippet (origin named in each test):
one-dash table delimiters, a linked bold term without a hard break, aliases
not repeated after a title that spells them out, and an archive note whose
``# Title {#anchor}`` line the export lost."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from helpers import ROOT

from rag_glossary.models import Entry
from rag_glossary.parsing import parse_file, parse_text, sniff_dialect
from rag_glossary.parsing.base import listed_name

TEMPLE = ROOT / "eval" / "formats" / "temple-ml-glossary.md"
NLP = ROOT / "eval" / "corpora" / "nlp-glossary" / "0_Keywords.md"
ARCHIVE = ROOT / "corpus" / "data-archive-m.md"


@cache
def _entries(path: Path) -> dict[str, Entry]:
    return {e.anchor: e for e in parse_file(path)}


def _temple_rows(delimiter: str, outer_pipes: bool = True) -> str:
    """eval/formats/temple-ml-glossary.md lines 1-5, with another delimiter row."""
    header, _, *rows = TEMPLE.read_text(encoding="utf-8").split("\n")[:5]
    lines = [header, delimiter, *rows]
    if not outer_pipes:
        lines = [line.strip().strip("|") for line in lines]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("delimiter", "outer_pipes"),
    [("| - | - |", True), ("|:-|:-|", True), ("|---|---|", False), ("|:-|:-|", False)],
)
def test_a_term_table_with_any_gfm_delimiter_gives_one_entry_per_row(
    delimiter: str, outer_pipes: bool
) -> None:
    text = _temple_rows(delimiter, outer_pipes)
    assert sniff_dialect(text, "temple.md") == "md-terms"
    entries = parse_text(text, "temple", file="temple.md")
    assert [(e.title, e.line) for e in entries] == [
        ("Data Mining", 3),
        ("Machine Learning", 4),
        ("Data", 5),
    ]
    assert entries[2].body == "Collection of examples (samples, rows) and features (columns)"


def test_a_dash_and_space_row_is_a_list_item_not_a_table_delimiter() -> None:
    text = _temple_rows("- | -", outer_pipes=False)  # markdown-it and GFM: a bullet
    assert sniff_dialect(text, "temple.md") == "generic"
    assert parse_text(text, "temple", file="temple.md") != []


def test_a_linked_bold_term_without_a_hard_break_keeps_its_definition() -> None:
    # eval/corpora/nlp-glossary/0_Keywords.md lines 7-13: the first term's line has
    # no trailing two spaces, the second's has.
    lines = NLP.read_text(encoding="utf-8").split("\n")[6:13]
    assert lines[2].endswith(")**") and lines[5].endswith("**  ")
    snippet = "\n".join(lines) + "\n"
    entries = parse_text(snippet, "nlp", "md-terms", file="0_Keywords.md")
    assert [(e.title, e.line) for e in entries] == [("Tokenization", 3), ("Stop Words", 6)]
    assert entries[0].body.startswith("Splitting text into individual units")
    assert entries[0].anchor == "tokenization"


def test_every_term_of_the_nlp_glossary_is_an_entry_with_its_definition() -> None:
    lines = NLP.read_text(encoding="utf-8").split("\n")
    terms = [line for line in lines if line.startswith("- **")]
    entries = _entries(NLP)
    assert len(entries) == len(terms) == 44
    # Grade notes 003, 020, 021 said "no definition": the parser keeps these bodies.
    assert entries["coreference-resolution"].body.startswith("Detecting when different")
    assert entries["rnn-recurrent-neural-network"].body.startswith("Processes sequences")
    assert entries["lstm-long-short-term-memory"].body.startswith("A type of RNN that uses gates")


def test_an_alias_the_title_spells_out_is_kept_but_not_listed_again() -> None:
    entries = _entries(NLP)
    bow = entries["bag-of-words-bow"]
    assert bow.aliases == ("BoW",)  # questions still name the term by it
    assert listed_name(bow.title, bow.aliases) == "Bag of Words (BoW)"
    pos = entries["part-of-speech-pos-tagging"]
    assert pos.aliases == ("POS Tagging",)
    assert listed_name(pos.title, pos.aliases) == "Part-of-Speech (POS) Tagging"
    # corpus/ai-glossary-m.md "# Markov Decision Process" with "## MDP": a new name.
    mdp = _entries(ROOT / "corpus" / "ai-glossary-m.md")["markov-decision-process"]
    assert listed_name(mdp.title, mdp.aliases) == "Markov Decision Process (MDP)"


def test_an_archive_note_that_lost_its_anchored_heading_is_its_own_entry() -> None:
    # corpus/data-archive-m.md line 229: "### Many-to-Many Relationships" follows the
    # Manifold Learning note; line 286 links to it as (#many-to-many-relationships).
    entries = _entries(ARCHIVE)
    manifold = entries["manifold-learning"].body
    assert "geodesic distances" in manifold
    assert "junction table" not in manifold and "CREATE TABLE" not in manifold
    many = entries["many-to-many-relationships"]
    assert (many.title, many.line) == ("Many-to-Many Relationships", 229)
    assert many.body.startswith("Occurs when multiple records in one table")
    assert "CREATE TABLE enrollments" in many.body
    assert "Markov" not in many.body


def test_an_archive_heading_that_is_itself_a_link_stays_inside_its_entry() -> None:
    # corpus/data-archive-m.md lines 13-19, cut: "# [Supervised Learning](#supervised-learning)"
    # names another note; it is not a lost note heading even though it is linked to.
    text = (
        "# Machine Learning Algorithms {#machine-learning-algorithms}\n\nIntro.\n\n"
        "# [Supervised Learning](#supervised-learning)\n\nLabelled data.\n\n"
        "# Manifold Learning {#manifold-learning}\n\nA lower-dimensional manifold.\n"
    )
    entries = parse_text(text, "archive", "archive")
    assert [e.anchor for e in entries] == ["machine-learning-algorithms", "manifold-learning"]
    assert "Labelled data." in entries[0].body


# The-AI-Alliance/trust-safety-user-guide, docs/glossary.markdown (commit 29c154bc, CC BY 4.0),
# shortened: Jekyll front matter, the page's one `#` title, kramdown {:toc}, terms under `##`.
JEKYLL_PAGE = """---
layout: default
title: Glossary of Terms
nav_order: 30
has_children: false
---

# Glossary of Terms

Let's define the common terms we use.

<details open markdown="block">
  <summary>
    Table of contents
  </summary>
  {: .text-delta }
1. TOC
{:toc}
</details>

## Accountability

An aspect of [Governance](#governance), where we trace behaviors through
[AI Systems](#ai-system) to their causes.

## AI Actor

[\\[2\\]](#nist) An organization or individual building an [AI System](#ai-system).

## Token

For language models, the training texts and query prompts are split into tokens.
"""


def test_a_jekyll_page_with_terms_under_level_two_headings_is_not_the_ai_glossary() -> None:
    assert sniff_dialect(JEKYLL_PAGE, "glossary.markdown") != "ai-glossary"
    entries = {e.title: e for e in parse_text(JEKYLL_PAGE, "glossary", file="glossary.markdown")}
    assert {"Accountability", "AI Actor", "Token"} <= set(entries)
    assert entries["Token"].body.startswith("For language models")
    assert "Token" not in entries["Accountability"].body


def test_the_shipped_jekyll_glossary_is_still_read_as_ai_glossary() -> None:
    text = (ROOT / "corpus" / "ai-glossary-m.md").read_text(encoding="utf-8")
    assert sniff_dialect(text, "ai-glossary-m.md") == "ai-glossary"
