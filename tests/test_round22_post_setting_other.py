"""Round 22 post-fix, lane R: a setting the glossary names, answered from another entry.

Lane X (README, "How coverage is decided", round 22 post-fix) made the phrase rule judge
only what is asked in a question's setting when that setting names the answering entry
(``PhraseRule.setting_cut``). "in pandas how do i keep only the rows of the left dataframe
that have no match ..." names a setting the glossary knows too, but was answered from a
neighbour (missingness) that says nothing of what is asked. The branch now holds whenever
the glossary names the setting, whichever entry answers (judgement.asked_in_named_setting).

The offline replay (eval/refusal_sim.py) did not know the branch and disagreed with the
retriever on the negatives it refuses; the features now carry ``asked_in_setting`` /
``setting_weakest`` and the replay reads them. The blind holdout sets these questions
come from are design sets now.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers import ROOT

from rag_glossary import Retriever
from rag_glossary.coverage.phrase_support import PACKAGED_RULE

sys.path.insert(0, str(ROOT / "eval"))

import refusal_features
import refusal_sim

DISCOUNT_Q = (
    "in an mdp whats the number between 0 and 1 that makes rewards far in the future "
    "count less than rewards you get right now"
)
MAXIMIZE_Q = "in an mdp what does the agent try to maximize"
ANTI_JOIN_Q = (
    "in pandas how do i keep only the rows of the left dataframe that have no match at all "
    "in the right one"
)
NASH_Q = (
    "in a game with several players, whats the name for the point where each players "
    "strategy is already the best reply to what everyone else does, so nobody gains by "
    "changing on their own"
)
PARAMS_Q = "in a neural net whats a parameter vs whats a hyperparameter, give an example of each"
CUT = PACKAGED_RULE.setting_cut or 0.0


def _row(**extra: object) -> dict[str, object]:
    # a clear standout over the bars, a well supported answer by the round 21 rule
    return {
        "route": "described",
        "described": True,
        "other_name": False,
        "sibling": False,
        "loose": False,
        "z": 6.0,
        "cal": [2.0, 2.5, None, 8.0],
        "lacked3": [],
        "lacked1": [],
        "weakest": 0.6,
        **extra,
    }


def test_the_setting_support_alone_decides_when_the_setting_names_the_entry() -> None:
    assert refusal_sim.covered(_row())
    assert refusal_sim.covered(_row(asked_in_setting=None))
    assert not refusal_sim.covered(_row(asked_in_setting="whats x", setting_weakest=CUT - 0.01))
    assert refusal_sim.covered(_row(asked_in_setting="whats x", setting_weakest=CUT + 0.01))
    # at any standout, and whatever the whole question's support
    assert not refusal_sim.covered(
        _row(z=20.0, weakest=0.9, asked_in_setting="whats x", setting_weakest=0.1)
    )
    # no windows to judge in the setting: not refused, the round 21 rule is not consulted
    assert refusal_sim.covered(_row(weakest=0.0, asked_in_setting="x", setting_weakest=None))


@pytest.fixture(scope="module")
def shipped(real_index: Path) -> Retriever:
    return Retriever.load(real_index)


def test_the_features_carry_the_setting_branch(shipped: Retriever) -> None:
    refused = refusal_features.features(shipped, DISCOUNT_Q)
    assert refused["asked_in_setting"].startswith("whats the number")
    assert refused["setting_weakest"] < CUT
    assert not refused["covered"]
    assert not refusal_sim.covered(refused)
    answered = refusal_features.features(shipped, MAXIMIZE_Q)
    assert answered["setting_weakest"] >= CUT
    assert answered["covered"] and refusal_sim.covered(answered)


def test_the_replay_without_the_branch_would_disagree(shipped: Retriever) -> None:
    # what the replay did before this lane: the whole question's support, not what is asked
    row = refusal_features.features(shipped, DISCOUNT_Q)
    del row["asked_in_setting"], row["setting_weakest"]
    assert refusal_sim.covered(row) != row["covered"]


@pytest.mark.parametrize("question", [ANTI_JOIN_Q, NASH_Q])
def test_a_named_setting_answered_by_a_neighbour_is_refused(
    shipped: Retriever, question: str
) -> None:
    result = shipped.retrieve(question)
    assert not result.covered
    row = refusal_features.features(shipped, question)
    assert row["asked_in_setting"] is not None and row["setting_weakest"] < CUT
    assert not refusal_sim.covered(row)


def test_what_another_entry_says_in_a_named_setting_is_answered(shipped: Retriever) -> None:
    result = shipped.retrieve(PARAMS_Q)
    assert result.covered
    assert "parameters-vs-hyperparameters" in result.hits[0].id
