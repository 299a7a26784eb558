"""A found name the question leaves open on a preposition (judgement_open.py, round 39 lane N)."""

from __future__ import annotations

import pytest
from shared_index import shared_index

from rag_glossary import Retriever
from rag_glossary.coverage import TermCoverage
from rag_glossary.judgement import OPEN_REASON
from rag_glossary.judgement_open import name_left_open

SOFTBALL = "softball-glossary"


def _found(term: str) -> TermCoverage:
    return TermCoverage(term, True, "title", ("x#y",), True)


def test_only_the_bare_name_and_one_preposition() -> None:
    assert name_left_open("batting average against", _found("batting average"))
    assert not name_left_open("batting average", _found("batting average"))
    assert not name_left_open("what is a framing square for", _found("framing square"))
    assert not name_left_open("thermal noise in resistors", _found("thermal noise"))
    missing = TermCoverage("batting average", False, "", (), True)
    assert not name_left_open("batting average against", missing)


@pytest.fixture(scope="module")
def softball(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index(SOFTBALL, tmp_path_factory))


def test_a_longer_stat_name_is_not_its_head(softball: Retriever) -> None:
    # the glossary has Batting Average but not Batting Average Against (softball-032)
    result = softball.retrieve("batting average against", 5)
    assert not result.covered and result.reason == OPEN_REASON
    assert softball.retrieve("batting average", 5).covered
