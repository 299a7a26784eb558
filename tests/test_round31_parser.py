"""Round 31 lane P: synonyms written inside titles, and term tables under headers the
parser does not know (real entries of eval/corpora pv-glossary and fashion-glossary).

- "Adverse reaction; synonyms: Adverse drug reaction (ADR), ..." is the term "Adverse
  reaction", each listed synonym (and its acronym, and a bracketed optional word spelled
  with and without it) an alias; "Spontaneous report, synonym: ..." too;
- "| Role | Responsibility |", "| Organization | Focus |", "| Fiber | Properties | Common
  Uses |": a first column of unique short names beside words is a term and its
  definition, further columns "Header: value" fields; a table of numbers stays data.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus, parse_text
from rag_glossary.parsing.body_names import title_synonyms

ROOT = Path(__file__).resolve().parent.parent
PV = "pv-glossary#"
FASHION = "fashion-glossary#"


@cache
def _entries(name: str) -> dict[str, Entry]:
    return {e.id: e for e in load_corpus(ROOT / "eval" / "corpora" / name).entries}


def test_a_title_listing_synonyms_is_the_term_and_they_are_aliases() -> None:
    entry = _entries("pv-glossary")[PV + "adverse-reaction"]
    assert entry.title == "Adverse reaction"
    for name in ("Adverse drug reaction (ADR)", "ADR", "Adverse effect", "Undesirable effect"):
        assert name in entry.aliases
    assert "Suspected adverse drug reaction" in entry.aliases
    assert "Suspected adverse reaction" in entry.aliases


def test_the_term_keeps_its_own_acronym_and_a_comma_also_lists_synonyms() -> None:
    entries = _entries("pv-glossary")
    event = entries[PV + "adverse-event-ae"]
    assert event.title == "Adverse event (AE)"
    assert {"AE", "Adverse experience"} <= set(event.aliases)
    report = entries[PV + "spontaneous-report"]
    assert report.title == "Spontaneous report"
    assert "Spontaneous notification" in report.aliases
    icsr = entries[PV + "individual-case-safety-report-icsr"]
    assert {"ICSR", "Adverse drug reaction report", "Adverse reaction report"} <= set(icsr.aliases)


def test_a_see_pointer_to_a_synonym_titled_term_now_resolves() -> None:
    # "Stimulated reporting: See Spontaneous report" names the term as the title now reads
    report = _entries("pv-glossary")[PV + "spontaneous-report"]
    assert "Stimulated reporting" in report.aliases


def test_a_title_without_synonyms_is_itself() -> None:
    assert title_synonyms("Signal management process") == ("Signal management process", [])
    assert title_synonyms("Synonym") == ("Synonym", [])


def test_a_two_column_table_under_unknown_headers_gives_definitions() -> None:
    entries = _entries("fashion-glossary")
    assert entries[FASHION + "visual-merchandiser"].body.startswith("Creates in-store displays")
    milan = entries[FASHION + "camera-nazionale-della-moda-italiana"]
    assert milan.body.startswith("Milan Fashion Week")
    assert entries[FASHION + "gots"].body.startswith("Organic textiles")


def test_a_three_column_table_of_names_is_terms_with_a_field() -> None:
    cotton = _entries("fashion-glossary")[FASHION + "cotton"]
    assert cotton.body.startswith("Breathable, soft, absorbent")
    assert "Common Uses: Basics, casualwear, denim" in cotton.fields


def test_a_table_of_numbers_stays_data() -> None:
    text = (
        "# Sizes\n\n| Size | Bust | Waist |\n|---|---|---|\n"
        "| XS | 32 in | 24 in |\n| S | 34 in | 26 in |\n| M | 36 in | 28 in |\n"
    )
    assert not any(s.title in ("XS", "S", "M") for s in parse_text(text, "sizes", "md-terms"))
    wide = (
        "# Fibers\n\n| Fiber | Properties | Uses | Origin |\n|---|---|---|---|\n"
        "| Cotton | Breathable, soft | Basics | Plant |\n"
        "| Wool | Warm, resilient | Suiting | Sheep |\n"
    )
    assert not any(s.title == "Cotton" for s in parse_text(wide, "fibers", "md-terms"))
