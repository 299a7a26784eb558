"""A description answered by an entry that says one of its words and nothing else (round 46 W).

A described negative still has a best entry, and when the question shares one word with it
("going through each part of the *design* and listing how an attacker could abuse it" -> ADR)
that entry can stand out. The other rules ask the whole question's words in meaning near
the standout's bar (coverage/word_match.py) or ask for its head noun (judgement_head.py);
this one asks each of the first two hits (the composer may answer the second) for each of
the question's content words (beyond the frame words of its language) and refuses when, for
both,

- the question has at least ``SAID_WORDS`` content words,
- the entry's text (title, aliases, body) says at most ``SAID_MOST`` of them in a word form
  (their first four letters, as coverage/described_support.word_support),
- with the rest under ``SAID_MATCH`` cosine to every word and two-word window of the entry
  (WordMatch.best_match, the packaged model's scale), at least ``SAID_MISSING`` of the
  question's words are neither said nor matched,
- no sentence of the entry is close (best unit under ``SAID_UNIT``) nor the entry as a
  whole (dense cosine under ``SAID_DENSE``), and
- the question says no short word of the entry's title or aliases ("F": names_entry).

It reads described questions and those whose key term only some entry's text holds
(key_term_read). Cuts fitted on the first cited entry of the answered negatives and
paraphrase / content questions of the even positions of the 176 sets sorted by name (8
negatives refused, no answerable), checked on the odd ones (2 negatives, no answerable);
the dense cut rests on two wrongly answered answerables (.42, .47) against negatives from .18
to .49. Measured on the 176 sets: 4 negatives refused, no answerable lost (on the first hit
alone 9, with one paraphrase answered by its second hit refused).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rag_glossary.coverage import TermCoverage
from rag_glossary.coverage.described_support import NO_TOPIC_WORDS, content_words
from rag_glossary.coverage.word_match import WordMatch
from rag_glossary.everyday import support_stems
from rag_glossary.fusion import Signals
from rag_glossary.judgement_described import Frame
from rag_glossary.judgement_terms import entry_text
from rag_glossary.models import Entry, Hit
from rag_glossary.unit_vectors import UnitSimilarity
from rag_glossary.word_marks import WORD

_WORD = re.compile(WORD)

SAID_WORDS = 4
SAID_MOST = 1
SAID_MATCH = 0.45
SAID_MISSING = 0.8
SAID_UNIT = 0.5
SAID_DENSE = 0.4
SAID_DEPTH = 2  # the hits asked: the composer may answer the second (as judgement_head.py)
_STEM = 4


def says_one_word(
    words: Sequence[str],
    text: str,
    best_unit: float,
    dense: float,
    match: Callable[[str], float | None],
) -> bool:
    """Whether the entry of ``text`` (closest sentence at ``best_unit``, entry cosine
    ``dense``) says at most one of the question's content ``words``, and misses most of
    them in meaning too (``match(word)``: the word's best cosine to the entry's pieces)."""
    if len(words) < SAID_WORDS or best_unit >= SAID_UNIT or dense >= SAID_DENSE:
        return False
    stems = support_stems([text])
    unsaid = [w for w in words if w[:_STEM] not in stems]
    if len(words) - len(unsaid) > SAID_MOST:
        return False
    need = SAID_MISSING * len(words)  # words neither said nor matched, at least
    missing = len(unsaid)
    if missing < need:
        return False
    for word in unsaid:
        cosine = match(word)
        missing -= cosine is not None and cosine >= SAID_MATCH
        if missing < need:
            return False
    return True


def key_term_read(term: TermCoverage) -> bool:
    """Whether the rule reads a question whose key term was found in some entry's text only
    (no title): when each word of the term is a content word, so the entry saying the term
    counts ("F" in "what does F mean in a pk model" is no content word, and the entry that
    says it would be refused)."""
    key = term.key_term
    return term.how == "text" and key is not None and len(content_words(key)) == len(key.split())


def one_word_refuses(
    query: str,
    hits: Sequence[Hit],
    s: Signals,
    similarity: UnitSimilarity | None,
    frame: Frame,
    words: WordMatch | None,
    entries: Sequence[Entry],
    position: Callable[[str], int | None],
) -> bool:
    """says_one_word for the first hit and the second, which the composer may answer from
    instead (``words`` None: not the packaged model, no rule)."""
    found = [position(h.id) for h in hits[:SAID_DEPTH]]
    at = [i for i in found if i is not None]
    if words is None or similarity is None or not at or len(at) < len(found) or not s.dense_all:
        return False
    asked = [w for w in content_words(query) if w not in frame]
    for hit, i in zip(hits, at, strict=False):
        if names_entry(query, entries[i]):
            return False
        unit, dense = similarity.best(hit.id) or 0.0, s.dense_all.get(i, 0.0)
        match = lambda word, i=i: words.best_match(word, i)  # noqa: E731
        if not says_one_word(asked, entry_text(entries[i]), unit, dense, match):
            return False
    return True


def names_entry(query: str, entry: Entry) -> bool:
    """Whether the question says a word of the entry's title or aliases that is too short or
    not letters enough to be a content word ("F" for "Bioavailability (F)", "x25"): the
    question names the entry, and the content words are only its setting."""
    content = set(content_words(query))
    short = {
        w for w in _WORD.findall(query.lower()) if w not in content and w not in NO_TOPIC_WORDS
    }
    names = _WORD.findall(" ".join((entry.title, *entry.aliases)).lower())
    return bool(short.intersection(names))
