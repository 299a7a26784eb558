"""The rescue of a refused question whose first hit owns its specific words: the entry
alone says OWNED_MIN or more of the description's content words and word pairs, and holds
the answer unit closest to it of any entry: two signals that each miss negatives (rare
words shared with a neighbour, a close sentence on background words) and that a
paraphrase of the entry meets together (round 28). A named term the glossary lacks needs
an owned word pair besides its own words (ownership.owned_past_name, round 31). Owned keys
that rest on one word ("working", "working ticket": Owner, for "how do agents log the hours
they spent working on a ticket") rescue only when the entry says another of the question's
words besides them, or when the entry supports every part of the question (the phrase rule's
sum reaches its cut, coverage/phrase_support.py) (round 54): a paraphrase's entry shares more
than one spot of it ("how much gas": SAC Rate, for "a number for how fast i go through my
tank, so i can work out how much gas to bring")."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from rag_glossary.coverage import TermCoverage
from rag_glossary.coverage.ownership import OWNED_MIN, Ownership, one_word, owned_past_name
from rag_glossary.coverage.phrase_support import PhraseSupport
from rag_glossary.judgement_terms import named_missing
from rag_glossary.unit_vectors import UnitSimilarity

# the phrase rule, the question's similarity to the units, the entry's vector, the best
# dense entry's id (what CoverageJudge holds for coverage/phrase_support.py)
Phrases = tuple[
    PhraseSupport | None, UnitSimilarity | None, npt.NDArray[np.float32], Callable[[], str]
]


def owned_rescues(
    ownership: Ownership,
    query: str,
    at: int,
    term: TermCoverage | None,
    holds_closest_unit: Callable[[], bool],
    phrases: Phrases | None = None,
) -> bool:
    """Whether entry ``at`` owns the question's words (``holds_closest_unit`` is asked
    last: it compares the question with every answer unit)."""
    owned = ownership.owned(query, at)
    if term is not None and named_missing(term):
        if not owned_past_name(owned, term.key_term if term.clean else None):
            return False
    elif len(owned) < OWNED_MIN:
        return False
    lone = one_word(owned) and not ownership.said_besides(query, at, owned)
    if lone and not phrase_supported(query, at, phrases):
        return False
    return holds_closest_unit()


def phrase_supported(query: str, at: int, phrases: Phrases | None) -> bool:
    """Whether the entry supports every part of the question: the phrase rule's sum (the best
    dense entry's closest unit cosine plus the weakest windows' support) reaches its cut."""
    if phrases is None:
        return False
    support, sim, vector, best_dense = phrases
    if support is None or sim is None:
        return False
    weakest = support.weakest(query, sim.rows_of(at), vector)
    best = sim.best(best_dense()) or 0.0
    return weakest is not None and not support.rule.refuses(best, weakest, 0.0)
