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
specific entry the description explains. MMR then picks ``k`` entries that are relevant
but not redundant. Each signal can be switched off so the evaluation can compare them.

The stages live beside it: the settings in retrieval_config.py, a question's signals in
query_signals.py, their fusion in fusion.py, what the question names (an entry by another
name, a misspelt word, a term at all) in query_names.py, MMR in mmr.py, the covered /
not-covered verdict in judgement.py; ``Retriever`` ties them up.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from rag_glossary import adapters
from rag_glossary.action_shape import action_entries
from rag_glossary.answer_first import answer_first
from rag_glossary.calibration import Calibration, calibrate, entry_vectors, title_groups
from rag_glossary.chunking import chunk_body
from rag_glossary.config import default_index_dir
from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.cue_words import mend_cue_words
from rag_glossary.coverage.described_support import LOOSE_COSINE, loose_cosine_for
from rag_glossary.coverage.phrase_support import PhraseRule, PhraseSupport, phrase_rule_for
from rag_glossary.coverage.stored import CoverageTables
from rag_glossary.coverage.unit_decision import UnitDecision, unit_decision_for
from rag_glossary.coverage.vocabulary import Vocabulary
from rag_glossary.coverage.word_match import word_match_for
from rag_glossary.embedding.encoder import Encoder
from rag_glossary.fusion import Signals, fuse, stub_names, unnamed_stubs
from rag_glossary.greeklish import Spelling
from rag_glossary.hubness import hub_scores
from rag_glossary.judgement import CoverageJudge
from rag_glossary.judgement_rephrase import REPHRASE_K, rephrased
from rag_glossary.judgement_sense import sensed
from rag_glossary.lexical import LexicalIndex
from rag_glossary.mmr import mmr
from rag_glossary.models import Chunk, Entry, Hit, RetrievalResult
from rag_glossary.query_encoding import query_encoder as query_encoder  # re-exported
from rag_glossary.query_names import NAMED_TERM_SCORE as NAMED_TERM_SCORE  # re-exported
from rag_glossary.query_signals import question_signals
from rag_glossary.retrieval_config import FUSIONS as FUSIONS  # re-exported
from rag_glossary.retrieval_config import MODES as MODES  # re-exported
from rag_glossary.retrieval_config import Fusion as Fusion  # re-exported
from rag_glossary.retrieval_config import Mode as Mode  # re-exported
from rag_glossary.retrieval_config import RetrieverConfig as RetrieverConfig  # re-exported
from rag_glossary.retrieval_config import overridden
from rag_glossary.stored_units import StoredUnits
from rag_glossary.stored_units import use as use_stored_units
from rag_glossary.terms import TermMatcher
from rag_glossary.text import MAX_QUERY_CHARS as MAX_QUERY_CHARS  # re-exported
from rag_glossary.text import clean_query as clean_query  # re-exported
from rag_glossary.text import snippet
from rag_glossary.unit_vectors import UnitVectors
from rag_glossary.validation import check_k

if TYPE_CHECKING:
    from rag_glossary.index import DenseIndex, LoadedIndex


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
        loose_cosine: float | None = LOOSE_COSINE,
        coverage_dir: Path | None = None,
        units: UnitVectors | None = None,
        unit_decision: UnitDecision | None = None,
        phrase_rule: PhraseRule | None = None,
        vocabulary: Vocabulary | None = None,
        stored_units: StoredUnits | None = None,
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
        stubs = [(i, e) for i, e in enumerate(self.entries) if e.is_stub]
        self._stubs = {i for i, _ in stubs}
        self._acts = action_entries(self.entries)
        self._stub_names = {i: stub_names(e.title, e.aliases) for i, e in stubs}
        self.calibration = calibration or Calibration()
        self._title_groups = title_groups(self.entries)
        self._coverage = CoverageTables(self.entries, coverage_dir)  # loaded on first use
        ok = hubness is not None and hubness.shape == (len(self.entries),)
        self._hubness: np.ndarray | None = hubness if ok else None
        self._hub_spread: float | None = None
        self.units = units  # answer-unit vectors (unit_vectors.py); None: older index
        self.stored_units = use_stored_units(stored_units)  # units as built (stored_units.py)
        self._judge = CoverageJudge(
            self.entries,
            self.entry_vectors,
            self._title_groups,
            self.calibration,
            position.get,
            loose_cosine,  # None: no cosine floor for this model
            unit_decision,  # None: no unit-level second opinion
            PhraseSupport(phrase_rule, encoder.encode_queries) if phrase_rule else None,
            word_match_for(phrase_rule, encoder.encode_queries, self.entries, vocabulary),
            vocabulary,  # None (an index built without it, in-memory): derived on first use
            lexical,
        )

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
            encoder or query_encoder(loaded),
            config,
            Calibration.from_dict(getattr(loaded.manifest, "calibration", None)),
            loaded.hubness,
            loose_cosine_for(loaded.manifest.model_name),
            coverage_dir=loaded.path,
            units=loaded.units,
            unit_decision=unit_decision_for(loaded.manifest.model_name),
            phrase_rule=phrase_rule_for(loaded.manifest.model_name),
            vocabulary=loaded.vocabulary,
            stored_units=loaded.entry_units,
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
        from rag_glossary.coverage.glossary_language import corpus_language
        from rag_glossary.index.dense import FaissIndex

        config_ = ChunkingConfig(max_tokens, max_tokens // 8, max_tokens // 4)
        chunker = Chunker(lambda t: len(t.split()) + 2, config_, "in-memory")
        chunks = chunker.chunk_entries(entries)
        vectors = np.asarray(encoder.encode_documents([c.text for c in chunks]), dtype=np.float32)
        dense = FaissIndex.build(vectors, "flat")
        position = {e.id: i for i, e in enumerate(entries)}
        chunk_entry = np.array([position[c.entry_id] for c in chunks], dtype=np.int64)
        units = UnitVectors.embed(entries, encoder)
        calibration = calibrate(entries, vectors, chunk_entry, encoder, units=units)
        lexical = LexicalIndex.build(entries, corpus_language(entries))
        return cls(
            entries,
            chunks,
            vectors,
            dense,
            lexical,
            encoder,
            config,
            calibration,
            units=units,
            unit_decision=unit_decision_for(encoder.model_id),
            phrase_rule=phrase_rule_for(encoder.model_id),
        )

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
        config = overridden(self.config, overrides)
        query = self.mended(query)
        hits, signals = self._ranked(query, check_k(k), config)
        result = self._rephrased(self._judged(query, hits, signals, config), config)
        encode = self.encoder.encode_queries
        result = sensed(
            result, self.entries, self._position, self.units, encode, config.min_confidence
        )
        return answer_first(result, self.lexical) if config.answer_first else result

    def _ranked(
        self, query: str, k: int, config: RetrieverConfig
    ) -> tuple[tuple[Hit, ...], Signals]:
        """The ``k`` hits of a cleaned query, unjudged, and the signals they came from."""
        signals = self._signals(query, config)
        fused = fuse(signals, config, self._stubs, lambda: self.hubness)
        if config.stub_needs_name and self._stubs:
            for i in unnamed_stubs(fused, self._stub_names, signals.term, query):
                del fused[i]
        order = sorted(fused, key=lambda i: (-fused[i], i))[: max(config.fetch_k, k)]
        picked = (
            mmr(order, fused, k, self.entry_vectors, config.lambda_mult)
            if config.mmr
            else order[:k]
        )
        return tuple(self._hit(i, fused[i], signals) for i in picked), signals

    def _rephrased(self, result: RetrievalResult, config: RetrieverConfig) -> RetrievalResult:
        def ranked(rest: str) -> list[str]:
            hits = self._ranked(self.mended(rest), REPHRASE_K, config)[0]
            return [h.id for h in hits]

        return rephrased(result, self.entries, self._position, ranked, config.min_confidence)

    def mended(self, query: str) -> str:
        """The question cleaned, its cue words mended and its words written as the glossary
        writes them (``spelling``: typed without marks, or in Latin letters)."""
        return mend_cue_words(self.spelling.restore(clean_query(query)), self.lexical.language)

    @functools.cached_property
    def spelling(self) -> Spelling:
        """How the glossary spells its words (greeklish.py, marks.py), read on first use."""
        return Spelling.of(self.entries, self.lexical.language)

    @property
    def hubness(self) -> np.ndarray:
        """Each entry's hubness (hubness.py); computed here for indexes built without it."""
        if self._hubness is None:
            self._hubness = hub_scores(self.entry_vectors)
        return self._hubness

    def _hub_z(self, i: int) -> float | None:
        """The entry's hubness in standard deviations of this glossary's (entry_choice.py)."""
        if self._hub_spread is None:
            spread = float(np.std(self.hubness)) if len(self.entries) > 1 else 0.0
            self._hub_spread = spread
        return float(self.hubness[i]) / self._hub_spread if self._hub_spread > 0 else None

    @property
    def coverage(self) -> CoverageIndex:
        return self._coverage.get()

    def warm(self) -> Retriever:
        """Load now what the first question would (the coverage lookup's tables), so a
        server swaps in a generation ready to answer."""
        self._coverage.get()
        return self

    def _judged(
        self, query: str, hits: tuple[Hit, ...], s: Signals, config: RetrieverConfig
    ) -> RetrievalResult:
        return self._judge.result(query, hits, s, config, self.coverage, self.units)

    def _signals(self, query: str, config: RetrieverConfig) -> Signals:
        return question_signals(self, query, config)

    def _hit(self, i: int, score: float, s: Signals) -> Hit:
        entry = self.entries[i]
        ci = s.dense_chunk.get(i, self._first_chunk.get(i))
        text = chunk_body(self.chunks[ci]) if ci is not None else entry.body
        signals = {
            name: value
            for name, value in (
                ("dense", s.dense.get(i)),
                ("bm25", s.bm25.get(i)),
                ("term", s.term.get(i)),
                ("hub", self._hub_z(i)),
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
        return adapters.langchain_retriever(self, check_k(k))

    def as_llamaindex(self, k: int = 5) -> Any:
        """A llama-index-core ``BaseRetriever`` of ``NodeWithScore`` (node id = citation id).

        Needs the optional extra: ``pip install 'rag-glossary[llamaindex]'``.
        """
        return adapters.llamaindex_retriever(self, check_k(k))
