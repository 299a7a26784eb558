"""A lead-in noun before the name asked: "who came up with the name posix", "what does the
term k&r c mean", "the word lagg", "the acronym ssd".

The noun ("name", "term", "word", ...) says what kind of thing the name after it is; it is
no word of the name. Dropped only when the glossary lacks the whole ("name server", "term
structure", "word embedding" are names themselves) and has the name after it, as a title,
an alias or a phrase of some entry (round 53 WT).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.coverage.termcoverage import TermCoverage
from rag_glossary.coverage.wordclasses import (
    AFTER_VERB,
    BE,
    FUNCTION_WORDS,
    OPENS_NOUN_PHRASE,
    PREPOSITIONS,
    QUANTIFIERS,
)

# the nouns that name a name; singular only ("the names of ..." heads its own phrase)
LEAD_INS = frozenset(str.split("name term word acronym abbreviation initialism phrase expression"))
# "the name each dicom node uses", "the word for ...": a clause or a preposition after the
# noun makes the noun the head of what is described, no lead-in
_NOT_A_NAME_START = (
    FUNCTION_WORDS | QUANTIFIERS | OPENS_NOUN_PHRASE | PREPOSITIONS | AFTER_VERB | BE
)
# only after a definite determiner: "a name server" is a kind of server
_DEFINITE = ("the", "this", "that")


def lead_in_dropped(
    question: str, terms: list[KeyTerm], check: Callable[[KeyTerm], TermCoverage]
) -> list[KeyTerm]:
    """Each term opening on a lead-in noun said after "the" / "this" / "that", read
    without it when the glossary lacks the whole and has the rest."""
    if not any(_lead_in(t.text) for t in terms):
        return terms
    said = f" {' '.join(words(question))} "
    return [_dropped(said, t, check) for t in terms]


def _lead_in(text: str) -> bool:
    said = text.split()
    return len(said) > 1 and said[0] in LEAD_INS and said[1] not in _NOT_A_NAME_START


def _dropped(said: str, term: KeyTerm, check: Callable[[KeyTerm], TermCoverage]) -> KeyTerm:
    if not _lead_in(term.text):
        return term
    if not any(f" {d} {term.text} " in said for d in _DEFINITE):
        return term
    rest = replace(term, text=term.text.split(maxsplit=1)[1])
    if not phrase_key(rest.text.split()) or check(term).found:
        return term
    return rest if check(rest).found else term


__all__ = ["LEAD_INS", "lead_in_dropped"]
