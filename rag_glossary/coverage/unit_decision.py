"""A second opinion on "covered" from answer-unit similarity, learned and shipped as JSON.

The standout (calibration.py) compares whole entries. A described question the
glossary answers usually has one sentence or list item (answer.segment.units) of
its best entry that says nearly what it asks ("average squared distance of the
data points from the mean" -> a sentence of Variance); a description of a concept
the glossary lacks finds a neighbour entry on the same topic, none of whose
sentences says it ("multiplying two matrices entry by entry" -> a matrix entry).
The question's cosine to each unit comes from the build-time unit vectors
(unit_vectors.py): no encoding at query time.

Two small logistic models, fitted over every question the standout decides in
the design sets and checked leave-one-set-out (round 12: eval/unit_loso.py on 28
sets; round 14: eval/coverage_features.py + eval/coverage_loso.py on 34):

* ``veto``: a question judged covered is refused when its logit is below the cut
  (best unit cosine, standout minus its bar, and the log count of rare question
  words the best entry's text lacks);
* ``rescue``: a question judged not covered is answered when its logit is above
  the cut (best unit cosine, standout minus its bar); never a named term's
  sibling (coverage/lookup.py).

Each cut keeps a flip only where the design sets gave at least ``cost`` right
flips per wrong one. The cosines are the packaged model's (all-MiniLM-L6-v2);
another model's cosines live on another scale, so an index built with any other
model gets no second opinion (``unit_decision_for``) until one is fitted for it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rag_glossary.config import DEFAULT_EMBED_MODEL
from rag_glossary.coverage import Verdict
from rag_glossary.embedding.spec import DEFAULT_MODEL_ID

if TYPE_CHECKING:
    from rag_glossary.models import Entry
    from rag_glossary.unit_vectors import UnitSimilarity

DECISION_FILE = Path(__file__).resolve().parent.parent / "data" / "unit_decision.json"
FEATURES = ("best_unit", "best_chunk", "standout_margin", "rare_missing")


@dataclass(frozen=True)
class UnitFeatures:
    """What the second opinion looks at for one question.

    ``best_unit``: the question's best cosine to a unit of the best dense entry (0 when
    the entry has none); ``best_chunk``: its cosine to that entry's best chunk;
    ``standout_margin``: the standout minus the bar the question had to clear;
    ``rare_missing``: log(1 + the rare question words that entry's text lacks), see
    everyday.unsupported_rare (round 14: a description naming specific things its
    best entry never mentions describes something else).
    """

    best_unit: float
    best_chunk: float
    standout_margin: float
    rare_missing: float = 0.0

    def value(self, name: str) -> float:
        return float(getattr(self, name))


@dataclass(frozen=True)
class Logistic:
    """``sum(weights * features) + bias``, compared with ``cut``."""

    weights: tuple[tuple[str, float], ...]
    bias: float
    cut: float

    def logit(self, features: UnitFeatures) -> float:
        return sum(w * features.value(name) for name, w in self.weights) + self.bias

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Logistic:
        weights = tuple((str(k), float(v)) for k, v in data["weights"].items())
        unknown = [name for name, _ in weights if name not in FEATURES]
        if unknown:
            raise ValueError(f"unknown feature(s) {unknown}")
        return cls(weights, float(data["bias"]), float(data["cut"]))


@dataclass(frozen=True)
class UnitDecision:
    """The fitted veto and rescue of one embedding model."""

    model: str
    veto: Logistic
    rescue: Logistic

    def revise(self, covered: bool, features: UnitFeatures, rescuable: bool = True) -> bool:
        """The verdict after the second opinion (``rescuable`` False: never flipped to covered)."""
        if covered:
            return self.veto.logit(features) >= self.veto.cut
        return rescuable and self.rescue.logit(features) > self.rescue.cut

    def second_opinion(
        self, verdict: Verdict, features: UnitFeatures, threshold: float, rescuable: bool
    ) -> Verdict:
        """``verdict`` flipped when the veto or the rescue says so, with its reason."""
        covered = self.revise(verdict.covered, features, rescuable)
        if covered == verdict.covered:
            return verdict
        if covered:
            confidence = max(verdict.confidence, threshold)
            return Verdict(True, confidence, "one unit of the best entry matches the question")
        confidence = min(verdict.confidence, threshold - 0.01)
        return Verdict(False, confidence, "no unit of the best entry is close to the question")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UnitDecision:
        veto, rescue = Logistic.from_dict(data["veto"]), Logistic.from_dict(data["rescue"])
        return cls(str(data["model"]), veto, rescue)


@lru_cache(maxsize=4)
def load_decision(path: Path = DECISION_FILE) -> UnitDecision:
    """The shipped decision (a packaging error if it is missing or malformed)."""
    return UnitDecision.from_dict(json.loads(path.read_text(encoding="utf-8")))


def unit_decision_for(model_name: str) -> UnitDecision | None:
    """The decision fitted for the index's embedding model, or None (no second opinion)."""
    packaged = {DEFAULT_EMBED_MODEL, DEFAULT_MODEL_ID, DEFAULT_MODEL_ID.split("/")[-1]}
    return load_decision() if model_name in packaged else None


def unit_features(
    entries: Sequence[Entry],
    dense: Mapping[int, float],
    similarity: UnitSimilarity,
    margin: float,
    unsupported: int = 0,
) -> UnitFeatures | None:
    """The best dense entry's best unit and chunk cosines, with the standout's ``margin``
    and the count of rare question words the entry lacks (``unsupported``).

    None when that entry has text but no answer unit (links, code): nothing to judge.
    An entry without text has no unit close to anything (0).
    """
    if not dense:
        return None
    best = max(dense, key=dense.__getitem__)
    unit = similarity.best(entries[best].id)
    if unit is None and entries[best].body.strip():
        return None
    return UnitFeatures(unit or 0.0, dense[best], margin, math.log1p(unsupported))
