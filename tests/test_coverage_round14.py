"""Round 14: the unit second opinion weighs the rare question words its entry lacks."""

from __future__ import annotations

import math

from helpers import FakeEncoder, make_entry

from rag_glossary.coverage.unit_decision import UnitFeatures, load_decision, unit_features
from rag_glossary.retrieval import Retriever


def test_shipped_veto_weighs_rare_words_the_best_entry_lacks() -> None:
    shipped = load_decision()
    # a middling unit match is kept when the entry has the question's rare words ...
    assert shipped.revise(True, UnitFeatures(0.3, 0.45, 0.5, 0.0)) is True
    # ... and refused when three of them are nowhere in it
    assert shipped.revise(True, UnitFeatures(0.3, 0.45, 0.5, math.log1p(3))) is False
    # a near-copy sentence is kept whatever words it lacks
    assert shipped.revise(True, UnitFeatures(0.7, 0.45, 0.5, math.log1p(3))) is True


def test_rare_missing_feature_is_the_log_count(fake_encoder: FakeEncoder) -> None:
    entries = [make_entry("g", "a", "A", "Alpha is the first letter of the alphabet.")]
    retriever = Retriever.from_entries(entries, fake_encoder)
    similarity = retriever.retrieve("first letter").unit_similarity
    assert similarity is not None
    features = unit_features(entries, {0: 0.7}, similarity, 1.0, unsupported=2)
    assert features is not None and features.rare_missing == math.log1p(2)
    default = unit_features(entries, {0: 0.7}, similarity, 1.0)
    assert default is not None and default.rare_missing == 0.0
