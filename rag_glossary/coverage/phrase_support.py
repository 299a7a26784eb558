"""Does the answering entry support every part of a described question? (round 21)

A described question whose concept the glossary lacks is often answered from a
neighbour entry: the neighbour says the topic of the description but not one of its
distinctive parts ("the log where every change is written *before it is applied* so a
*crash* can be recovered" -> COMMIT). A true paraphrase's entry supports every part.

The question's content words (described_support.content_words, less the words that
only frame a description: "term", "called", "concept", ...) are cut into sliding
windows of three (``windows``; fewer than three words make one window). The windows
are embedded in ONE call of the retriever's own query encoder, and each window's
*support* is its best cosine to the answering entry (the first hit): to any of the
entry's answer units (unit_vectors.py) or to its whole-entry vector. A described
question judged covered is refused when

    best unit cosine of the best dense entry + mean support of its 2 weakest windows
        < ``PhraseRule.cut``  (and the standout is under ``PhraseRule.margin`` above its bar)

Measured in round 20 (eval/phrase_features.py, eval/phrase_loso.py; 47 sets: AUC 0.884
between answered negatives and right answers) and round 21 (50 sets, leave one set out:
the cut pair (0.46, 1.6) on 50 of 50 folds, 32 negatives refused for 6 answerable
questions; without the margin 37 for 11; see README "How coverage is decided").

The cut is a cosine of the packaged model (all-MiniLM-L6-v2): another model's cosines
live on another scale, so an index built with any other model gets no rule
(``phrase_rule_for``) until one is measured for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from rag_glossary.config import DEFAULT_EMBED_MODEL
from rag_glossary.coverage.described_support import content_words
from rag_glossary.embedding.spec import DEFAULT_MODEL_ID

Encode = Callable[[Sequence[str]], npt.NDArray[np.float32]]

WINDOW = 3  # content words per window
WEAKEST = 2  # the windows averaged for the weakest support
# words that frame a described question rather than describe it (no window's own word)
FRAME_WORDS = frozenset(
    {
        *("term", "terms", "name", "names", "called", "call", "whats", "thing", "things"),
        *("word", "concept", "idea", "kind", "type", "sort", "something", "someone"),
    }
)


def windows(question: str, size: int = WINDOW) -> list[str]:
    """The question's content words in sliding windows of ``size`` (all of them as one
    window when fewer; none when the question has no content word)."""
    words = [w for w in content_words(question) if w not in FRAME_WORDS]
    wins = [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)]
    return wins or ([" ".join(words)] if words else [])


@dataclass(frozen=True)
class PhraseRule:
    """The cut of one embedding model: refuse below ``cut`` of best unit cosine plus weakest
    window support, when the standout margin is under ``margin`` (None: at any margin)."""

    cut: float
    margin: float | None = None
    # a setting the glossary names ("in an mdp whats ..."): refuse when the answering
    # entry's weakest support of what is asked there is below this (None: no such rule)
    setting_cut: float | None = None

    def refuses(self, best_unit: float, weakest: float, standout_margin: float) -> bool:
        low = max(best_unit, 0.0) + weakest < self.cut
        return low and self.may_refuse(standout_margin)

    def may_refuse(self, standout_margin: float) -> bool:
        """Whether ``refuses`` may hold at this margin (False: no window need be encoded)."""
        return self.margin is None or standout_margin < self.margin


# all-MiniLM-L6-v2's cut, chosen leaving each set out (round 21); the margin is kept
# because without it the 5 more negatives refused cost 5 more answerable questions
# the setting cut is the midpoint between the weakest support of answerable questions and
# negatives answered in a setting the glossary names (round 22 post-fix, leave one set out)
PACKAGED_RULE = PhraseRule(cut=0.46, margin=1.6, setting_cut=0.31)


def phrase_rule_for(model_name: str) -> PhraseRule | None:
    """The rule measured for the index's embedding model, or None (no rule)."""
    packaged = {DEFAULT_EMBED_MODEL, DEFAULT_MODEL_ID, DEFAULT_MODEL_ID.split("/")[-1]}
    return PACKAGED_RULE if model_name in packaged else None


@dataclass(frozen=True)
class PhraseSupport:
    """The rule with the query encoder that embeds the windows."""

    rule: PhraseRule
    encode: Encode

    def weakest(
        self,
        question: str,
        unit_vectors: npt.NDArray[np.float32],
        entry_vector: npt.NDArray[np.float32],
    ) -> float | None:
        """Mean support of the question's ``WEAKEST`` least supported windows by one entry
        (its unit vectors and whole-entry vector); None when it has no window."""
        texts = windows(question)
        if not texts:
            return None
        vectors = np.asarray(self.encode(texts), dtype=np.float32)
        support = vectors @ np.asarray(entry_vector, dtype=np.float32)
        if len(unit_vectors):
            by_unit = np.asarray(unit_vectors, dtype=np.float32) @ vectors.T
            support = np.maximum(support, by_unit.max(axis=0))
        return float(np.sort(support)[:WEAKEST].mean())

    def leaves_unsaid(
        self,
        question: str,
        asked: str | None,
        unit_vectors: npt.NDArray[np.float32],
        entry_vector: npt.NDArray[np.float32],
        margin: float,
        best_unit: Callable[[], float],
    ) -> bool:
        """Whether one entry leaves a part of the question unsupported. ``asked``: what is
        asked in a setting the glossary names (judgement_terms.asked_in_named_setting):
        the standout and best unit owe to the setting (its own entry, or a neighbour
        sharing its words), so only how well the entry supports what is asked there tells.
        ``margin``: the standout over its bar; ``best_unit``: the best dense entry's
        closest unit's cosine."""
        if asked is not None and self.rule.setting_cut is not None:
            weakest = self.weakest(asked, unit_vectors, entry_vector)
            return weakest is not None and weakest < self.rule.setting_cut
        if not self.rule.may_refuse(margin):
            return False  # a clear standout: the windows are not encoded
        weakest = self.weakest(question, unit_vectors, entry_vector)
        return weakest is not None and self.rule.refuses(best_unit(), weakest, margin)
