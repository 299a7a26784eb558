"""Round 47 follow-up FZ: Chinese key terms read off the forex glossary (eval/corpora/
forex-glossary, "English - 中文" titles).

Spoken asking words ("干嘛", "是个啥") are cut from a question's pieces; a piece that is an
entry's name and one character more ("掉期点") is another term, as is a name with a word
beside it when the question names it by a Latin abbreviation the glossary lacks
("风险价值VaR"); two characters of a three-character piece are no find in the text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage.cjk_terms import cjk_pieces, where_written
from rag_glossary.coverage.lookup import CoverageIndex
from rag_glossary.parsing.dialects import parse_file

FOREX = Path(__file__).parent.parent / "eval" / "corpora" / "forex-glossary" / "forex-glossary.md"


@pytest.fixture(scope="module")
def forex() -> CoverageIndex:
    return CoverageIndex(parse_file(FOREX))


def test_spoken_asking_words_leave_the_name() -> None:
    assert cjk_pieces("止价盘是用来干嘛的 什么时候触发")[0] == "止价盘"
    assert cjk_pieces("到底过夜利息是个啥") == ["到底过夜利息"]
    assert cjk_pieces("otc交易啥意思")[0] == "otc交易"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("止价盘是用来干嘛的 什么时候触发", "forex-glossary#stop-order---止价盘"),
        ("累积派发指标公式怎么算", "forex-glossary#accumulationdistribution-ad---累积派发指标"),
        ("什么是斩仓", "forex-glossary#liquidation----斩仓"),
        ("OCO订单是什么", "forex-glossary#one-cancels-the-other-order-oco---自动替代订单"),
        ("psy高于50%说明什么", "forex-glossary#psychological-line---心理线指标"),
    ],
)
def test_a_name_asked_is_found(forex: CoverageIndex, question: str, entry: str) -> None:
    found = forex.check(question)
    assert found.found and entry in found.entry_ids


@pytest.mark.parametrize(
    ("question", "term"),
    [("掉期点怎么计算", "掉期点"), ("风险价值VaR怎么算", "风险价值")],
)
def test_a_term_built_on_a_name_is_lacked(forex: CoverageIndex, question: str, term: str) -> None:
    lacked = forex.check(question)
    assert lacked.found is False and lacked.key_term == term


def test_two_of_three_characters_written_is_no_find(forex: CoverageIndex) -> None:
    # "掉期" is written (a title), "掉期点" nowhere
    assert where_written("掉期点", forex.entries, []) is None
    assert where_written("高于", forex.entries, []) is not None
