"""The retriever's signals per entry and how they are fused into one score (retrieval.py).

Dense and BM25 ranks are fused by reciprocal rank fusion; the term signal adds
a bonus that scales with the match (an exact title is worth a first place in
one more list). For a question that names no glossary term BM25 and the term
signal count for less (``described_lexical``), dense and BM25 are fused by
normalized score instead of rank (``described_fusion``), and each entry's dense
score first loses a share of its hubness (``described_hub``, hubness.py); when
it asks for something done, the entries defined as acts gain a little
(``described_action``, action_shape.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from rag_glossary.terms import normalize

_TITLE_PARTS = re.compile(r"[,;()/\[\]]")

if TYPE_CHECKING:
    from rag_glossary.index import DenseIndex
    from rag_glossary.lexical import LexicalIndex
    from rag_glossary.retrieval_config import RetrieverConfig


@dataclass(frozen=True)
class Signals:
    dense: dict[int, float]
    dense_chunk: dict[int, int]
    bm25: dict[int, float]
    term: dict[int, float]
    dense_all: dict[int, float]
    named: bool = True  # the question names a glossary term (see query_names.names_a_term)
    query: np.ndarray | None = None  # the question's vector (unit similarity, unit_vectors.py)
    # the entries defined as acts, when a described question asks for one (action_shape.py)
    acts: frozenset[int] = frozenset()
    # the entries whose title or alias stands in the question as whole words (terms.py)
    contained: frozenset[int] = frozenset()
    # the entries an alias of which is the question's key term (query_names.key_named):
    # ranked like a term match, but no name match the answer's entry choice should trust
    key_named: dict[int, float] = field(default_factory=dict)
    # the model reads none of the question (query_encoding.reads_none): its closeness to
    # a unit chooses no answer (judgement.py)
    unread: bool = False


def dense_signal(
    index: DenseIndex, chunk_entry: np.ndarray, qvec: np.ndarray, config: RetrieverConfig
) -> tuple[dict[int, float], dict[int, int]]:
    """Each entry's best chunk score for ``qvec``, and that chunk (entry position -> ...)."""
    n = index.count
    if n == 0:
        return {}, {}
    want = min(n, max(config.fetch_k * 4, 64))
    scores, ids = index.search(qvec[None, :], want)
    best: dict[int, float] = {}
    best_chunk: dict[int, int] = {}
    for score, ci in zip(scores[0].tolist(), ids[0].tolist(), strict=True):
        if ci < 0:
            continue
        ei = int(chunk_entry[ci])
        if ei not in best:
            best[ei] = float(score)
            best_chunk[ei] = ci
    return best, best_chunk


def bm25_signal(lexical: LexicalIndex, query: str, config: RetrieverConfig) -> dict[int, float]:
    """The positive BM25 scores of the ``2 * fetch_k`` best entries."""
    scores = lexical.scores(query)
    if not len(scores):
        return {}
    want = min(len(scores), config.fetch_k * 2)
    top = np.argpartition(-scores, want - 1)[:want]
    return {int(i): float(scores[i]) for i in top if scores[i] > 0}


def fuse(
    s: Signals,
    config: RetrieverConfig,
    stubs: set[int],
    hubness: Callable[[], np.ndarray],
) -> dict[int, float]:
    """One score per entry from the signals; ``hubness`` is only called when it is used."""
    fused: dict[int, float] = {}
    share = 1.0 if s.named else config.described_lexical
    bm25_weight, term_weight = config.bm25_weight * share, config.term_weight * share
    by_score = not s.named and config.described_fusion == "score"
    dense = s.dense if s.named else dehubbed(s.dense, config.described_hub, hubness)
    for weight, signal in ((config.dense_weight, dense), (bm25_weight, s.bm25)):
        if by_score:
            add_normalized(fused, signal, weight / (config.rrf_k + 1))
            continue
        for rank, i in enumerate(sorted(signal, key=lambda j: (-signal[j], j)), start=1):
            fused[i] = fused.get(i, 0.0) + weight / (config.rrf_k + rank)
    term = outvoted_partial_names(s, stubs) if config.agreed_first else {**s.key_named, **s.term}
    for i, score in term.items():
        fused[i] = fused.get(i, 0.0) + term_weight * score / (config.rrf_k + 1)
    if not s.named:
        for i in s.acts.intersection(fused):
            fused[i] += config.described_action / (config.rrf_k + 1)
    if config.mode == "dense" and not config.term:
        fused = dict(s.dense)
    for i in stubs.intersection(fused):
        fused[i] *= config.stub_factor
    return fused


def outvoted_partial_names(s: Signals, stubs: set[int]) -> dict[int, float]:
    """The term signal, less its partial matches (a title or alias standing in the
    question as whole words, not the whole term) when dense and BM25 agree on one first
    entry no name matches: "markov chain monte carlo" names "Markov Chain" only in part,
    and both other signals put the longer entry first. A misspelt whole name stays.
    An alias the key term is (``key_named``) counts as a partial match here."""
    term = {**s.key_named, **s.term}
    if not (s.named and term and s.dense and s.bm25):
        return term
    first = min(s.dense, key=lambda i: (-s.dense[i], i))
    if first in term or first in stubs or first != min(s.bm25, key=lambda i: (-s.bm25[i], i)):
        return term
    return {i: score for i, score in term.items() if score >= 1.0 or i not in s.contained}


def stub_names(title: str, aliases: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The normalized names a question may name a stub by: its title, aliases and the
    parts of a title split at commas, brackets and slashes ("Antenna tuner, ATU")."""
    parts = [p for p in _TITLE_PARTS.split(title) if p.strip()]
    names = {normalize(n) for n in (title, *aliases, *parts)}
    return tuple(sorted(n for n in names if len(n) >= 2))


def unnamed_stubs(
    fused: dict[int, float],
    names: dict[int, tuple[str, ...]],
    term: dict[int, float],
    question: str,
) -> set[int]:
    """The stubs among ``fused`` the question does not name: no term score and none of
    their names standing in it as whole words."""
    said = f" {normalize(question)} "
    return {
        i
        for i in fused
        if i in names and not term.get(i) and not any(f" {n} " in said for n in names[i])
    }


def dehubbed(
    dense: dict[int, float], share: float, hubness: Callable[[], np.ndarray]
) -> dict[int, float]:
    """Each dense score minus ``share`` of the entry's hubness."""
    if not share or not dense:
        return dense
    hub = hubness()
    return {i: score - share * float(hub[i]) for i, score in dense.items()}


def add_normalized(fused: dict[int, float], signal: dict[int, float], scale: float) -> None:
    """Adds ``signal`` min-max normalized to [0, 1] over its pool, times ``scale``."""
    if not signal:
        return
    low, top = min(signal.values()), max(signal.values())
    span = (top - low) or 1.0
    for i, value in signal.items():
        fused[i] = fused.get(i, 0.0) + scale * (value - low) / span
