"""The rescue of a refused question whose first hit owns its specific words: the entry
alone says OWNED_MIN or more of the description's content words and word pairs, and holds
the answer unit closest to it of any entry: two signals that each miss negatives (rare
words shared with a neighbour, a close sentence on background words) and that a
paraphrase of the entry meets together (round 28). A named term the glossary lacks needs
an owned word pair besides its own words (ownership.owned_past_name, round 31). Owned keys
that rest on one word ("working", "working ticket": Owner, for "how do agents log the hours
they spent working on a ticket") rescue only when the entry says another of the question's
words besides them (round 54): a paraphrase's entry shares more than one spot of it."""

from __future__ import annotations

from collections.abc import Callable

from rag_glossary.coverage import TermCoverage
from rag_glossary.coverage.ownership import OWNED_MIN, Ownership, one_word, owned_past_name
from rag_glossary.judgement_terms import named_missing


def owned_rescues(
    ownership: Ownership,
    query: str,
    at: int,
    term: TermCoverage | None,
    holds_closest_unit: Callable[[], bool],
) -> bool:
    """Whether entry ``at`` owns the question's words (``holds_closest_unit`` is asked
    last: it compares the question with every answer unit)."""
    owned = ownership.owned(query, at)
    if term is not None and named_missing(term):
        if not owned_past_name(owned, term.key_term if term.clean else None):
            return False
    elif len(owned) < OWNED_MIN:
        return False
    if one_word(owned) and not ownership.said_besides(query, at, owned):
        return False
    return holds_closest_unit()
