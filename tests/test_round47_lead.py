"""Round 47, the lead: what the readers of the blind sets saw after the lanes merged."""

from __future__ import annotations

from rag_glossary.answer.citations import Registry
from rag_glossary.answer.pieces import Statement
from rag_glossary.answer.rendering import render

_LIQUIDATION = "forex-glossary#liquidation----斩仓"
_LIQUIDITY = "forex-glossary#liquidity---流通性"


def test_a_chinese_full_stop_ends_a_sentence_before_its_marker() -> None:
    # the forex reader saw "强制性执行平仓交易。.[1]": an English stop added after "。"
    said = [Statement("强制性执行平仓交易。", (_LIQUIDATION,))]
    assert render(said, Registry(())) == "强制性执行平仓交易。[1]"


def test_chinese_sentences_of_two_entries_each_end_once() -> None:
    said = [
        Statement("强制性执行平仓交易", (_LIQUIDATION,)),
        Statement("市场能接受大型交易而不会对价格产生任何冲击的能力。", (_LIQUIDITY,)),
    ]
    text = render(said, Registry(()))
    # a Chinese sentence without its own stop gets "。", none is doubled
    assert text == "强制性执行平仓交易。[1]\n市场能接受大型交易而不会对价格产生任何冲击的能力。[2]"
