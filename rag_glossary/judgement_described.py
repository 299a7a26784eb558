"""How a described question (no name asked) stands to the best entries' text: whether its
missing words are everyday ones, which rare words the answered entry lacks, and whether the
best dense entry is barely related (the described checks CoverageJudge.result runs)."""

from __future__ import annotations

import functools
import heapq
from collections.abc import Callable, Mapping, Sequence

from rag_glossary.compound_parts import COMPOUNDING, CompoundParts
from rag_glossary.coverage.described_support import loosely_related
from rag_glossary.everyday import (
    STEM,
    WORDS,
    everyday_in,
    is_plain,
    support_stems,
    unsupported_words,
)
from rag_glossary.judgement_terms import entry_text
from rag_glossary.language_stems import index_token
from rag_glossary.lexical import LexicalIndex
from rag_glossary.marks import plain as unmarked
from rag_glossary.models import Entry, Hit

Frame = frozenset[str]  # a glossary language's function words (glossary_language.frame_words)
# A glossary in another language: its everyday words count as no specific thing only when
# the first hit leads BM25 by this share of its score (round 41 FR: midpoint of the gap
# between the gains and losses on the eight such sets, 3 better 0 worse left out by set)
LEXICAL_MARGIN = 0.285


def best_dense(dense_all: Mapping[int, float]) -> int:
    """The position of the entry closest in meaning to the question."""
    return max(dense_all, key=dense_all.__getitem__)


def plain(
    query: str, entries: Sequence[Entry], dense_all: Mapping[int, float], depth: int = 3
) -> bool:
    """Whether the question's words missing from the best entries are all everyday words."""
    best = heapq.nlargest(depth, dense_all, key=dense_all.__getitem__)
    return is_plain(query, (entry_text(entries[i]) for i in best))


def unsupported(
    query: str,
    entries: Sequence[Entry],
    dense_all: Mapping[int, float],
    first_at: int | None,
    field_named: frozenset[str],
    frame: Frame = frozenset(),
    lexical: LexicalIndex | None = None,
) -> int:
    """Rare question words the best dense entry's text lacks (everyday.unsupported_rare),
    or the first hit's (at ``first_at``) if it lacks more: the answer quotes the first hit,
    so the entry answered is judged as well as the one judged best (round 33); ``frame``
    words are none (round 38), and in a glossary in another language (a ``frame``) the
    first hit's text alone is judged."""
    if not dense_all:
        return 0
    best = entries[best_dense(dense_all)]
    texts = [] if frame and first_at is not None else [entry_text(best)]
    if first_at is not None and (not texts or entries[first_at] is not best):
        texts.append(entry_text(entries[first_at]))
    parts = compound_parts(entries, getattr(lexical, "language", None))
    return max(_unsaid(query, t, field_named | frame, parts) for t in texts)


def _unsaid(query: str, text: str, skip: frozenset[str], parts: CompoundParts | None) -> int:
    """everyday.unsupported_rare, a word and the text compared without their letters'
    marks as well: "sozlukte" is said by "sözlükte", "isinlarinin" by "ışınlarının"
    (a keyboard without the language's letters; round 48 R)."""
    unsaid = unsupported_words(query, text, skip)
    if parts is not None and unsaid:  # a compound's part, or an inflected form (round 52 SC)
        said_stems = parts.said_stems(text)
        unsaid = frozenset(w for w in unsaid if not parts.says(w, said_stems))
    stems = {w[:STEM] for w in unsaid}
    if not unsaid or (text.isascii() and all(w.isascii() for w in unsaid)):
        return len(stems)
    said = _plain_stems(text)
    return len({w[:STEM] for w in unsaid if unmarked(w)[:STEM] not in said})


@functools.lru_cache(maxsize=1024)
def _plain_stems(text: str) -> frozenset[str]:
    return frozenset(support_stems([unmarked(text.lower())]))


def loose(
    query: str, entries: Sequence[Entry], dense_all: Mapping[int, float], cosine: float | None
) -> bool:
    """Whether the best dense entry is barely related (coverage/described_support.py)."""
    if not dense_all or cosine is None:
        return False
    best = best_dense(dense_all)
    return loosely_related(query, dense_all[best], entry_text(entries[best]), cosine)


def lexical_standout(
    bm25: Mapping[int, float], first_at: int | None, margin: float = LEXICAL_MARGIN
) -> bool:
    """Whether the first hit (at ``first_at``) is the lexical (BM25) first too, by ``margin``
    of its score over the next entry's (round 41 FR)."""
    ranked = sorted(bm25.values(), reverse=True)
    if first_at is None or not ranked or ranked[0] <= 0:
        return False
    top = max(bm25, key=bm25.__getitem__)
    second = ranked[1] if len(ranked) > 1 else 0.0
    return top == first_at and 1 - second / ranked[0] >= margin


def everyday_other(
    language: str | None,
    bm25: Mapping[int, float],
    hits: Sequence[Hit],
    position: Callable[[str], int | None],
) -> Frame:
    """Another language's everyday words, as no specific thing (the everyday list is
    English), when the first hit stands out in the glossary's own words (lexical_standout:
    MiniLM is English)."""
    first_at = position(hits[0].id) if hits else None
    if language is None or not lexical_standout(bm25, first_at):
        return frozenset()
    return everyday_in(language)


_PARTS: dict[int, tuple[Sequence[Entry], CompoundParts]] = {}


def compound_parts(entries: Sequence[Entry], language: str | None) -> CompoundParts | None:
    """The glossary's words as compound parts (compound_parts.py) when it is in a language
    that writes compounds as one word; None otherwise (English is read as before)."""
    if language not in COMPOUNDING:
        return None
    if (kept := _PARTS.get(id(entries))) is None or kept[0] is not entries:
        words = (w for e in entries for w in WORDS.findall(entry_text(e).lower()))
        stem = functools.partial(index_token, language=language)
        kept = _PARTS[id(entries)] = (entries, CompoundParts(words, stem))
    return kept[1]
