"""The retriever: dense vectors, BM25 and term matching fused, then MMR.

Three signals rank the entries: the dense similarity of the question to each
entry's best chunk, BM25 over titles, aliases and bodies, and how well the
question names an entry's title or alias. Dense and BM25 ranks are fused by
reciprocal rank fusion; the term signal adds a bonus that scales with the
match (an exact title is worth a first place in one more list). A question
that names no glossary term describes one in everyday words: BM25 and the term
signal then count for less (``described_lexical``) and dense and BM25 are fused
by normalized score instead of rank (``described_fusion``), after each
entry's dense score loses a share of its hubness (``described_hub``,
hubness.py), so a broad entry near everything on its topic does not beat the
specific entry the description explains. MMR then
picks ``k`` entries that are relevant but not redundant. Each signal can be
switched off so the evaluation can compare them.
"""

from __future__ import annotations

import heapq
import os
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from rag_glossary.calibration import (
    Calibration,
    calibrate,
    entry_vectors,
    standout,
    title_groups,
)
from rag_glossary.chunking import chunk_body
from rag_glossary.config import default_index_dir
from rag_glossary.coverage import CoverageIndex, judge
from rag_glossary.coverage.keyterms import strip_scaffolding
from rag_glossary.embedding.encoder import Encoder
from rag_glossary.errors import UsageError
from rag_glossary.everyday import is_plain, unsupported_rare
from rag_glossary.hubness import hub_scores
from rag_glossary.lexical import LexicalIndex
from rag_glossary.models import Chunk, Entry, Hit, RetrievalResult
from rag_glossary.terms import TermMatcher
from rag_glossary.text import MAX_QUERY_CHARS as MAX_QUERY_CHARS  # re-exported
from rag_glossary.text import clean_query as clean_query  # re-exported
from rag_glossary.text import snippet
from rag_glossary.validation import check_int, check_k, check_number

if TYPE_CHECKING:
    from rag_glossary.index import DenseIndex, LoadedIndex

Mode = Literal["dense", "bm25", "hybrid"]
NAMED_TERM_SCORE = 0.5  # a term-signal match this strong names the entry
_OTHER_NAMES = frozenset(("acronym", "title-words", "text"))  # names the term signal cannot see
MODES: tuple[Mode, ...] = ("dense", "bm25", "hybrid")
Fusion = Literal["rank", "score"]
FUSIONS: tuple[Fusion, ...] = ("rank", "score")


@dataclass(frozen=True)
class RetrieverConfig:
    """The knobs of retrieval. The defaults are what the evaluation suite chose."""

    mode: Mode = "hybrid"
    mmr: bool = True
    term: bool = True
    fetch_k: int = 30
    lambda_mult: float = 0.9
    rrf_k: int = 60
    dense_weight: float = 1.0
    bm25_weight: float = 1.0
    term_weight: float = 1.5
    # An entry with no text (a stub, a bare "See also") cannot answer anything:
    # it keeps this share of its score, so entries with text come first.
    stub_factor: float = 0.5
    # A question that names no glossary term ("sales that go up and down every
    # week") describes one: its shared words ("trend") point at the wrong entry,
    # so BM25 and the term signal keep only this share of their weight.
    described_lexical: float = 0.4
    # How a described question's signals are fused: "rank" (RRF, as for named
    # terms) or "score" (min-max normalized scores added): under RRF an entry
    # BM25 misses or ranks low loses to weaker dense matches whatever the weight;
    # by score it keeps its dense score and BM25 only adds a bonus.
    described_fusion: Fusion = "score"
    # A described question's dense score of an entry minus this share of the
    # entry's hubness (its mean similarity to its nearest entries, centred):
    # broad entries are near every description of their topic (hubness.py).
    described_hub: float = 0.5
    # Coverage: a question's key term found in the glossary, else how clearly
    # the best entry stands out against bars calibrated per index (coverage.py).
    min_confidence: float = 0.5

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise UsageError(f"unknown mode {self.mode!r}: choose one of {', '.join(MODES)}")
        if self.described_fusion not in FUSIONS:
            raise UsageError(
                f"unknown described_fusion {self.described_fusion!r}: choose one of "
                f"{', '.join(FUSIONS)}"
            )
        for name in (
            "lambda_mult",
            "dense_weight",
            "bm25_weight",
            "term_weight",
            "stub_factor",
            "described_lexical",
            "described_hub",
        ):
            check_number(getattr(self, name), name)
        check_int(self.fetch_k, "fetch_k", 1, 10_000)
        check_int(self.rrf_k, "rrf_k", 0, 10_000)
        if not 0.0 <= self.lambda_mult <= 1.0:
            raise UsageError(f"lambda_mult must be between 0 and 1, got {self.lambda_mult}")
        if self.fetch_k < 1:
            raise UsageError(f"fetch_k must be at least 1, got {self.fetch_k}")


@dataclass(frozen=True)
class _Signals:
    dense: dict[int, float]
    dense_chunk: dict[int, int]
    bm25: dict[int, float]
    term: dict[int, float]
    dense_all: dict[int, float]
    named: bool = True  # the question names a glossary term (see _names_a_term)


class Retriever:
    """Ranks glossary entries for a question. ``Retriever.load()`` opens the default index."""

    def __init__(
        self,
        entries: Sequence[Entry],
        chunks: Sequence[Chunk],
        vectors: np.ndarray,
        dense: DenseIndex,
        lexical: LexicalIndex,
        encoder: Encoder,
        config: RetrieverConfig | None = None,
        calibration: Calibration | None = None,
        hubness: np.ndarray | None = None,
    ) -> None:
        self.entries = list(entries)
        self.chunks = list(chunks)
        self.vectors = vectors
        self.dense = dense
        self.lexical = lexical
        self.encoder = encoder
        self.config = config or RetrieverConfig()
        self.terms = TermMatcher(self.entries)
        position = {e.id: i for i, e in enumerate(self.entries)}
        self._position = position
        self._chunk_entry = np.array([position[c.entry_id] for c in self.chunks], dtype=np.int64)
        self._first_chunk: dict[int, int] = {}
        for ci, ei in enumerate(self._chunk_entry.tolist()):
            self._first_chunk.setdefault(ei, ci)
        self.entry_vectors = entry_vectors(vectors, self._chunk_entry, len(self.entries))
        self._stubs = {i for i, e in enumerate(self.entries) if not e.body.strip()}
        self.calibration = calibration or Calibration()
        self._title_groups = title_groups(self.entries)
        self._coverage: CoverageIndex | None = None
        ok = hubness is not None and hubness.shape == (len(self.entries),)
        self._hubness: np.ndarray | None = hubness if ok else None

    # ------------------------------------------------------------ construction

    @classmethod
    def load(
        cls,
        index_dir: str | os.PathLike[str] | None = None,
        *,
        config: RetrieverConfig | None = None,
        encoder: Encoder | None = None,
    ) -> Retriever:
        """Open a persisted index. Queries are embedded with its ONNX export."""
        from rag_glossary.index import load_index

        loaded = load_index(index_dir or default_index_dir())
        return cls.from_loaded(loaded, config=config, encoder=encoder)

    @classmethod
    def from_loaded(
        cls,
        loaded: LoadedIndex,
        *,
        config: RetrieverConfig | None = None,
        encoder: Encoder | None = None,
    ) -> Retriever:
        return cls(
            loaded.entries,
            loaded.chunks,
            loaded.vectors,
            loaded.dense,
            loaded.lexical(),
            encoder or _query_encoder(loaded),
            config,
            Calibration.from_dict(getattr(loaded.manifest, "calibration", None)),
            loaded.hubness,
        )

    @classmethod
    def from_entries(
        cls,
        entries: Sequence[Entry],
        encoder: Encoder,
        *,
        config: RetrieverConfig | None = None,
        max_tokens: int = 256,
    ) -> Retriever:
        """An in-memory retriever over entries, one chunk per ``max_tokens`` words.

        For programs with their own entries and for tests with a fake encoder:
        nothing is written to disk and no model is loaded but ``encoder``.
        """
        from rag_glossary.chunking import Chunker, ChunkingConfig
        from rag_glossary.index.dense import FaissIndex

        config_ = ChunkingConfig(max_tokens, max_tokens // 8, max_tokens // 4)
        chunker = Chunker(lambda t: len(t.split()) + 2, config_, "in-memory")
        chunks = chunker.chunk_entries(entries)
        vectors = np.asarray(encoder.encode_documents([c.text for c in chunks]), dtype=np.float32)
        dense = FaissIndex.build(vectors, "flat")
        position = {e.id: i for i, e in enumerate(entries)}
        chunk_entry = np.array([position[c.entry_id] for c in chunks], dtype=np.int64)
        calibration = calibrate(entries, vectors, chunk_entry, encoder)
        lexical = LexicalIndex.build(entries)
        return cls(entries, chunks, vectors, dense, lexical, encoder, config, calibration)

    def with_config(self, config: RetrieverConfig) -> Retriever:
        """The same index and encoder under other settings (no reload)."""
        clone = object.__new__(Retriever)
        clone.__dict__.update(self.__dict__)
        clone.config = config
        return clone

    # ------------------------------------------------------------ querying

    def search(self, query: str, k: int = 5, **overrides: Any) -> list[Hit]:
        """The ``k`` best entries for ``query``, one hit per entry."""
        return list(self.retrieve(query, k, **overrides).hits)

    def retrieve(self, query: str, k: int = 5, **overrides: Any) -> RetrievalResult:
        """Hits plus the confidence that the glossary answers the question at all.

        Keyword overrides (``mode``, ``mmr``, ``term``, ``fetch_k``,
        ``lambda_mult``...) change the config for this call only.
        """
        config = self._overridden(overrides)
        query = clean_query(query)
        k = check_k(k)
        signals = self._signals(query, config)
        fused = self._fuse(signals, config)
        order = sorted(fused, key=lambda i: (-fused[i], i))[: max(config.fetch_k, k)]
        picked = self._mmr(order, fused, k, config) if config.mmr else order[:k]
        hits = tuple(self._hit(i, fused[i], signals) for i in picked)
        return self._judged(query, hits, signals, config)

    @property
    def hubness(self) -> np.ndarray:
        """Each entry's hubness (hubness.py); computed here for indexes built without it."""
        if self._hubness is None:
            self._hubness = hub_scores(self.entry_vectors)
        return self._hubness

    @property
    def coverage(self) -> CoverageIndex:
        if self._coverage is None:
            self._coverage = CoverageIndex(self.entries)
        return self._coverage

    def _judged(
        self, query: str, hits: tuple[Hit, ...], s: _Signals, config: RetrieverConfig
    ) -> RetrievalResult:
        term = self.coverage.check(query, [h.id for h in hits])
        z = standout(s.dense_all, self.entry_vectors, self._title_groups)
        plain = term.described and self._plain(query, s)
        unsupported = self._unsupported(query, s) if term.described else 0
        verdict = judge(term, z, self.calibration, config.min_confidence, plain, unsupported)
        nearest = tuple(dict.fromkeys(h.title for h in hits)) if term.found is False else ()
        return RetrievalResult(
            query,
            hits,
            verdict.confidence,
            verdict.covered,
            key_term=term.key_term if term.found is not False else term.named_missing,
            key_term_found=term.found,
            nearest=nearest,
            reason=verdict.reason,
        )

    def _plain(self, query: str, s: _Signals, depth: int = 3) -> bool:
        """Whether the question's words missing from the best entries are all everyday words."""
        best = heapq.nlargest(depth, s.dense_all, key=s.dense_all.__getitem__)
        entries = (self.entries[i] for i in best)
        texts = (" ".join((e.title, *e.aliases, e.body)) for e in entries)
        return is_plain(query, texts)

    def _unsupported(self, query: str, s: _Signals) -> int:
        """Rare question words the best dense entry's text lacks (everyday.unsupported_rare)."""
        if not s.dense_all:
            return 0
        e = self.entries[max(s.dense_all, key=s.dense_all.__getitem__)]
        return unsupported_rare(query, " ".join((e.title, *e.aliases, e.body)))

    def _overridden(self, overrides: dict[str, Any]) -> RetrieverConfig:
        if not overrides:
            return self.config
        unknown = sorted(set(overrides) - {f.name for f in fields(RetrieverConfig)})
        if unknown:
            known = ", ".join(f.name for f in fields(RetrieverConfig))
            raise UsageError(f"unknown retrieval setting {unknown[0]!r}: choose from {known}")
        return replace(self.config, **overrides)

    def _signals(self, query: str, config: RetrieverConfig) -> _Signals:
        qvec = np.asarray(self.encoder.encode_queries([query]), dtype=np.float32)[0]
        dense, dense_chunk = self._dense(qvec, config)
        adaptive = config.described_lexical != 1.0
        scores = self.terms.scores(query) if config.term or adaptive else {}
        other = self._by_other_name(query) if config.term else []
        scores = {**scores, **dict.fromkeys(other, 1.0)}
        # the name it resolves to is searched too: "clt" finds "central limit theorem"
        said = " ".join([query, *(self.entries[i].title for i in other)])
        bm25 = self._bm25(said, config) if config.mode != "dense" else {}
        term = scores if config.term else {}
        named = not adaptive or self._names_a_term(query, scores)
        return _Signals(
            {} if config.mode == "bm25" else dense, dense_chunk, bm25, term, dense, named
        )

    def _by_other_name(self, query: str) -> list[int]:
        """The entries an acronym ("clt") or a reordered title ("ab test": A/B testing)
        names, as the coverage lookup resolves it to one entry: the term signal cannot see it."""
        term = self.coverage.check(query)
        titles = {self.entries[self._position[i]].title for i in term.entry_ids}
        if not term.found or term.how not in _OTHER_NAMES or len(titles) != 1:
            return []
        if term.how == "text" and [term.key_term] != strip_scaffolding(query).split():
            return []  # a word of one entry's text only when it is all that is asked
        return [self._position[i] for i in term.entry_ids if i in self._position]

    def _names_a_term(self, query: str, term_scores: dict[int, float]) -> bool:
        """Whether the question names a title, alias or known phrase of the glossary."""
        if any(score >= NAMED_TERM_SCORE for score in term_scores.values()):
            return True
        term = self.coverage.check(query)
        return bool(term.found) and not term.generic

    def _dense(
        self, qvec: np.ndarray, config: RetrieverConfig
    ) -> tuple[dict[int, float], dict[int, int]]:
        n = self.dense.count
        if n == 0:
            return {}, {}
        want = min(n, max(config.fetch_k * 4, 64))
        scores, ids = self.dense.search(qvec[None, :], want)
        best: dict[int, float] = {}
        best_chunk: dict[int, int] = {}
        for score, ci in zip(scores[0].tolist(), ids[0].tolist(), strict=True):
            if ci < 0:
                continue
            ei = int(self._chunk_entry[ci])
            if ei not in best:
                best[ei] = float(score)
                best_chunk[ei] = ci
        return best, best_chunk

    def _bm25(self, query: str, config: RetrieverConfig) -> dict[int, float]:
        scores = self.lexical.scores(query)
        if not len(scores):
            return {}
        want = min(len(scores), config.fetch_k * 2)
        top = np.argpartition(-scores, want - 1)[:want]
        return {int(i): float(scores[i]) for i in top if scores[i] > 0}

    def _fuse(self, s: _Signals, config: RetrieverConfig) -> dict[int, float]:
        fused: dict[int, float] = {}
        share = 1.0 if s.named else config.described_lexical
        bm25_weight, term_weight = config.bm25_weight * share, config.term_weight * share
        by_score = not s.named and config.described_fusion == "score"
        dense = s.dense if s.named else self._dehubbed(s.dense, config.described_hub)
        for weight, signal in ((config.dense_weight, dense), (bm25_weight, s.bm25)):
            if by_score:
                _add_normalized(fused, signal, weight / (config.rrf_k + 1))
                continue
            for rank, i in enumerate(sorted(signal, key=lambda j: (-signal[j], j)), start=1):
                fused[i] = fused.get(i, 0.0) + weight / (config.rrf_k + rank)
        for i, score in s.term.items():
            fused[i] = fused.get(i, 0.0) + term_weight * score / (config.rrf_k + 1)
        if config.mode == "dense" and not config.term:
            fused = dict(s.dense)
        for i in self._stubs.intersection(fused):
            fused[i] *= config.stub_factor
        return fused

    def _dehubbed(self, dense: dict[int, float], share: float) -> dict[int, float]:
        if not share or not dense:
            return dense
        hubness = self.hubness
        return {i: score - share * float(hubness[i]) for i, score in dense.items()}

    def _mmr(
        self, order: list[int], fused: dict[int, float], k: int, config: RetrieverConfig
    ) -> list[int]:
        if len(order) <= 1:
            return order[:k]
        top = fused[order[0]]
        low = min(fused[i] for i in order)
        span = (top - low) or 1.0
        relevance = np.array([(fused[i] - low) / span for i in order], dtype=np.float32)
        vecs = self.entry_vectors[order]
        sims = vecs @ vecs.T
        lam = config.lambda_mult
        redundancy = np.zeros(len(order), dtype=np.float32)
        available = np.ones(len(order), dtype=bool)
        chosen: list[int] = []
        while len(chosen) < min(k, len(order)):
            gain = np.where(available, lam * relevance - (1 - lam) * redundancy, -np.inf)
            best = int(np.argmax(gain))
            chosen.append(best)
            available[best] = False
            redundancy = np.maximum(redundancy, sims[best])
        return [order[j] for j in chosen]

    def _hit(self, i: int, score: float, s: _Signals) -> Hit:
        entry = self.entries[i]
        ci = s.dense_chunk.get(i, self._first_chunk.get(i))
        text = chunk_body(self.chunks[ci]) if ci is not None else entry.body
        signals = {
            name: value
            for name, value in (
                ("dense", s.dense.get(i)),
                ("bm25", s.bm25.get(i)),
                ("term", s.term.get(i)),
            )
            if value is not None
        }
        return Hit(
            id=entry.id,
            title=entry.title,
            source=entry.source,
            url=entry.url,
            snippet=snippet(text or entry.body),
            score=float(score),
            entry=entry,
            signals=signals,
        )

    # ------------------------------------------------------------ adapters

    def as_langchain(self, k: int = 5) -> Any:
        """A langchain-core ``BaseRetriever`` whose Documents carry the citation id."""
        from rag_glossary.langchain_adapter import GlossaryLangChainRetriever

        return GlossaryLangChainRetriever(retriever=self, k=check_k(k))

    def as_llamaindex(self, k: int = 5) -> Any:
        """A llama-index-core ``BaseRetriever`` of ``NodeWithScore`` (node id = citation id).

        Needs the optional extra: ``pip install 'rag-glossary[llamaindex]'``.
        """
        if not _installed("llama_index.core"):
            raise UsageError(
                "as_llamaindex needs llama-index-core: pip install 'rag-glossary[llamaindex]'"
            )
        from rag_glossary.llamaindex_adapter import GlossaryLlamaIndexRetriever

        return GlossaryLlamaIndexRetriever(self, similarity_top_k=check_k(k))


def _add_normalized(fused: dict[int, float], signal: dict[int, float], scale: float) -> None:
    """Adds ``signal`` min-max normalized to [0, 1] over its pool, times ``scale``."""
    if not signal:
        return
    low, top = min(signal.values()), max(signal.values())
    span = (top - low) or 1.0
    for i, value in signal.items():
        fused[i] = fused.get(i, 0.0) + scale * (value - low) / span


def _installed(module: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def _query_encoder(loaded: LoadedIndex) -> Encoder:
    if loaded.manifest.query_encoder == "onnx":
        from rag_glossary.embedding import QueryEncoder

        return QueryEncoder.load(loaded.onnx_dir)
    # A model that could not be exported: queries load sentence-transformers.
    from rag_glossary.embedding import DocumentEncoder, resolve_model

    return DocumentEncoder(resolve_model(loaded.manifest.model_name))
