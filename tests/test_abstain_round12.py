"""Round 12: the unit-level second opinion on "covered" (coverage/unit_decision.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import ROOT, FakeEncoder, make_entry
from shared_index import shared_index

from rag_glossary.coverage import Verdict
from rag_glossary.coverage.unit_decision import (
    DECISION_FILE,
    Logistic,
    UnitDecision,
    UnitFeatures,
    load_decision,
    unit_decision_for,
    unit_features,
)
from rag_glossary.embedding.spec import DEFAULT_MODEL_ID
from rag_glossary.retrieval import Retriever

EO_GLOSSARY = ROOT / "eval" / "corpora" / "eo-glossary"

DECISION = UnitDecision(
    "m",
    veto=Logistic((("best_unit", 10.0),), bias=-3.0, cut=0.0),  # refuse below 0.3
    rescue=Logistic((("best_unit", 10.0), ("standout_margin", 1.0)), bias=-7.0, cut=0.0),
)


def test_veto_refuses_a_covered_question_without_a_close_unit() -> None:
    assert DECISION.revise(True, UnitFeatures(0.2, 0.6, 3.0)) is False
    assert DECISION.revise(True, UnitFeatures(0.4, 0.6, 3.0)) is True


def test_rescue_answers_a_refused_question_with_a_close_unit_unless_not_rescuable() -> None:
    close = UnitFeatures(0.8, 0.6, -0.5)
    assert DECISION.revise(False, close) is True
    assert DECISION.revise(False, close, rescuable=False) is False
    assert DECISION.revise(False, UnitFeatures(0.6, 0.6, -0.5)) is False


def test_second_opinion_keeps_or_flips_the_verdict_with_a_reason() -> None:
    kept = Verdict(True, 0.9, "best entry stands out")
    assert DECISION.second_opinion(kept, UnitFeatures(0.5, 0.6, 3.0), 0.5, True) is kept
    vetoed = DECISION.second_opinion(kept, UnitFeatures(0.1, 0.6, 3.0), 0.5, True)
    assert not vetoed.covered and vetoed.confidence < 0.5 and "unit" in vetoed.reason
    refused = Verdict(False, 0.2, "no entry stands out")
    rescued = DECISION.second_opinion(refused, UnitFeatures(0.9, 0.6, 0.0), 0.5, True)
    assert rescued.covered and rescued.confidence >= 0.5 and "unit" in rescued.reason


def test_shipped_decision_loads_and_only_for_the_packaged_model() -> None:
    shipped = load_decision()
    assert unit_decision_for(DEFAULT_MODEL_ID) is shipped
    assert unit_decision_for("BAAI/bge-small-en-v1.5") is None
    # no unit of the best entry near the question vetoes; a near-copy sentence never does
    assert shipped.revise(True, UnitFeatures(0.05, 0.45, 1.0)) is False
    assert shipped.revise(True, UnitFeatures(0.6, 0.45, 1.0)) is True
    assert shipped.revise(False, UnitFeatures(0.85, 0.7, -0.5)) is True
    assert shipped.revise(False, UnitFeatures(0.4, 0.4, -0.5)) is False


def test_unknown_feature_in_the_decision_file_is_rejected(tmp_path: Path) -> None:
    data = json.loads(DECISION_FILE.read_text(encoding="utf-8"))
    data["veto"]["weights"]["question_length"] = 1.0
    with pytest.raises(ValueError, match="question_length"):
        UnitDecision.from_dict(data)


@pytest.fixture(scope="module")
def eo_glossary(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index(EO_GLOSSARY, tmp_path_factory))


@pytest.mark.slow
def test_described_negative_answered_from_a_neighbour_is_refused(eo_glossary: Retriever) -> None:
    """Design set eo-glossary-045: no such entry; Segmentation stands out, none of its
    sentences says it."""
    result = eo_glossary.retrieve("can k means clustering group my pixels without labels")
    assert not result.covered
    assert "unit" in result.reason


@pytest.mark.slow
def test_description_naming_what_its_best_entry_lacks_is_refused(eo_glossary: Retriever) -> None:
    """Design set eo-glossary-029 (round 14): LiDAR is no entry; an entry on the same
    topic stands out, but no sentence of it is close and it never says "laser" or
    "echoes" (the rare words the refitted veto weighs)."""
    question = (
        "the method where a plane fires laser pulses at the ground and times the echoes "
        "to get tree heights"
    )
    result = eo_glossary.retrieve(question)
    assert not result.covered
    assert "unit" in result.reason


@pytest.mark.slow
def test_long_everyday_paraphrase_is_answered(eo_glossary: Retriever) -> None:
    """Design set eo-glossary-008: refused by the standout alone, one sentence of Solar
    Zenith Angle says it."""
    question = (
        "the angle between the point straight over your head and where the sun sits in "
        "the sky, what's that called"
    )
    result = eo_glossary.retrieve(question)
    assert result.covered
    assert "solar zenith" in result.hits[0].title.lower()


@pytest.mark.slow
def test_index_without_unit_vectors_keeps_todays_verdict(eo_glossary: Retriever) -> None:
    older = eo_glossary.with_config(eo_glossary.config)
    older.units = None
    result = older.retrieve("can k means clustering group my pixels without labels")
    assert result.covered  # the standout alone answers it: the second opinion needs units


def test_features_of_the_best_dense_entry(fake_encoder: FakeEncoder) -> None:
    entries = [
        make_entry("g", "a", "A", "Alpha is the first letter of the alphabet."),
        make_entry("g", "b", "B", ""),
        make_entry("g", "c", "C", "More at:\n- https://example.org/c"),
    ]
    retriever = Retriever.from_entries(entries, fake_encoder)
    similarity = retriever.retrieve("first letter").unit_similarity
    assert similarity is not None
    alpha = unit_features(entries, {0: 0.7, 1: 0.2}, similarity, 1.5)
    assert alpha is not None and alpha.best_chunk == 0.7 and alpha.standout_margin == 1.5
    assert alpha.best_unit == similarity.best(entries[0].id)
    stub = unit_features(entries, {1: 0.6}, similarity, 0.0)
    assert stub is not None and stub.best_unit == 0.0  # no text: nothing close to the question
    assert unit_features(entries, {2: 0.6}, similarity, 0.0) is None  # links only: no opinion
    assert unit_features(entries, {}, similarity, 0.0) is None
