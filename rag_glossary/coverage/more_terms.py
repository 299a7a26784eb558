"""Terms a question asks about beside its first one: the object of an opening gerund,
the whole a measure is asked of, a "with" qualifier, the term after a kind and its verb."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from rag_glossary.coverage.noun_phrase import REST_MAX_WORDS, KeyTerm, _key_term
from rag_glossary.coverage.phrases import words
from rag_glossary.coverage.question_forms import asks_for_a_name
from rag_glossary.coverage.scaffolding import strip_scaffolding
from rag_glossary.coverage.wordclasses import (
    BOUNDARY,
    DETERMINERS,
    PERSONAL_WORDS,
    PREPOSITIONS,
    QUANTIFIERS,
    VAGUE,
    WH_WORDS,
)


def gerund_object(question: str) -> list[KeyTerm]:
    """ "setting a resource quota on a namespace": what the opening gerund acts on,
    a noun phrase of two words or more after an article, is a name asked about (not when
    the question asks what the doing is called: "visiting the nodes level by level, what
    is it called" describes it)."""
    said = words(question)
    if len(said) < 4 or said[1] not in ("a", "an", "the") or asks_for_a_name(" ".join(said)):
        return []
    thing = _key_term(" ".join(said[2:]))
    return [thing] if thing.term_style and len(thing.text.split()) >= 2 else []


def after_kind_and_verb(said: str, rest: str, first: KeyTerm) -> list[KeyTerm]:
    """ "which metrics count as rating metrics": the kind asked for, a verb no word list
    knows (so the first term ran on into it), a preposition, then the term asked of."""
    tokens, kind_verb = rest.split(), first.text.split()
    said_words = said.split()
    if said_words[:1] not in (["which"], ["what"]) or said_words[1:3] != kind_verb:
        return []
    if len(kind_verb) != 2 or len(tokens) < 4 or tokens[2] not in PREPOSITIONS | {"as"}:
        return []
    return [_key_term(" ".join(tokens[3:]))]


_MEASURE = re.compile(r"how (?:big|large|long|many|much|wide|deep|tall|high|small|heavy)\b")


def measured_in(said: str, rest: str, first: KeyTerm) -> KeyTerm | None:
    """ "how big are the image patches in the vision transformer": a measure asked of a
    part of a whole; the whole is what the question is about (as "does gpt-4" is in
    "how many parameters does gpt-4 have"); so is what the part is for ("how long is the
    window for momentary loudness")."""
    tail = rest[len(first.text) :].split()
    if not _MEASURE.match(said) or not first.text or tail[:1] not in (["in"], ["of"], ["for"]):
        return None
    whole = _key_term(strip_scaffolding(" ".join(tail[1:])))
    return replace(whole, subject=True) if whole.text else None


def with_qualifier(rest: str, first: KeyTerm) -> KeyTerm | None:
    """ "gradient descent with momentum": a short noun phrase after "with" the term."""
    tail = rest[len(first.text) :].split()
    # "with the population stability index", "with loss scaling, why is it needed": the
    # article and a question that follows are no part of what comes with the term
    said = list(itertools.takewhile(lambda w: w not in WH_WORDS, tail[1:]))
    identifies = said[:1] in (["the"], ["a"], ["an"])
    said = said[1:] if identifies else said
    if not first.text or tail[:1] != ["with"] or not 1 <= len(said) <= REST_MAX_WORDS:
        return None
    starts = DETERMINERS | VAGUE | PERSONAL_WORDS | QUANTIFIERS
    if BOUNDARY.intersection(said) or said[0] in starts:
        return None
    term = _key_term(" ".join(said))
    whole = term.term_style and term.text == " ".join(said)
    return replace(term, qualifier=True, identifies=identifies) if whole else None
