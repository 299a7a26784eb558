"""Round 27 post-fix PR: Markdown link reference definitions and code text in answers
(round 27's blind rust set; real entries of the eval corpora).

- the link reference definitions that end rust-glossary.md ("[unit type]: type.tuple.unit",
  57 of them) are no text of the last entry, Zero-sized type (ZST), nor its see-also labels:
  CommonMark consumes a definition whatever its destination, not only a URL or a path;
- "`match x { A => 1, B => 2 }`" is code: its "=>" stays, not the arrow of "term => what
  follows" that reads as ":";
- a unit that opens with a code token ("`repr(Rust)` structs ...") keeps its case.
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_answer, outside_corpus

from rag_glossary.answer.cleaning import clean_unit
from rag_glossary.answer.inline import clean_inline
from rag_glossary.answer.segment import entry_units
from rag_glossary.parsing.clean import clean_markdown, code_mask

R = "rust-glossary#"


def test_link_reference_definitions_are_no_text_of_the_last_entry() -> None:
    entries, _ = outside_corpus("rust-glossary")
    zst = entries[R + "zero-sized-type-zst"]
    assert "type.tuple.unit" not in zst.body
    assert "glossary.zst" not in zst.body
    assert zst.body.rstrip().endswith("```")
    # the definitions' labels are no see-also names; the body's own links still are
    assert not {"zero sized", "types of crates", "turbofish test", "crate"} & set(zst.see_also)
    assert {"unit type", "structs", "enums"} <= set(zst.see_also)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("[unit type]: type.tuple.unit", False),
        ("[`extern` blocks]: items.extern", False),
        ('[crate]: crates-and-source-files.md "Crates"', False),
        ("[docs]: <some page.md>", False),
        ("[1]: https://example.org/a", False),
        # a line of text with a bracketed name: more than one unquoted word
        ("[API]: Application Programming Interface.", True),
    ],
)
def test_a_definition_line_is_dropped_whatever_its_destination(line: str, kept: bool) -> None:
    lines = ["Some text of the entry.", "", line]
    text = clean_markdown(lines, code_mask(lines)).text
    assert (line.split("]:")[1].strip(" .") in text) is kept


def test_an_arrow_inside_code_stays() -> None:
    entries, _ = outside_corpus("rust-glossary")
    body = entries[R + "scrutinee"].body
    assert "match x { A => 1, B => 2 }" in clean_inline(body)
    # an arrow in prose still says what follows, in a highlighted phrase too
    assert clean_inline("on their training data ==> attack") == "on their training data: attack"
    assert clean_inline("`not enough data --> reuse data`") == "not enough data: reuse data"


def test_a_scrutinee_answer_shows_the_match_as_written() -> None:
    text, cited = outside_answer(
        "rust-glossary", "whats a scrutine in a rust match", R + "scrutinee"
    )
    assert cited == (R + "scrutinee",)
    assert "match x { A => 1, B => 2 }" in text


def test_a_unit_that_opens_with_code_keeps_its_case() -> None:
    entries, _ = outside_corpus("rust-glossary")
    units = [u.text for u in entry_units(entries[R + "zero-sized-type-zst"])]
    assert any(u.startswith("repr(Rust) structs") for u in units)
    assert not any(u.startswith("Repr(") for u in units)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("size_of returns the size of a type in bytes.", "size_of returns"),
        ("std::mem holds the size functions of a type.", "std::mem holds"),
        ("`git` is a tool that tracks the changes of files.", "git is"),
        # a dropped to-do span before the sentence is no code opening it (cv's Convolution)
        ("`Todo: add link` convolution is both commutative and associative.", "Convolution is"),
        # no code: the first letter is raised
        ("e.g. a model that learns in steps of many kinds.", "E.g. a"),
        ("the model learns a thing in many steps.", "The model"),
    ],
)
def test_only_a_code_token_keeps_a_lower_case_opening(raw: str, shown: str) -> None:
    unit = clean_unit(raw)
    assert unit is not None and unit.startswith(shown)


def test_a_sentence_after_a_dropped_todo_span_is_capitalised() -> None:
    entries, _ = outside_corpus("cv-glossary")
    units = [u.text for u in entry_units(entries["glossary#convolution"])]
    assert "Convolution is both commutative and associative." in units
