"""The sentence that says what the opening leaves open: when the entry's opening ranks
first only because it restates the asked words of the name ("The Adversarial Robustness
Toolbox (ART) is ..."), the question's other words ("which threats does it focus on")
are answered by the sentence that says them ("ART focuses on the threats of Evasion ...")."""

from __future__ import annotations

from rag_glossary.answer.cues import LATER_COVERAGE
from rag_glossary.answer.overlap import Idf, coverage
from rag_glossary.answer.pieces import count_words
from rag_glossary.answer.question import Question
from rag_glossary.answer.segment import Unit
from rag_glossary.answer.unit_roles import is_filler


def open_part(
    q: Question,
    focus: frozenset[str],
    scored: list[tuple[float, Unit, list[str]]],
    definition: tuple[Unit, list[str]],
    idf: Idf,
    floor: float,
    max_words: int,
) -> tuple[Unit, list[str]] | None:
    """The sentence after the opening that says at least ``floor`` (the share a unit
    must say to be picked, MIN_COVERAGE) of the question's words
    the opening does not say, and twice as much of them as any other sentence, when the
    opening ranked first on the question's words but under the coverage an answer needs.
    None for a question asking what the term is."""
    opening = definition[0]
    sentences = [x for x in scored if x[1].kind == "sentence"]
    if q.shape in ("define", "expand") or not sentences or sentences[0][1] is not opening:
        return None
    if sentences[0][0] < LATER_COVERAGE:
        return None  # the opening says little of the question either: no part is asked of it
    left = frozenset(t for t in focus if coverage(frozenset((t,)), opening, idf, forms=True) == 0)
    if not left or left == focus:
        return None
    rest = sorted(
        ((coverage(left, u, idf, forms=True), u, ids) for _, u, ids in sentences[1:]),
        key=lambda x: (-x[0], x[1].position),
    )
    if not rest:
        return None
    share, unit, ids = rest[0]
    runner_up = rest[1][0] if len(rest) > 1 else 0.0
    clear = share >= floor and share >= 2 * runner_up
    fits = count_words(unit.text) <= max_words  # the opening follows when it fits too
    return (unit, ids) if clear and fits and not is_filler(unit.text) else None
