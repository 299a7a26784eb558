"""Round 23 post-fix, second part, lane P (described questions: answer or refuse on rare-word
support; the blind land, climate and tdd sets are now design sets). No library rule changed:
leaving each set out, no veto on rare-word support refuses 3 negatives per answerable
question, and the rescue meets the bar only at its edge, on five questions of older sets
(README, "How coverage is decided", round 23 post-fix second part, lane P).

What is kept is the experiment, eval/rare_support_features.py and eval/rare_support_loso.py.
These tests pin its weighting and the diagnosis the README gives for the tdd set: the refused
Refactor paraphrase says the entry's idea in other words, so its rare-word support is 0 while
a neighbour's is not.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

import pytest
from helpers import ROOT
from shared_index import shared_index

from rag_glossary import Retriever

sys.path.insert(0, str(ROOT / "eval"))

import rare_support_features as rsf
import why_refused

T = "tdd-glossary#"
REFACTOR_Q = (
    "so my pr got rejected because i rewrote half the class in one go. my senior says i "
    "should clean up the structure in tiny steps and the program has to do exactly the same "
    "thing before and after. whats the word for that"
)


def test_a_stem_in_more_than_half_the_entries_weighs_nothing() -> None:
    df = Counter({"test": 6, "spy": 1})
    w = rsf.weights("the test spy zebra", df, 10)
    assert w["test"] == 0.0
    assert w["zebr"] > w["spy"] > 0.0  # a word no entry has weighs most


def test_share_is_weighted_by_rarity() -> None:
    weight = {"test": 0.0, "spy": 2.0, "reco": 1.0}
    assert rsf.share(weight, {"spy"}) == pytest.approx(2 / 3)
    assert rsf.share(weight, {"test", "reco"}) == pytest.approx(1 / 3)
    assert rsf.share({}, set()) == 1.0


@pytest.fixture(scope="module")
def tdd(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("tdd-glossary", tmp_path_factory))


def test_refactor_paraphrase_has_no_rare_word_support(tdd: Retriever) -> None:
    row: dict[str, Any]
    row, result = why_refused.judged(tdd, REFACTOR_Q, rsf.rare_capture)
    assert not result.covered
    assert result.hits[0].id == T + "refactor"
    assert row["rare_hits"][0] == 0.0  # "tiny steps, same thing" vs "small transformations"
    assert max(row["rare_hits"]) > 0.0  # a neighbour shares some rare word
