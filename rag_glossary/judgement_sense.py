"""A described question the standout answers from a word used in another sense (round 38, N).

A description of a concept the glossary lacks ("soaking the turkey overnight in salty water
before roasting") finds an entry sharing a word of it ("Roast"). Whether the word is used
in the same sense shows in the entry's own sentences: the question's words around the
shared word ("the turkey before roasting so it") should bring the phrase nearer the
entry's sentence that says the word than the bare word is. When the context pulls it
further away for every shared word (SENSE_LIFT) and the entry says few of the question's
content words (SENSE_SHARE), the answer is refused. Never when a shared word is the entry's
whole title or alias (the question names it). Both cuts chosen leaving each of the 141
design sets out (the same cuts on every fold).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

import numpy as np

from rag_glossary.answer.segment import entry_units
from rag_glossary.coverage.vocabulary import entry_text
from rag_glossary.judgement_rephrase import shared_words
from rag_glossary.models import Entry, RetrievalResult
from rag_glossary.unit_vectors import UnitVectors, unit_key

SENSE_SHARE = 0.375  # the most of the question's content words the entry may say
SENSE_LIFT = -0.087  # the most the question's context may lift a shared word to its sentence
SENSE_WINDOW = 2  # the question's words each side of a shared word
STANDOUT_REASON = "best entry stands out"  # coverage.judge's answer on the standout alone
SENSE_REASON = "the words the question shares with the best entry are used in another sense"
_STEM = 4


def window(question: str, word: str) -> str:
    """The question's words around ``word`` (SENSE_WINDOW each side); the word alone when
    no token of the question is the word."""
    tokens = question.split()
    bare = ["".join(c for c in t.lower() if c.isalnum()) for t in tokens]
    if word not in bare:
        return word
    at = bare.index(word)
    return " ".join(tokens[max(0, at - SENSE_WINDOW) : at + SENSE_WINDOW + 1])


def sense_lift(
    question: str,
    shared: Sequence[str],
    unit_texts: Sequence[str],
    unit_vectors: np.ndarray,
    encode: Callable[[Sequence[str]], np.ndarray],
) -> float | None:
    """The most any shared word's context in the question lifts its cosine to the entry's
    sentences that say it, over the bare word (None: no sentence says a shared word)."""
    holding = [(w, [i for i, t in enumerate(unit_texts) if w[:_STEM] in t.lower()]) for w in shared]
    holding = [(w, rows) for w, rows in holding if rows]
    if not holding:
        return None
    texts = [window(question, w) for w, _ in holding] + [w for w, _ in holding]
    vectors = np.asarray(encode(texts), dtype=np.float32)
    n = len(holding)
    lifts = [
        float((unit_vectors[rows] @ vectors[j]).max() - (unit_vectors[rows] @ vectors[n + j]).max())
        for j, (_, rows) in enumerate(holding)
    ]
    return max(lifts)


def other_sense(
    question: str,
    entry: Entry,
    entry_index: int,
    units: UnitVectors,
    encode: Callable[[Sequence[str]], np.ndarray],
) -> bool:
    """Whether ``entry`` says at most SENSE_SHARE of the question's content words and the
    question's context lifts none of them towards the entry's sentences by more than
    SENSE_LIFT; never when a shared word is the entry's whole title or alias."""
    words, shared = shared_words(question, entry_text(entry))
    if not words or not shared or len(shared) > SENSE_SHARE * len(words):
        return False
    names = {"".join(c for c in n.lower() if c.isalnum()) for n in (entry.title, *entry.aliases)}
    if names & set(shared):
        return False
    rows = np.flatnonzero(units.entry == entry_index)
    if not len(rows):
        return False
    texts = {unit_key(u.text): u.text for u in entry_units(entry)}
    unit_texts = [texts.get(units.keys[r], "") for r in rows]
    vectors = units.vectors[rows].astype(np.float32)
    lift = sense_lift(question, shared, unit_texts, vectors, encode)
    return lift is not None and lift <= SENSE_LIFT


def sensed(
    result: RetrievalResult,
    entries: Sequence[Entry],
    position: Mapping[str, int],
    units: UnitVectors | None,
    encode: Callable[[Sequence[str]], np.ndarray],
    min_confidence: float,
) -> RetrievalResult:
    """The result, refused when the standout's answer rests on words the question shares
    with its entry in another sense (``units``: the index's answer units; None: kept)."""
    if units is None or not result.covered or result.reason != STANDOUT_REASON:
        return result
    at = position.get(result.hits[0].id) if result.hits else None
    if at is None or not other_sense(result.query, entries[at], at, units, encode):
        return result
    confidence = min(result.confidence, min_confidence - 0.01)
    return replace(result, confidence=confidence, covered=False, reason=SENSE_REASON)
