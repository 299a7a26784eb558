"""The checks ``CoverageJudge`` (judgement.py) makes of a question's first hit or its
best dense entry: each reads one rule of another module (phrase support, answer units
elsewhere, rare words matched or said, foreign words, the head noun, common words, an
entry that says more, a tied lead) with what the judge holds of its index."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property

import numpy as np

from rag_glossary import judgement_described as described
from rag_glossary.calibration import Calibration
from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.common_words import COMMON_DEPTH, CommonWords
from rag_glossary.coverage.foreign_words import ForeignWords, foreign_refuses
from rag_glossary.coverage.head_noun import HEAD_UNIT, head_noun
from rag_glossary.coverage.phrase_support import PhraseSupport
from rag_glossary.coverage.vocabulary import Vocabulary
from rag_glossary.coverage.word_match import WordMatch
from rag_glossary.fusion import Signals
from rag_glossary.judgement_described import Frame
from rag_glossary.judgement_head import HEAD_DEPTH, head_other
from rag_glossary.judgement_share import first_outsaid
from rag_glossary.judgement_terms import asked_in_named_setting
from rag_glossary.judgement_units import unit_elsewhere
from rag_glossary.judgement_words import words_said, words_unmatched
from rag_glossary.lead_calibration import tied
from rag_glossary.lexical import LexicalIndex
from rag_glossary.models import Entry, Hit
from rag_glossary.unit_vectors import UnitSimilarity, UnitVectors


class FirstHitChecks:
    """The judge's checks; ``CoverageJudge`` (a frozen dataclass) holds these fields."""

    entries: Sequence[Entry]
    entry_vectors: np.ndarray
    title_groups: np.ndarray
    calibration: Calibration
    position: Callable[[str], int | None]
    loose_cosine: float | None
    phrases: PhraseSupport | None
    words: WordMatch | None
    vocabulary: Vocabulary | None
    lexical: LexicalIndex | None

    def _leaves_part_unsaid(
        self,
        query: str,
        hits: tuple[Hit, ...],
        s: Signals,
        similarity: UnitSimilarity | None,
        margin: float,
        coverage: CoverageIndex,
    ) -> bool:
        """Whether the answering entry (the first hit) leaves a part of the description
        unsupported (coverage/phrase_support.py; False without the rule or unit vectors)."""
        at = self.position(hits[0].id) if hits else None
        if self.phrases is None or similarity is None or at is None or not s.dense_all:
            return False
        asked = asked_in_named_setting(query, coverage)
        rows, vector = similarity.rows_of(at), self.entry_vectors[at]
        best = lambda: similarity.best(self._best_dense(s).id) or 0.0  # noqa: E731
        return self.phrases.leaves_unsaid(query, asked, rows, vector, margin, best)

    def _unit_elsewhere(self, hits: tuple[Hit, ...], s: Signals, units: UnitVectors | None) -> bool:
        """judgement_units.unit_elsewhere for the first hit (round 23)."""
        bar, at = self.calibration.unit_lenient, self.position(hits[0].id) if hits else None
        if bar is None or units is None or s.query is None or at is None:
            return False
        return unit_elsewhere(s.query, units, self.entry_vectors, self.title_groups, at, bar)

    def _words_unmatched(
        self, query: str, hits: tuple[Hit, ...], s: Signals, sim: UnitSimilarity | None, z: float
    ) -> bool:
        """judgement_words.words_unmatched for the first hit (round 24)."""
        at = self.position(hits[0].id) if hits else None
        if self.words is None or sim is None or at is None or not s.dense_all:
            return False
        best_unit = sim.best(self._best_dense(s).id) or 0.0
        return words_unmatched(self.words, query, at, best_unit, z - self.calibration.lenient)

    def _words_said(self, query: str, hits: tuple[Hit, ...], sim: UnitSimilarity | None) -> bool:
        """judgement_words.words_said for the first hit (round 48)."""
        at = self.position(hits[0].id) if hits else None
        if self.words is None or sim is None or at is None:
            return False
        return words_said(self.words, query, at, sim.best(hits[0].id) or 0.0)

    @cached_property
    def _vocabulary(self) -> Vocabulary:
        return self.vocabulary or Vocabulary.of(self.entries)

    @cached_property
    def _foreign_words(self) -> ForeignWords:
        return ForeignWords(frozenset(self._vocabulary.stems))

    def _foreign(
        self, query: str, s: Signals, sim: UnitSimilarity | None, margin: float, frame: Frame
    ) -> bool:
        """Whether the description names rare words no entry uses, with a weak standout
        and no close sentence (coverage/foreign_words.py; the packaged model only: the
        unit cut is on its cosine scale, as the loose floor is)."""
        if self.loose_cosine is None or sim is None or not s.dense_all:
            return False
        count = self._foreign_words.count(query, frame)
        if count == 0:
            return False
        best_unit = sim.best(self._best_dense(s).id) or 0.0
        return foreign_refuses(count, margin, best_unit)

    def _head_unsaid(self, query: str, s: Signals, similarity: UnitSimilarity | None) -> bool:
        """Whether the description's head noun (the kind of thing it asks to be named) is
        in no entry of the glossary, and no sentence of the best entry is close to the
        question (coverage/head_noun.py; the packaged model only, as the loose floor)."""
        if self.loose_cosine is None or similarity is None or not s.dense_all:
            return False
        head = head_noun(query)
        if head is None or head.said_in(self._vocabulary.words):
            return False
        return (similarity.best(self._best_dense(s).id) or 0.0) < HEAD_UNIT

    def _head_other(
        self, query: str, hits: tuple[Hit, ...], similarity: UnitSimilarity | None
    ) -> bool:
        """judgement_head.head_other for the first two hits (round 34)."""
        at = [self.position(h.id) for h in hits[:HEAD_DEPTH]]
        best = lambda: (similarity.best(hits[0].id) or 0.0) if similarity else 0.0  # noqa: E731
        return head_other(self.words, self.entries, at, query, similarity is not None, best)

    @cached_property
    def _common_words(self) -> CommonWords | None:
        return None if self.lexical is None else CommonWords.of(self.lexical)

    def _only_common(self, query: str, hits: tuple[Hit, ...]) -> bool:
        """Whether a long description meets its best hits only on words common in the
        glossary (coverage/common_words.py, round 29)."""
        if self._common_words is None:
            return False
        at = [self.position(h.id) for h in hits[:COMMON_DEPTH]]
        return self._common_words.only_common(query, [i for i in at if i is not None])

    def _outsaid(
        self, query: str, hits: tuple[Hit, ...], s: Signals, units: UnitVectors | None, z: float
    ) -> bool:
        """judgement_share.first_outsaid for the first hit (False without units)."""
        at = self.position(hits[0].id) if hits else None
        if at is None or self.lexical is None or units is None or s.query is None:
            return False
        g, v = self.title_groups, self.entry_vectors
        return first_outsaid(self.lexical, self.entries, g, v, at, query, (s.query, units), z)

    def _tied(self, s: Signals, units: UnitVectors | None) -> bool:
        """lead_calibration.tied (the packaged model only: the unit cut is its cosine)."""
        g, bar = self.title_groups, self.calibration.lead
        return self.loose_cosine is not None and tied(
            bar, s.dense_all, self.entry_vectors, g, units, s.query
        )

    def _best_dense(self, s: Signals) -> Entry:
        return self.entries[described.best_dense(s.dense_all)]
