"""The "of Y" a named term ends on: "adverse event [of special interest]", "weighted
average cost [of capital]". The key term stops at "of" (noun_phrase.py); when the glossary
has the term, what the question names is the whole phrase only if the entries holding the
term never say Y (issue 11: a shared word is no coverage of a longer term)."""

from __future__ import annotations

from rag_glossary.coverage.asking_part import SENTENCE_END
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.coverage.scaffolding import strip_scaffolding
from rag_glossary.coverage.wordclasses import (
    BOUNDARY,
    DETERMINERS,
    PERSONAL_WORDS,
    QUANTIFIERS,
    VAGUE,
    WH_WORDS,
)

_ARTICLES = frozenset(("a", "an", "the"))
_OF_MAX_WORDS = 3  # "of special interest", "of a symmetric matrix": a short noun phrase
_NOT_NAMING = BOUNDARY | DETERMINERS | PERSONAL_WORDS | QUANTIFIERS | VAGUE | WH_WORDS


def of_qualifier(question: str, term: str) -> tuple[str, tuple[str, ...]]:
    """ "X of Y" as said and the phrase key of Y, when the question is only that (its
    scaffolding stripped), X the key term and Y a short noun phrase of content words,
    perhaps after an article; ("", ()) otherwise ("null space of a matrix": ("matrix",))."""
    said = strip_scaffolding(" ".join(words(SENTENCE_END.split(question, maxsplit=1)[0])))
    head = f"{term} of "
    if not term or not said.startswith(head):
        return "", ()
    tail = said[len(head) :].split()
    tail = tail[1:] if tail[:1] and tail[0] in _ARTICLES else tail
    if not 1 <= len(tail) <= _OF_MAX_WORDS or _NOT_NAMING.intersection(tail):
        return "", ()
    key = phrase_key(tail)
    return (said, key) if len(key) == len(tail) else ("", ())
