"""A found name that the question leaves open: "batting average against" asks about a longer
name (Batting Average Against) than the title it found (Batting Average), since a bare noun
phrase does not end on a preposition unless the name goes on past it (round 39, lane N)."""

from __future__ import annotations

from rag_glossary.coverage import TermCoverage
from rag_glossary.coverage.phrases import phrase_key, words

# prepositions that take an object: a name cut before one is a longer name's first part
_OPENING = frozenset(
    str.split("about against at by for from in into of on over per to under versus vs with")
)


def name_left_open(query: str, term: TermCoverage) -> bool:
    """Whether the whole question is the found key term followed by one preposition."""
    if not term.found or not term.key_term:
        return False
    said = words(query)
    name = words(term.key_term)
    if len(said) != len(name) + 1 or said[-1] not in _OPENING:
        return False
    return phrase_key(said[:-1]) == phrase_key(name)
