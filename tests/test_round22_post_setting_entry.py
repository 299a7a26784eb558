"""Round 22 post-fix, lane X: a question answered by the entry of its own setting.

"in an mdp whats the number between 0 and 1 that makes rewards far in the future count
less ..." names its setting (MDP) and asks about something in it. The setting's entry
stands out and its best answer unit is close to the question, so the phrase rule (round
21) saw a well supported answer. When the setting names the answering entry, only the
weakest support of what is asked there decides (coverage/phrase_support.py,
``PhraseRule.setting_cut``; README, "How coverage is decided"). The blind holdout sets
these questions come from are design sets now.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary import Retriever
from rag_glossary.coverage.phrase_support import PACKAGED_RULE, PhraseRule
from rag_glossary.coverage.scaffolding import setting_of, strip_scaffolding

DISCOUNT_Q = (
    "in an mdp whats the number between 0 and 1 that makes rewards far in the future "
    "count less than rewards you get right now"
)
BURN_IN_Q = (
    "in mcmc how many of the first samples should i throw away before the chain has settled down"
)
MAXIMIZE_Q = "in an mdp what does the agent try to maximize"


def test_a_setting_is_split_from_what_is_asked_there() -> None:
    assert setting_of(MAXIMIZE_Q) == ("an mdp", "what does the agent try to maximize")
    assert setting_of("for transformers, how does attention scale")[0] == "transformers"
    # the setting is still stripped as scaffolding, as before
    assert strip_scaffolding(MAXIMIZE_Q) == "agent try to maximize"


def test_the_sides_of_a_difference_are_no_setting() -> None:
    assert setting_of("on-policy vs off-policy monte carlo control, whats the difference") is None
    assert setting_of("what does the agent try to maximize") is None


def test_only_the_packaged_rule_has_a_setting_cut() -> None:
    assert PACKAGED_RULE.setting_cut is not None
    assert PhraseRule(cut=0.46).setting_cut is None


@pytest.fixture(scope="module")
def shipped(real_index: Path) -> Retriever:
    return Retriever.load(real_index)


@pytest.mark.parametrize("question", [DISCOUNT_Q, BURN_IN_Q])
def test_what_the_setting_entry_leaves_unsaid_is_refused(shipped: Retriever, question: str) -> None:
    result = shipped.retrieve(question)
    assert not result.covered


def test_what_the_setting_entry_says_is_answered(shipped: Retriever) -> None:
    result = shipped.retrieve(MAXIMIZE_Q)
    assert result.covered
    assert "markov-decision-process" in result.hits[0].id
