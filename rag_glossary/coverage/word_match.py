"""Does the answering entry say the question's words, in meaning? (round 24 lane S2)

A described question the glossary cannot answer is often answered from a neighbour that
shares its topic but not its ideas. Each content word of the question (less the frame
words of phrase_support) is embedded with the index's own query encoder, as are the
answering entry's content words and two-word windows; a question word's *match* is its
best cosine to any of them (an exact word 1.0, a near-synonym 0.5-0.9, an unrelated word
0.2-0.4). The entry's *word match* is the mean match weighted by how rare each word is in
the glossary's own entries (``log((N + 1) / (df + 0.5))`` on 4-letter stems, 0 for a stem
in more than half of them), so a shared everyday word counts for little. A described
question judged covered is refused when

    word match of the first hit + best unit cosine of the best dense entry < ``cut``
        (and the standout is under ``margin`` above the lenient bar)

Chosen leaving each of 68 sets out with a reader's cost (eval/word_semantic_loso.py
--reader): a refused right answer costs 3, a refused negative or answer from a wrong entry
gains 1. Both terms are cosines of one model, so like phrase_support's cut this one holds
for the packaged model only (``word_match_for``).
"""

from __future__ import annotations

import itertools
import math
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from rag_glossary.coverage.described_support import NO_TOPIC_WORDS, content_words
from rag_glossary.coverage.phrase_support import FRAME_WORDS, Encode
from rag_glossary.coverage.vocabulary import Vocabulary, stem_counts
from rag_glossary.models import Entry
from rag_glossary.word_marks import WORD, lettered

_WORD = re.compile(WORD)

MAX_TOKENS = 400  # an entry's first content words read (long note-like entries)
CACHED_ENTRIES = 256  # entries whose piece vectors a long-lived process keeps (LRU)
# single pieces kept across entries (LRU, ~6 MB float16): entries share many words, and a
# piece's vector is the same whatever batch it is encoded in (one row per text)
CACHED_PIECES = 8192
# Pieces encoded per call: one call with a long entry's ~800 pieces grows the ONNX
# runtime's memory arena by tens of MB for the life of a `serve` process.
ENCODE_BATCH = 64
_STEM = 4
BOUND_SLACK = 1e-4  # under a lower bound of a match (lower_bound), far above float noise


@dataclass(frozen=True)
class WordRule:
    """Refuse under ``cut`` of word match plus best unit cosine, with the standout under
    ``margin`` above the index's lenient bar."""

    cut: float
    margin: float

    def refuses(self, match: float, best_unit: float, standout_margin: float) -> bool:
        return match + best_unit < self.cut and standout_margin < self.margin


# all-MiniLM-L6-v2: cut 0.953 on 68 of 68 folds at COST 3 (README "How coverage is decided")
PACKAGED_WORD_RULE = WordRule(cut=0.953, margin=1.0)


def entry_tokens(text: str) -> list[str]:
    said = (w for w in _WORD.findall(text.lower()) if len(w) >= 3 and lettered(w))
    return [w for w in said if w not in NO_TOPIC_WORDS][:MAX_TOKENS]


def entry_pieces(text: str) -> list[str]:
    """An entry's content words and two-word windows, each once."""
    words = entry_tokens(text)
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(words)]
    return list(dict.fromkeys([*words, *pairs]))


def question_words(question: str) -> list[str]:
    return [w for w in content_words(question) if w not in FRAME_WORDS]


@dataclass(frozen=True)
class WordMatch:
    """The rule, the query encoder and the entries' texts; entry vectors (the last
    ``CACHED_ENTRIES``, float16), piece vectors (the last ``CACHED_PIECES``, shared by
    entries) and the corpus's stem counts are computed on first use and kept for the
    process, behind a lock: ``serve`` answers from several threads."""

    rule: WordRule
    encode: Encode
    texts: Sequence[str]
    _vectors: OrderedDict[int, npt.NDArray[np.float16] | None] = field(
        default_factory=OrderedDict, compare=False, repr=False
    )
    _df: Counter[str] = field(default_factory=Counter, compare=False, repr=False)
    _pieces: OrderedDict[str, npt.NDArray[np.float16]] = field(
        default_factory=OrderedDict, compare=False, repr=False
    )
    _lock: threading.Lock = field(default_factory=threading.Lock, compare=False, repr=False)

    def match(self, question: str, at: int, best_unit: float | None = None) -> float | None:
        """The rare-weighted mean match of the question's words by entry ``at`` (None: no
        question word, or an entry without content words). With ``best_unit``, an entry
        not yet encoded whose match is surely high enough that the rule cannot refuse
        (``lower_bound``) is not encoded: that bound is returned instead."""
        words = question_words(question)
        if not words:
            return None
        q = np.asarray(self.encode(words), dtype=np.float32)
        weight = self._weights(words)
        if best_unit is not None and not self._cached(at):
            bound = self.lower_bound(words, q, weight, at)
            if bound is not None and not bound + best_unit < self.rule.cut:
                return bound
        pieces = self._entry(at)
        if pieces is None:
            return None
        matches = (q @ pieces.T.astype(np.float32)).max(axis=1)
        return float((matches * weight).sum() / weight.sum())

    def best_match(self, word: str, at: int) -> float | None:
        """The word's best cosine to any piece of entry ``at`` (None: no content word)."""
        pieces = self._entry(at)
        if pieces is None:
            return None
        q = np.asarray(self.encode([word]), dtype=np.float32)
        return float((q @ pieces.T.astype(np.float32)).max())

    def lower_bound(
        self, words: list[str], q: npt.NDArray[np.float32], weight: npt.NDArray[np.float32], at: int
    ) -> float | None:
        """A lower bound of ``match`` from the entry's pieces whose vectors are known without
        encoding it: the question's own words it says (a text's vector is the same in any
        batch) and pieces other entries encoded. Each word's best over a subset of the
        pieces is at most its best over all, and the weighted mean is monotone in each
        (float rounding too); ``BOUND_SLACK`` covers a machine whose batches differ by an
        ulp. None: the entry has no content word, or no piece is known."""
        pieces = entry_pieces(self.texts[at])
        if not pieces:
            return None
        said = set(pieces)
        known = [q[i].astype(np.float16) for i, w in enumerate(words) if w in said]
        with self._lock:
            known += [self._pieces[p] for p in pieces if p in self._pieces]
        if not known:
            return None
        matches = (q @ np.vstack(known).T.astype(np.float32)).max(axis=1)
        return float((matches * weight).sum() / weight.sum()) - BOUND_SLACK

    def _cached(self, at: int) -> bool:
        with self._lock:
            return at in self._vectors

    def _weights(self, words: list[str]) -> npt.NDArray[np.float32]:
        df = self._stem_counts()
        weight = np.array([self._weight(w, df) for w in words], dtype=np.float32)
        return weight if weight.sum() > 0 else np.ones_like(weight)

    def _entry(self, at: int) -> npt.NDArray[np.float16] | None:
        with self._lock:
            if at in self._vectors:
                self._vectors.move_to_end(at)
                return self._vectors[at]
        vectors = self._encoded(entry_pieces(self.texts[at]))
        with self._lock:
            self._vectors[at] = vectors
            while len(self._vectors) > CACHED_ENTRIES:
                self._vectors.popitem(last=False)
        return vectors

    def _encoded(self, pieces: Sequence[str]) -> npt.NDArray[np.float16] | None:
        if not pieces:
            return None
        with self._lock:
            known = {p: self._pieces[p] for p in pieces if p in self._pieces}
            for p in known:
                self._pieces.move_to_end(p)
        missing = [p for p in pieces if p not in known]
        batches = (missing[i : i + ENCODE_BATCH] for i in range(0, len(missing), ENCODE_BATCH))
        for batch in batches:
            vectors = np.asarray(self.encode(batch), dtype=np.float16)
            known.update(zip(batch, [v.copy() for v in vectors], strict=True))  # no batch view kept
        with self._lock:
            for p in missing:
                self._pieces[p] = known[p]
            while len(self._pieces) > CACHED_PIECES:
                self._pieces.popitem(last=False)
        return np.vstack([known[p] for p in pieces])

    def _stem_counts(self) -> Counter[str]:
        with self._lock:
            if not self._df:
                self._df.update(stem_counts(self.texts))
            return self._df

    def _weight(self, word: str, df: Counter[str]) -> float:
        n = len(self.texts)
        d = df.get(word[:_STEM], 0)
        return 0.0 if d > n / 2 else math.log((n + 1) / (d + 0.5))


def word_match_for(
    phrase_rule: object | None,
    encode: Encode,
    entries: Sequence[Entry],
    vocabulary: Vocabulary | None = None,
) -> WordMatch | None:
    """The packaged rule for an index whose model has the phrase rule (the same model, so
    the same cosine scale), else None. ``vocabulary``: the index's stored one, whose stem
    counts are the rare-word weights' (None: counted on first use)."""
    if phrase_rule is None:
        return None
    texts = tuple(" ".join((e.title, *e.aliases, e.body)) for e in entries)
    stems = Counter(vocabulary.stems if vocabulary else {})
    return WordMatch(PACKAGED_WORD_RULE, encode, texts, _df=stems)
