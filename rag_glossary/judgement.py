"""Whether the glossary answers the question: the coverage verdict for one query.

The retriever ranks; this module judges. ``CoverageJudge`` takes the query's signals
(fusion.Signals) and its hits and returns the ``RetrievalResult``: the key term's lookup
(coverage/; what is asked of it, judgement_terms.py), the standout of the best entry
(calibration.py), the described question's checks (judgement_described.py), the answer-unit
second opinion (coverage/unit_decision.py, unit_vectors.py), whether the answering entry
supports each part of a description (coverage/phrase_support.py) and says its rare words in
meaning (judgement_words.py), whether any entry says the kind of thing a description asks
for (coverage/head_noun.py), whether the best entries share more than the glossary's common
words with a long description (coverage/common_words.py); a refused description is answered
when its first hit owns its specific words and holds the closest answer unit
(judgement_owned.py) or, when no entry stood out, says its words with a close sentence
(judgement_words.py), and so is a missing name on an owned word pair besides its words; a
description of a kind of a bare title word is refused when that entry does not describe it
(coverage/bare_kind.py), one another entry says more of is refused (judgement_share.py), and
one whose answering entry lacks its head noun (judgement_head.py, round 34); so is a bare
missing name whose answering entry lacks its head word (judgement_terms.headless_bare_name),
and a description whose answering entry says its direction's opposite (judgement_opposite.py),
and a question that names its answering entry but asks four or more words (three in a
glossary's own language other than English) neither it nor the next hits say
(judgement_named_rest.py, round 55 WN, round 56 NT).
The checks of the first hit that read those modules live in judgement_checks.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

import numpy as np

from rag_glossary import judgement_described as described
from rag_glossary.calibration import Calibration, standout, unit_standout
from rag_glossary.coverage import (
    NO_STANDOUT,
    CoverageIndex,
    TermCoverage,
    judge,
    standout_bar,
    standout_decides,
)
from rag_glossary.coverage.asked_how import how_to_unsaid
from rag_glossary.coverage.called_rest import called_rest_unsaid
from rag_glossary.coverage.glossary_language import frame_words, naming_words
from rag_glossary.coverage.other_language import SAID_NAME
from rag_glossary.coverage.ownership import Ownership
from rag_glossary.coverage.phrase_support import PhraseSupport
from rag_glossary.coverage.unit_decision import UnitDecision, unit_features
from rag_glossary.coverage.vocabulary import Vocabulary
from rag_glossary.coverage.word_match import WordMatch
from rag_glossary.fusion import Signals
from rag_glossary.judgement_called import CALLED_REASON, FirstUnit, called_rescues, first_unit
from rag_glossary.judgement_checks import FirstHitChecks
from rag_glossary.judgement_described import Frame
from rag_glossary.judgement_field import seldom_field_words
from rag_glossary.judgement_letters import LETTERS_REASON, letters_rescue
from rag_glossary.judgement_named_rest import named_rest_unsaid
from rag_glossary.judgement_open import name_left_open
from rag_glossary.judgement_opposite import opposite_refuses
from rag_glossary.judgement_owned import owned_rescues
from rag_glossary.judgement_reasons import (
    CALLED_REST_REASON,
    COMMON_REASON,
    FOREIGN_REASON,
    HEAD_OTHER_REASON,
    HEAD_REASON,
    HEADLESS_REASON,
    HOW_TO_REASON,
    KIND_REASON,
    NAMED_REASON,
    NAMED_REST_REASON,
    ONE_WORD_REASON,
    OPEN_REASON,
    OPPOSITE_REASON,
    OUTSAID_REASON,
    OWNED_REASON,
    PASSING_REASON,
    SAID_REASON,
    TIED_REASON,
    UNIT_OTHER_REASON,
    UNSAID_REASON,
    WORDS_REASON,
    answered,
    refused,
)
from rag_glossary.judgement_said import key_term_read, one_word_refuses
from rag_glossary.judgement_terms import asked_in_named_setting as asked_in_named_setting
from rag_glossary.judgement_terms import bare_kind as _bare_kind
from rag_glossary.judgement_terms import described as _described
from rag_glossary.judgement_terms import entry_text as _text  # noqa: F401  (eval/, tests)
from rag_glossary.judgement_terms import headless_bare_name as _headless
from rag_glossary.judgement_terms import name_in_description, not_a_name
from rag_glossary.judgement_terms import owned_may_rescue as _owned_may_rescue
from rag_glossary.judgement_terms import unit_rescuable as _unit_rescuable
from rag_glossary.judgement_unit_words import unit_outruns_entry, unit_words_unsaid
from rag_glossary.lexical import LexicalIndex
from rag_glossary.models import Entry, Hit, RetrievalResult
from rag_glossary.retrieval_config import RetrieverConfig
from rag_glossary.unit_vectors import UnitSimilarity, UnitVectors

# the found rules the called-rest check reads (KN: the accepted negatives' three)
_CALLED_REST_HOW = frozenset(("title", "text", SAID_NAME))
# and the one the how-to check reads (NB: a title's fixed confidence)
_HOW_TO_HOW = frozenset(("title",))


def _found_specific(term: TermCoverage, hits: tuple[Hit, ...], hows: frozenset[str]) -> bool:
    """Whether a specific key term (not a generic word) was found by one of ``hows``' rules
    and has hits to read."""
    found = term.found and not term.generic and term.how in hows
    return bool(found and hits and term.key_term)


@dataclass(frozen=True)
class CoverageJudge(FirstHitChecks):
    """What judging needs of one index: its entries and their vectors, the calibrated
    bars, the cosine floor, the unit decision and the phrase rule of its model (None: not
    measured)."""

    entries: Sequence[Entry]
    entry_vectors: np.ndarray
    title_groups: np.ndarray
    calibration: Calibration
    position: Callable[[str], int | None]
    loose_cosine: float | None = None
    unit_decision: UnitDecision | None = None
    phrases: PhraseSupport | None = None
    words: WordMatch | None = None
    vocabulary: Vocabulary | None = None  # None: derived on first use (not stored)
    lexical: LexicalIndex | None = None  # BM25's postings (common_words.py); None: no rule

    def result(
        self,
        query: str,
        hits: tuple[Hit, ...],
        s: Signals,
        config: RetrieverConfig,
        coverage: CoverageIndex,
        units: UnitVectors | None = None,
    ) -> RetrievalResult:
        """The hits with the verdict: covered or not, how sure, and the key term
        (``units``: the index's answer-unit vectors; None for an index without them)."""
        term = coverage.check(query, [h.id for h in hits])
        if not_a_name(term, query, coverage.language):
            term = replace(term, term_style=False)
        z = standout(s.dense_all, self.entry_vectors, self.title_groups)
        plain = term.described and self._plain(query, s)
        frame, named = frame_words(coverage.language), naming_words(coverage.language)
        common = named | described.everyday_other(coverage.language, s.bm25, hits, self.position)
        unsupported = self._unsupported(query, s, hits, common) if term.described else 0
        loose = term.described and self._loose(query, s)
        verdict = judge(term, z, self.calibration, config.min_confidence, plain, unsupported, loose)
        similarity = self.unit_similarity(s, units)
        margin = z - standout_bar(term, self.calibration, plain, unsupported)
        if similarity is not None and self.unit_decision is not None and standout_decides(term):
            rare = unsupported if term.described else self._unsupported(query, s, hits, common)
            features = unit_features(self.entries, s.dense_all, similarity, margin, rare)
            if features is not None:
                verdict = self.unit_decision.second_opinion(
                    verdict,
                    features,
                    config.min_confidence,
                    _unit_rescuable(query, term, hits, coverage.language)
                    and not self._unit_unsaid(query, hits, s, similarity, coverage, rare)
                    and not unit_outruns_entry(query, hits, features, coverage.language),
                )
        if not verdict.covered and letters_rescue(self.entries, query, term, hits, frame):
            verdict = answered(verdict, config.min_confidence, LETTERS_REASON)
        if verdict.reason == NO_STANDOUT and self._words_said(query, hits, similarity):
            verdict = answered(verdict, config.min_confidence, SAID_REASON)
        if (
            verdict.covered
            and standout_decides(term)
            and self._leaves_part_unsaid(query, hits, s, similarity, margin, coverage)
        ):
            verdict = refused(verdict, config.min_confidence, UNSAID_REASON)
        if verdict.covered and _described(term) and self._unit_elsewhere(hits, s, units):
            verdict = refused(verdict, config.min_confidence, UNIT_OTHER_REASON)
        if (
            verdict.covered
            and _described(term)
            and not term.other_name
            and self._words_unmatched(query, hits, s, similarity, z)
        ):
            verdict = refused(verdict, config.min_confidence, WORDS_REASON)
        if (
            verdict.covered
            and _described(term)
            and self._foreign(query, s, similarity, margin, frame | common)
        ):
            verdict = refused(verdict, config.min_confidence, FOREIGN_REASON)
        if verdict.covered and _described(term) and self._head_unsaid(query, s, similarity):
            verdict = refused(verdict, config.min_confidence, HEAD_REASON)
        if verdict.covered and _described(term) and self._only_common(query, hits):
            verdict = refused(verdict, config.min_confidence, COMMON_REASON)
        if verdict.covered and _described(term) and self._outsaid(query, hits, s, units, margin):
            verdict = refused(verdict, config.min_confidence, OUTSAID_REASON)
        if verdict.covered and term.described and self._tied(s, units):
            verdict = refused(verdict, config.min_confidence, TIED_REASON)
        described_hits = verdict.covered and term.described
        if described_hits and opposite_refuses(query, hits, self.entries, self.position):
            verdict = refused(verdict, config.min_confidence, OPPOSITE_REASON)
        if (
            not verdict.covered
            and _owned_may_rescue(term)
            and self._owned(query, hits, s, units, term, similarity)
        ):
            verdict = answered(verdict, config.min_confidence, OWNED_REASON)
        if verdict.covered and _bare_kind(query, term, hits, coverage.language):
            verdict = refused(verdict, config.min_confidence, KIND_REASON)
        if verdict.covered and name_in_description(query, term, hits):
            verdict = refused(verdict, config.min_confidence, NAMED_REASON)
        if verdict.covered and _headless(query, term, hits, coverage.language):
            verdict = refused(verdict, config.min_confidence, HEADLESS_REASON)
        if verdict.covered and term.described and self._head_other(query, hits, similarity):
            verdict = refused(verdict, config.min_confidence, HEAD_OTHER_REASON)
        if (
            verdict.covered
            and (term.described or key_term_read(term))
            and one_word_refuses(
                query, hits, s, similarity, frame, self.words, self.entries, self.position
            )
        ):
            verdict = refused(verdict, config.min_confidence, ONE_WORD_REASON)
        if not verdict.covered and called_rescues(
            query, verdict.reason, self._first_unit(hits, s, units)
        ):
            verdict = answered(verdict, config.min_confidence, CALLED_REASON)
        if verdict.covered and term.in_passing and not term.generic and self._loose(query, s):
            # an everyday word found in passing names nothing an entry hardly related says
            verdict = refused(verdict, config.min_confidence, PASSING_REASON)
        if verdict.covered and name_left_open(query, term):
            verdict = refused(verdict, config.min_confidence, OPEN_REASON)
        if verdict.covered and named_rest_unsaid(query, [h.entry for h in hits], coverage.language):
            verdict = refused(verdict, config.min_confidence, NAMED_REST_REASON)
        if verdict.covered and self._called_rest(query, term, hits, coverage.language):
            verdict = refused(verdict, config.min_confidence, CALLED_REST_REASON)
        if verdict.covered and self._how_to(query, term, hits, coverage.language):
            verdict = refused(verdict, config.min_confidence, HOW_TO_REASON)
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
            # a rescued name's answer is the entry whose sentence the rescue found
            key_entries=(hits[0].id,) if verdict.reason == CALLED_REASON else term.named_entries,
            unit_similarity=None if s.unread else similarity,  # Signals.unread: words choose
        )

    @staticmethod
    def _called_rest(
        query: str, term: TermCoverage, hits: tuple[Hit, ...], language: str | None
    ) -> bool:
        """A found key term (title, text or said name) opening the description of a
        thing whose name the question asks, that its first hit does not say
        (coverage/called_rest.py; round 59 KN)."""
        return _found_specific(term, hits, _CALLED_REST_HOW) and called_rest_unsaid(
            query, term.key_term or "", [h.entry for h in hits], language
        )

    @staticmethod
    def _how_to(
        query: str, term: TermCoverage, hits: tuple[Hit, ...], language: str | None
    ) -> bool:
        """A how-to question a found key term answers whose first hits say neither the
        doing asked nor most of what it is done to (coverage/asked_how.py; round 60 NB)."""
        return _found_specific(term, hits, _HOW_TO_HOW) and how_to_unsaid(
            query, term.key_term or "", [h.entry for h in hits], language
        )

    def unit_similarity(self, s: Signals, units: UnitVectors | None) -> UnitSimilarity | None:
        """The question's cosine to any entry's answer unit (None: the index has none)."""
        if units is None or s.query is None:
            return None
        return UnitSimilarity(s.query, units, self.position)

    @cached_property
    def _ownership(self) -> Ownership:
        return Ownership.of(self.entries, self.title_groups.tolist())

    def _owned(
        self,
        query: str,
        hits: tuple[Hit, ...],
        s: Signals,
        units: UnitVectors | None,
        term: TermCoverage | None = None,
        sim: UnitSimilarity | None = None,
    ) -> bool:
        """judgement_owned.owned_rescues for the first hit (False without units)."""
        at = self.position(hits[0].id) if hits else None
        if at is None or units is None or (q := s.query) is None:
            return False

        def holds_closest_unit() -> bool:
            top, _ = unit_standout(q, units, self.entry_vectors, self.title_groups)
            return top >= 0 and self.title_groups[top] == self.title_groups[at]

        dense = self.phrases if s.dense_all else None
        said = (dense, sim, self.entry_vectors[at], lambda: self._best_dense(s).id)
        return owned_rescues(self._ownership, query, at, term, holds_closest_unit, said)

    def _first_unit(
        self, hits: tuple[Hit, ...], s: Signals, units: UnitVectors | None
    ) -> Callable[[], FirstUnit | None]:
        """How the first hit's answer units stand to the question (judgement_called.py)."""
        at = self.position(hits[0].id) if hits else None
        q, bar = s.query, self.calibration.unit_lenient
        if units is None or q is None or at is None or bar is None:
            return lambda: None
        return lambda: first_unit(q, units, self.entry_vectors, self.title_groups, at, bar)

    def _unit_unsaid(
        self,
        query: str,
        hits: tuple[Hit, ...],
        s: Signals,
        sim: UnitSimilarity,
        coverage: CoverageIndex,
        unsupported: int,
    ) -> bool:
        """judgement_unit_words.unit_words_unsaid: no unit rescue for a description with
        many rare words unsaid whose first hit and closest unit say next to none of it."""
        if not hits or not s.dense_all:
            return False
        best, language = self._best_dense(s), coverage.language
        return unit_words_unsaid(query, hits[0].entry, best, sim, language, unsupported)

    def _plain(self, query: str, s: Signals) -> bool:
        return described.plain(query, self.entries, s.dense_all)

    def _unsupported(
        self, query: str, s: Signals, hits: tuple[Hit, ...] = (), frame: Frame = frozenset()
    ) -> int:
        at = self.position(hits[0].id) if hits else None
        named, lexical = self._field_named, self.lexical  # its language: compounds' parts
        return described.unsupported(query, self.entries, s.dense_all, at, named, frame, lexical)

    @cached_property
    def _field_named(self) -> frozenset[str]:
        return seldom_field_words(self.entries)

    def _loose(self, query: str, s: Signals) -> bool:
        return described.loose(query, self.entries, s.dense_all, self.loose_cosine)
