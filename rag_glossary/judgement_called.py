"""A description that asks what something is called, answered from its entry's own sentence
(round 39, lane F).

"word for things like dodgy wiring or a reckless driver that make it more likely something
bad happens" describes Hazard in everyday words the entry never uses, so the standout path
refuses it (no entry stands out, or its rare words are unsaid). A question that asks for a
name describes one thing, and the entry that names it has the sentence saying it: when the
first hit holds the glossary's closest answer unit, that unit's cosine is at least
CALLED_UNIT, and the best units stand out as far as the corpus's own masked definitions do
(calibration.unit_lenient), the question is answered. Neither unit signal alone separates
(round 36 lane A: rescue cuts on the best sentence and its standout, +1 -0 held out); asking
for a name is what a described negative mostly is not. Chosen leaving each of the 145 design
sets out: in-sample 6 right answers regained (and rust-010 answered from the wrong entry), 0
negatives answered; held out 6 regained and 3 negatives answered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from rag_glossary.answer.question import analyze
from rag_glossary.calibration import unit_cosines, unit_standout
from rag_glossary.coverage import NO_STANDOUT, SPECIFIC_UNSAID
from rag_glossary.coverage.keyterms import words
from rag_glossary.coverage.question_forms import asks_for_a_name
from rag_glossary.judgement_reasons import HEAD_OTHER_REASON
from rag_glossary.unit_vectors import UnitVectors

CALLED_UNIT = 0.5  # the least cosine of the first hit's best answer unit to the question
# the standout path's refusals a named description may overturn (coverage.judge's reasons),
# and the head-noun refusal: a question asking for a name says its thing's kind in the
# user's word ("word for an operation that ..."), which the named entry need not use (round 42 F)
CALLED_FROM = frozenset({NO_STANDOUT, SPECIFIC_UNSAID, HEAD_OTHER_REASON})
CALLED_REASON = "the question asks what something is called and the best entry's sentence says it"


@dataclass(frozen=True)
class FirstUnit:
    """The first hit's answer units against the question: whether it holds the glossary's
    closest unit, its best unit's cosine, and the unit standout minus the index's bar."""

    holds_closest: bool
    cosine: float
    margin: float


def first_unit(
    query: np.ndarray,
    units: UnitVectors,
    entry_vectors: np.ndarray,
    groups: np.ndarray,
    at: int,
    bar: float,
) -> FirstUnit:
    """FirstUnit for the entry at position ``at`` (a copy of it, same title group, counts)."""
    top, z = unit_standout(query, units, entry_vectors, groups)
    rows = np.flatnonzero(units.entry == at)
    cosine = float(unit_cosines(units, query)[rows].max()) if len(rows) else 0.0
    return FirstUnit(top >= 0 and groups[top] == groups[at], cosine, z - bar)


def asks_what_called(question: str) -> bool:
    """ "is there a word for ...", "what do you call ...", "... whats it called"."""
    return asks_for_a_name(" ".join(words(question))) or analyze(question).asks_called


def called_rescues(question: str, reason: str, first: Callable[[], FirstUnit | None]) -> bool:
    """Whether a refusal for ``reason`` is overturned: the question asks for a name, and the
    first hit holds the closest answer unit, with a cosine of CALLED_UNIT or more and a unit
    standout at its bar or over. ``first`` is called only for such a refusal."""
    if reason not in CALLED_FROM or not asks_what_called(question):
        return False
    unit = first()
    return (
        unit is not None and unit.holds_closest and unit.cosine >= CALLED_UNIT and unit.margin >= 0
    )
