"""Round 34 follow-up FP (parser findings on the blind sets), on the real corpus files:

- a page's record lines (``**Last Updated**: February 2026``), a list of pointers to other
  chapters or files (``- **Equipment Terms**: Chapter 7 (...)``) are no entries (the
  ``## Purpose`` intro heading still is one: see the round's report);
- ``Synonymous: internal cylinder, stereome`` closing a definition gives aliases;
- bracketed titles: ``PPO2 (Partial Pressure of Oxygen)``, ``PSI (Pounds per Square
  Inch)``, ``SAC Rate (Surface Air Consumption)``, ``Nitrox (Enriched Air Nitrox, EAN)``,
  ``N2 (Nitrogen)``, ``Internationalization (i18n)``;
- slash titles: ``localization / l10n``, ``translatable unit / text unit``;
- a record's closing ``See X.`` sentence is its see-also.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus
from rag_glossary.parsing.base import acronym_aliases
from rag_glossary.parsing.body_names import also_known_aliases
from rag_glossary.parsing.fields import closing_pointer
from rag_glossary.parsing.title_names import formula_names

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


@cache
def _entries(name: str) -> dict[str, Entry]:
    return {e.id.split("#", 1)[1]: e for e in load_corpus(CORPORA / name).entries}


def test_dive_page_matter_is_no_entry() -> None:
    ids = set(_entries("dive-glossary"))
    junk = {
        "document-version",
        "last-updated",
        "maintained-by",
        "pressure-and-physics",
        "equipment-terms",
        "abbreviations",
        "references",
    }
    assert not junk & ids
    assert len(ids) == 91  # the file's 90 terms and "## Purpose"
    assert {"wetsuit", "warm-water-diving", "aca-ai-coding-assistant"} <= ids


def test_other_sets_page_matter() -> None:
    assert "next" not in _entries("volcano-glossary")  # "**Next**: [Chapter 3: ...](...)"
    assert "look-up-unfamiliar-terms" in _entries("theatre-glossary")


def test_synonymous_list_gives_aliases() -> None:
    scleroderm = _entries("moss-glossary")["scleroderm"]
    assert {"internal cylinder", "stereome", "sclerodermis"} <= set(scleroderm.aliases)
    decoy = _entries("behecon-glossary")["opportunity-cost"]  # "Synonym: Shadow value of money."
    assert "Shadow value of money" in decoy.aliases
    assert also_known_aliases("A loose statement. Synonymous with nothing here") == []


@pytest.mark.parametrize(
    ("entry_id", "names"),
    [
        ("ppo2-partial-pressure-of-oxygen", {"PPO2", "Partial Pressure of Oxygen"}),
        ("psi-pounds-per-square-inch", {"PSI", "Pounds per Square Inch"}),
        ("sac-rate-surface-air-consumption", {"SAC Rate", "Surface Air Consumption Rate"}),
        ("nitrox-enriched-air-nitrox-ean", {"Enriched Air Nitrox", "EAN"}),
        ("n2-nitrogen", {"N2", "Nitrogen"}),
        ("o2-oxygen", {"O2", "Oxygen"}),
    ],
)
def test_dive_bracket_aliases(entry_id: str, names: set[str]) -> None:
    assert names <= set(_entries("dive-glossary")[entry_id].aliases)


def test_bracket_rules_keep_their_limits() -> None:
    assert formula_names("Helium (He)") == []  # "he" is a word a question says otherwise
    # the acronym alone is not the term: CNS is no fatigue
    assert acronym_aliases("CNS Fatigue (Central Nervous System)") == [
        "CNS Fatigue",
        "Central Nervous System Fatigue",
    ]
    assert acronym_aliases("Nitrox (Oxygen, Helium)") == []  # no name of the title


def test_l10n_slash_and_numeronym_titles() -> None:
    entries = _entries("l10n-glossary")
    assert "i18n" in entries["internationalization-i18n"].aliases
    assert {"localization", "l10n"} <= set(entries["localization--l10n"].aliases)
    assert {"translatable unit", "text unit"} <= set(
        entries["translatable-unit--text-unit"].aliases
    )
    lean = _entries("fitness-glossary")["lean-bulk--clean-bulk"]
    assert {"Lean Bulk", "Clean Bulk"} <= set(lean.aliases)


def test_record_closing_see_sentence() -> None:
    entries = _entries("pottery-glossary")
    assert entries["additive"].see_also == ("subtractive",)
    assert entries["bat-pins"].see_also == ("bat",)
    assert closing_pointer("Some text.  See separate glossary of materials.") == []
    assert closing_pointer("See bat.") == []  # a pointer-only body: redirects.alias_pointers
