"""Round 36 lane P2 (parser): two glossary files of round 36's blind sets that the parser read
imperfectly, and two more real files of the first one's family, saved byte for byte under
tests/fixtures/formats/ (SOURCES.md says where from).

- kramdown definition lists whose terms carry a span IAL, ``**Term**{:#g:slug}:`` over
  ``:   definition`` (rpy, js4ds), or open a paragraph (teachtogether): the id is the
  anchor as written (``g:NA``, corpus/README.md: "ANCHOR = that explicit anchor") and the
  closing colon is no part of the term;
- a textbook chapter of appendices whose ``## Appendix A: Glossary of Rowing Terms`` is the
  glossary and whose other appendices (policies, resources, a FAQ) are page matter.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from format_fixtures import by_title, fixture_entries

from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus
from rag_glossary.parsing.slug import explicit_id

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"


# --- kramdown definition lists with span IALs -----------------------------------------------


@pytest.fixture
def rpy(tmp_path: Path) -> list[Entry]:
    return fixture_entries(tmp_path, "rpy-glossary.md")


@pytest.fixture
def js4ds(tmp_path: Path) -> dict[str, Entry]:
    return by_title(fixture_entries(tmp_path, "js4ds-glossary.md"))


def test_rpy_reads_every_term_without_its_closing_colon(rpy: list[Entry]) -> None:
    assert len(rpy) == 69
    titles = [e.title for e in rpy]
    assert not [t for t in titles if t.endswith(":")]
    assert {"NA", "Tibble", "Absolute row number", "Setup (testing)"} <= set(titles)


def test_an_explicit_anchor_is_the_id_as_written(rpy: list[Entry]) -> None:
    ids = {e.title: e.id for e in rpy}
    assert ids["Absolute row number"] == "rpy-glossary#g:absolute-row-number"
    assert ids["NA"] == "rpy-glossary#g:NA"  # the page's own links say "#g:NA"
    assert ids["S3"] == "rpy-glossary#g:S3"
    assert ids["Setup (testing)"] == "rpy-glossary#g:testing-setup"


def test_an_id_no_markdown_processor_takes_is_still_slugged() -> None:
    assert explicit_id("g:handle-condition") == "g:handle-condition"
    assert explicit_id("wcag-2-*-wcag-2-0") == "wcag-2--wcag-2-0"
    entries = load_corpus(CORPORA / "a11y-glossary").entries
    wcag = next(e for e in entries if e.title.startswith("WCAG 2.*"))
    assert wcag.id == "a11y-glossary#wcag-2--wcag-2-0-wcag-2-1-wcag-2-2"  # as keyed


def test_a_term_line_after_its_ial_keeps_its_acronym_and_pointer_names(
    js4ds: dict[str, Entry],
) -> None:
    assert len(js4ds) == 140
    assert js4ds["Cascading Style Sheets (CSS)"].aliases == ("CSS",)
    assert js4ds["URL (Uniform Resource Locator)"].aliases == ("URL", "Uniform Resource Locator")
    assert js4ds["array"].aliases == ("list",)  # "**list**: see array", not "list:"
    assert js4ds["body (of an HTTP message)"].id == "js4ds-glossary#g:http-body"


def test_bold_ial_paragraph_terms_get_the_anchor_as_written(tmp_path: Path) -> None:
    entries = fixture_entries(tmp_path, "teachtogether-glossary.md")
    assert len(entries) == 106
    first = entries[0]
    assert (first.title, first.id) == (
        "Absolute beginner",
        "teachtogether-glossary#g:absolute-beginner",
    )


# --- a glossary that is one labelled part of a document -------------------------------------


@pytest.fixture
def rowing(tmp_path: Path) -> list[Entry]:
    return fixture_entries(tmp_path, "rowing-glossary.md")


def test_other_appendices_than_the_glossary_give_no_entries(rowing: list[Entry]) -> None:
    assert len(rowing) == 59
    assert rowing[0].title == "Bow"
    assert rowing[-1].title == "Way Enough (or Weigh Enough)"
    titles = {e.title for e in rowing}
    assert not titles & {"AARC Safety Rules", "Open Sculling Program", "Scholarships"}


def test_a_number_code_in_brackets_is_an_alias(rowing: list[Entry]) -> None:
    titled = by_title(rowing)
    assert titled["Single Scull (1x)"].aliases == ("1x",)
    assert titled["Quad Scull (4x)"].aliases == ("4x",)


@pytest.mark.parametrize(
    ("corpus", "title"),
    [
        ("chess-glossary", "Smothered Mate"),  # "## Terminology" then "## Checkmates"
        ("epi-glossary", "Attack rate"),  # "## Glossary" then "## Common measures of ..."
        ("invest-glossary", "Explanation"),  # "## 18. Glossary of Key Terms": a number only
        ("l10n-glossary", "DOM Overlay"),  # "## Glossary" then "## Synonyms"
    ],
)
def test_sections_beside_a_glossary_heading_without_part_labels_read_as_before(
    corpus: str, title: str
) -> None:
    titles = {e.title.casefold() for e in load_corpus(CORPORA / corpus).entries}
    assert title.casefold() in titles
