"""Round 22 post-fix, lane F (false refusals with the right entry ranked first; the blind
writing- and moth-glossary sets are now design sets). No library rule changed: every
candidate answered as many negatives as answerable questions or more (README, "How
coverage is decided", round 22 post-fix lane F). What is kept is the diagnostic,
eval/why_refused.py, which replays CoverageJudge.result step by step and names the rule
that refused a question, and eval/refusal_sim.py, which replays the verdicts offline.

These tests pin the diagnostic's fidelity (its replay agrees with the retriever) and the
diagnosis the README gives for the writing set's refusals.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers import ROOT
from shared_index import shared_index

from rag_glossary import Retriever

sys.path.insert(0, str(ROOT / "eval"))

import refusal_features
import refusal_sim
import why_refused

W = "writing-glossary#"
JUSTIFY_Q = "stretching a line of text so it fills the whole width between the margins"
NORMALISE_Q = (
    "converting unicode strings so that two that look identical but use different code "
    "point sequences can be compared byte for byte"
)

# round 22 post-fix lane X: a setting that names the entry; the first two are refused
SETTING_QS = (
    "in an mdp whats the number between 0 and 1 that makes rewards far in the future "
    "count less than rewards you get right now",
    "in mcmc how many of the first samples should i throw away before the chain has settled down",
    "in an mdp what does the agent try to maximize",
)


@pytest.fixture(scope="module")
def writing(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("writing-glossary", tmp_path_factory))


def test_the_diagnostic_names_the_rule_that_refused(writing: Retriever) -> None:
    # three inflected everyday words ("stretching", "fills", "margins") are rare to the
    # word list, so the specific-words margin lifts the bar over a clear standout
    row = why_refused.explain(writing, JUSTIFY_Q)
    assert row["hits"][0] == W + "justification"
    assert not row["covered"]
    assert row["unsupported"] == 3
    assert row["refused_by"] == "standout under the lenient+specific bar"
    assert row["z"] > row["lenient"]
    # the right entry is second; the dense best is a neighbour, under the lenient bar
    row = why_refused.explain(writing, NORMALISE_Q)
    assert W + "normalisation" in row["hits"][:2]
    assert row["refused_by"] == "standout under the lenient bar"
    assert row["dense_top"][0][0] != W + "normalisation"


def test_the_diagnostic_agrees_with_the_retriever(writing: Retriever) -> None:
    for question in (JUSTIFY_Q, NORMALISE_Q, "what is an abugida", "kinsoku rules?"):
        row = why_refused.explain(writing, question)
        if row["route"] in ("described", "missing") and "phrase" not in row:
            assert row["after_unit"][0] == row["covered"]
        assert (row["refused_by"] is None) == row["covered"]


def test_the_replay_agrees_with_the_retriever(writing: Retriever, real_index: Path) -> None:
    # the offline replay must reproduce today's verdict, or its flip counts mean nothing;
    # the setting questions reach the setting branch of the phrase rule (lane X)
    shipped = Retriever.load(real_index)
    cases = [(writing, q) for q in (JUSTIFY_Q, NORMALISE_Q, "what is an abugida")]
    cases += [(shipped, q) for q in SETTING_QS]
    judged = 0
    for retriever, question in cases:
        row = refusal_features.features(retriever, question)
        if row["route"] in ("found", "none"):
            continue
        judged += 1
        assert refusal_sim.covered(row) == row["covered"], question
    assert judged >= 4


def test_an_inflection_of_an_everyday_word_is_everyday_to_the_experiment() -> None:
    for word in ("fills", "margins", "stretching", "converting", "stretches", "fixes"):
        assert refusal_sim.inflected(word), word
        assert not refusal_sim.shipped(word), word
    for word in ("moths", "frons", "byte"):
        assert not refusal_sim.inflected(word), word


def _row(z: float, lacked: list[str]) -> dict[str, object]:
    return {
        "set": "s",
        "route": "described",
        "described": True,
        "other_name": False,
        "sibling": False,
        "loose": False,
        "z": z,
        "cal": [2.0, 2.5, None, 8.0],
        "lacked3": lacked,
        "lacked1": lacked,
    }


def test_the_replay_raises_the_bar_for_three_specific_words() -> None:
    specific = ["stretching", "fills", "margins"]
    assert refusal_sim.covered(_row(3.5, []))
    assert not refusal_sim.covered(_row(3.5, specific))
    assert refusal_sim.covered(
        _row(3.5, specific), refusal_sim.Rule(specific_words=refusal_sim.inflected)
    )
