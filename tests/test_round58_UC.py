"""Round 58 lane UC: no unit rescue in another language's glossary when the closest unit runs
far ahead of its own entry and the first hit says few of the question's words
(judgement_unit_words.unit_outruns_entry), pinned with real corpus entries and the cosines
the packaged model gave them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rag_glossary.coverage.unit_decision import UnitFeatures
from rag_glossary.judgement_cyrillic import words_said
from rag_glossary.judgement_unit_words import FEW_SAID, UNIT_LEAD, unit_outruns_entry
from rag_glossary.models import Entry, Hit
from rag_glossary.parsing import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


@cache
def _entry(corpus: str, entry_id: str) -> Entry:
    return next(e for e in load_corpus(CORPORA / corpus).entries if e.id == entry_id)


def _hits(corpus: str, entry_id: str) -> tuple[Hit, ...]:
    e = _entry(corpus, entry_id)
    return (Hit(e.id, e.title, corpus, None, "", 1.0, e),)


def _features(best_unit: float, best_chunk: float) -> UnitFeatures:
    return UnitFeatures(best_unit=best_unit, best_chunk=best_chunk, standout_margin=-1.0)


# batteri-glossary-031, a negative (black start is no entry): merit order's unit at .758,
# its entry at .563; the first hit, Effektgap, says 2 of its words
BATTERI_NEG = (
    "hvordan far man startet opp kraftnettet igjen etter en total strømstans i hele landet"
)
# batteri-glossary-010, answered by merit order (unit .863, entry .639): it says 3 words
BATTERI_ANS = (
    "i hvilken rekkefølge blir kraftverkene tatt i bruk i markedet, fra billigst til dyrest"
)
# scouting-glossary-029, a negative: Minikamp's unit .804, its entry .625, 1 word said
SCOUTING_NEG = "wie moet er s nachts opblijven om het kampterrein te bewaken tegen andere groepen"
# obra-glossary-010, answerable (a wrong entry answers it, kept): unit .685, entry .613
OBRA_ANS = (
    "como se le dice al peso de la gente y los muebles cuando usan el edificio, lo que no es fijo"
)


def test_a_unit_far_ahead_of_a_first_hit_saying_few_words_withholds_the_rescue() -> None:
    hits = _hits("batteri-glossary", "batteri-glossary#effektgap")
    assert words_said(BATTERI_NEG, hits[0].entry, "nb") < FEW_SAID
    assert unit_outruns_entry(BATTERI_NEG, hits, _features(0.758, 0.563), "nb")
    hits = _hits("scouting-glossary", "scouting-glossary#minikamp")
    assert unit_outruns_entry(SCOUTING_NEG, hits, _features(0.804, 0.625), "nl")


def test_a_first_hit_saying_three_words_keeps_the_rescue() -> None:
    hits = _hits("batteri-glossary", "batteri-glossary#merit-orden")
    assert words_said(BATTERI_ANS, hits[0].entry, "nb") >= FEW_SAID
    assert not unit_outruns_entry(BATTERI_ANS, hits, _features(0.863, 0.639), "nb")


def test_a_unit_close_to_its_entry_keeps_the_rescue() -> None:
    hits = _hits("obra-glossary", "obra-glossary#carga-muerta")
    assert UNIT_LEAD > 0.685 - 0.613
    assert not unit_outruns_entry(OBRA_ANS, hits, _features(0.685, 0.613), "es")


def test_english_keeps_the_rescue() -> None:
    # insurance-glossary-019, answered by Risk's sentence "Not all risk can be insured ..."
    hits = _hits("insurance-glossary", "insurance-glossary#risk")
    question = "what kinds of risk cant be insured"
    assert not unit_outruns_entry(question, hits, _features(0.776, 0.689 - UNIT_LEAD), None)
