"""Round 57 lane WU: no unit rescue for a long description nothing of which its first hit
and closest unit say (judgement_unit_words.py), pinned with real corpus entries."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rag_glossary.answer.segment import Unit
from rag_glossary.judgement_unit_words import MANY_UNSAID, unit_says_none, unit_words_unsaid
from rag_glossary.models import Entry
from rag_glossary.parsing import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


@cache
def _entry(corpus: str, entry_id: str) -> Entry:
    return next(e for e in load_corpus(CORPORA / corpus).entries if e.id == entry_id)


class _Closest:
    """A unit cosine: 0.9 for the unit starting with ``start``, 0.1 for any other."""

    def __init__(self, start: str) -> None:
        self.start = start

    def __call__(self, entry_id: str, unit: Unit | str) -> float:
        text = unit if isinstance(unit, str) else unit.text
        return 0.9 if text.startswith(self.start) else 0.1


# chem-glossary-029 (a negative: pressure is no entry); vökvi's closest unit, þyngd first
CHEM_Q = "hvað kallast krafturinn sem gasið ýtir á veggina í ílátinu á hvern fermetra"
VOKVI_UNIT = _Closest("Ástand efnis sem hefur ákveðið rúmmál")

# grafy-glossary-013 (answered by Koło, whose closest unit says "wierzchołek")
GRAFY_Q = (
    "taki graf jak szprychy w rowerze, obwodka dookola i jeden punkt w srodku polaczony "
    "ze wszystkimi wierzcholkami"
)
KOLO_UNIT = _Closest("Graf utworzony z cyklu")


def test_unit_saying_none_of_a_description_withholds_the_rescue() -> None:
    vokvi = _entry("chem-glossary", "chem-glossary#vökvi")
    thyngd = _entry("chem-glossary", "chem-glossary#þyngd")
    assert unit_says_none(CHEM_Q, vokvi, VOKVI_UNIT, "is")  # type: ignore[arg-type]
    assert unit_words_unsaid(CHEM_Q, thyngd, vokvi, VOKVI_UNIT, "is", MANY_UNSAID)  # type: ignore[arg-type]


def test_fewer_rare_words_unsaid_keep_the_rescue() -> None:
    vokvi = _entry("chem-glossary", "chem-glossary#vökvi")
    thyngd = _entry("chem-glossary", "chem-glossary#þyngd")
    assert not unit_words_unsaid(CHEM_Q, thyngd, vokvi, VOKVI_UNIT, "is", MANY_UNSAID - 1)  # type: ignore[arg-type]


def test_a_unit_saying_a_word_keeps_the_rescue() -> None:
    kolo = _entry("grafy-glossary", "grafy-glossary#koło")
    assert not unit_says_none(GRAFY_Q, kolo, KOLO_UNIT, "pl")  # type: ignore[arg-type]
    assert not unit_words_unsaid(GRAFY_Q, kolo, kolo, KOLO_UNIT, "pl", 8)  # type: ignore[arg-type]
