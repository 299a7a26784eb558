"""What a comparison side asks beyond its name: the entry its leading words name ("mae"
in "mae treat outliers"), the words left over, and the sentence of a side's entry
that answers them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.answer.names import names_something, names_term
from rag_glossary.answer.overlap import Idf, coverage, stem
from rag_glossary.answer.segment import Unit, entry_units
from rag_glossary.answer.unit_roles import refers_back
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.lexical import tokenize
from rag_glossary.models import Hit

ANSWERS_SIDE = 0.34  # share of a side's asked words a sentence covers (as MIN_COVERAGE)


def named_head(side: str, hits: Sequence[Hit]) -> tuple[Hit, frozenset[str]] | None:
    """The entry that the side's leading words name, when the whole side names none
    ("mistral 7b": "Mistral Model"; "mae treat outliers": "Mean Absolute Error (MAE)"),
    and the side's words beyond that name."""
    words = side.split()
    for size in range(len(words) - 1, 0, -1):
        head = " ".join(words[:size])
        if not names_something(head):
            continue  # "model" of "model ensemble" is no name
        for hit in hits:
            if entry_units(hit.entry) and names_term(hit, head):
                name = {stem(t) for t in tokenize(" ".join((hit.title, *hit.entry.aliases)))}
                rest = frozenset(t for t in tokenize(side) if stem(t) not in name)
                return hit, rest
    return None


def answering(
    pool: list[tuple[Unit, list[str]]],
    focus: frozenset[str],
    idf: Idf,
    opening: Unit,
    measured: bool = False,
) -> list[tuple[Unit, list[str]]]:
    """The sentence of a side that answers the words the question asks of it, with the
    sentence before it when it refers back ("Thus, unlike the MSE, ..."); [] if none.
    A ``measured`` question ("which one gets more drivers to yield") is answered by a
    figure: of the sentences that answer, one that gives a number ranks first."""
    if not focus:
        return []
    best: tuple[float, int] | None = None
    for at, (unit, _) in enumerate(pool):
        if unit.kind != "sentence" or unit is opening:
            continue
        score = coverage(focus, unit, idf, forms=True)
        if score >= ANSWERS_SIDE and measured and re.search(r"\d", unit.text):
            score += 1.0
        if score >= ANSWERS_SIDE and (best is None or score > best[0]):
            best = (score, at)
    if best is None:
        return []
    at = best[1]
    before = pool[at - 1] if at > 0 else None
    if before and refers_back(pool[at][0].text) and before[0].kind == "sentence":
        return [before, pool[at]]
    return [pool[at]]


# "which one gets more drivers to yield", "which is faster": a comparative asks for a measure
MEASURED = lazy_regex(
    r"(?i)\b(?:which|who)\b.*\b(?:more|less|fewer|better|worse|higher|lower|[a-z]{3,}er\s+than)\b"
)


# "... and when do they apply": the question asks for a time
_ASKS_WHEN = lazy_regex(r"(?i)\bwhen\s+(?:do|does|did|is|are|was|were|will|can|should|would)\b")
_DATE = lazy_regex(
    r"\b(?:1[5-9]|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b"
)


def dated(
    q_text: str, pool: list[tuple[Unit, list[str]]], opening: Unit
) -> list[tuple[Unit, list[str]]]:
    """For a question asking when ("... and when do they apply"), a side's first sentence
    after its opening that gives a date (a year or a month), with the sentence before it
    when it refers back; [] otherwise."""
    if not _ASKS_WHEN.search(q_text):
        return []
    for at, (unit, _) in enumerate(pool):
        if unit.kind == "sentence" and unit is not opening and _DATE.search(unit.text):
            before = pool[at - 1] if at > 0 else None
            if before and refers_back(unit.text) and before[0].kind == "sentence":
                return [before, pool[at]]
            return [pool[at]]
    return []
