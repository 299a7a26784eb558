"""evaluation.py's metrics on small cases computed by hand (issue 14)."""

from __future__ import annotations

import math

import pytest

from rag_glossary.evaluation import ConfigResult, Question, question_metrics


def test_first_place_scores_one_everywhere() -> None:
    m = question_metrics(["a", "x"], ["a"], covered=True)
    assert m == {
        "hit@1": 1.0,
        "hit@5": 1.0,
        "recall@5": 1.0,
        "mrr@10": 1.0,
        "ndcg@10": 1.0,
        "false_abstain": 0.0,
    }


def test_two_relevant_at_ranks_two_and_four() -> None:
    m = question_metrics(["x", "a", "y", "b"], ["a", "b"], covered=True)
    assert m["hit@1"] == 0.0
    assert m["hit@5"] == 1.0
    assert m["recall@5"] == 1.0
    assert m["mrr@10"] == 0.5
    # DCG 1/log2(3) + 1/log2(5) = 1.0616; ideal 1 + 1/log2(3) = 1.6309.
    assert m["ndcg@10"] == pytest.approx(0.650920, abs=1e-6)
    assert m["ndcg@10"] == pytest.approx(
        (1 / math.log2(3) + 1 / math.log2(5)) / (1 + 1 / math.log2(3))
    )


def test_recall_at_five_counts_only_the_top_five() -> None:
    ranked = ["x1", "x2", "a", "x3", "x4", "x5", "b"]
    m = question_metrics(ranked, ["a", "b", "c"], covered=True)
    assert m["recall@5"] == pytest.approx(1 / 3)
    assert m["hit@5"] == 1.0
    assert m["mrr@10"] == pytest.approx(1 / 3)
    # DCG 1/2 + 1/3 (ranks 3 and 7); ideal 1 + 1/log2(3) + 1/2 (three relevant).
    assert m["ndcg@10"] == pytest.approx(0.391066, abs=1e-6)


def test_a_hit_below_rank_ten_counts_for_nothing() -> None:
    ranked = [f"x{i}" for i in range(10)] + ["a"]
    m = question_metrics(ranked, ["a"], covered=False)
    assert m == {
        "hit@1": 0.0,
        "hit@5": 0.0,
        "recall@5": 0.0,
        "mrr@10": 0.0,
        "ndcg@10": 0.0,
        "false_abstain": 1.0,
    }


def test_ideal_dcg_is_capped_at_ten_relevant() -> None:
    relevant = [f"r{i}" for i in range(12)]
    m = question_metrics(relevant[:10], relevant, covered=True)
    assert m["ndcg@10"] == pytest.approx(1.0)
    assert m["recall@5"] == pytest.approx(5 / 12)


def test_aggregate_averages_positives_and_negatives_apart() -> None:
    pos1 = Question("p1", "q", ("a",), "term")
    pos2 = Question("p2", "q", ("a",), "alias")
    neg = Question("n1", "q", (), "negative")
    result = ConfigResult("default")
    result.rows = [
        (pos1, question_metrics(["a"], ["a"], covered=True)),
        (pos2, question_metrics(["x", "a"], ["a"], covered=False)),
        (neg, {"abstain": 1.0}),
    ]
    overall = result.overall()
    assert overall["n"] == 3
    assert overall["hit@1"] == 0.5
    assert overall["mrr@10"] == 0.75
    assert overall["ndcg@10"] == round((1 + 1 / math.log2(3)) / 2, 4)
    assert overall["false_abstain"] == 0.5
    assert overall["abstain"] == 1.0
    assert result.by_kind()["alias"]["hit@1"] == 0.0
