"""Static checks of eval/corpora/forex-glossary/questions.jsonl (blind, round 47).

Run from the worktree root: ``python eval/check_forex-glossary.py`` (``--by-hand`` checks
against this script's own reading of the file instead of ``rag-glossary show``). It never
searches or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` and
that no negative's key term is in the glossary.

The glossary is one Markdown file in **Chinese** (``forex-glossary.md``, Snger/reading-notes's
``Domain-DDD/finance/financial-glossary.md``, FX / margin-trading dealing terms, no licence
stated): 53 ``## English Term - 中文术语`` headings (the last two English only) over numbered
``1.`` definition lines in Simplified Chinese, CRLF line endings. The questions are in Chinese.

Chinese has no spaces between words, so ``heldout_checks``'s whole-word grep (``\\b``) misses
a Chinese key term inside a Chinese sentence: every negative's Chinese terms are also checked
here as plain substrings of the file (English terms keep the whole-word check).
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan

FOLDER = ROOT / "eval" / "corpora" / "forex-glossary"
GLOSSARY = FOLDER / "forex-glossary.md"
N = "forex-glossary-"
# The key term(s) of each negative, lower case, Chinese and English forms: none may occur in
# the glossary file (Chinese ones as substrings, English ones as whole words).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary
    f"{N}023": ["杠杆", "倍数", "leverage", "leveraged", "gearing"],  # Margin, Initial Margin
    f"{N}024": ["佣金", "手续费", "每手", "commission", "commissions"],  # Transaction Cost, Spread
    f"{N}025": [
        "货币对",
        "基础货币",
        "基准货币",
        "报价货币",
        "currency pair",
        "base currency",
        "quote currency",
    ],  # Two-Way Price
    f"{N}026": ["跳空", "缺口", "gap", "gaps"],  # Volatility, Overnight
    f"{N}027": ["均线", "移动平均", "平均线", "moving average", "ma"],  # Support, Resistance, PSY
    f"{N}028": ["穿仓", "负余额", "倒欠", "爆仓", "negative balance"],  # Liquidation, Margin Call
    f"{N}029": ["滑点", "滑价", "slippage", "requote"],  # Market Order, Spread
    f"{N}030": ["非农", "就业", "失业", "nonfarm", "non-farm", "nfp", "payrolls"],  # PPI
    f"{N}031": ["锁仓", "对冲", "hedge", "hedging", "lock"],  # Offsetting Transaction, Swap
    # named; several share a word with a title: 追踪止损 (止价盘), 远期合约 (溢价's 远期价格),
    # 风险价值 (风险, 市场风险, 政治风险, 风险管理), 现货黄金 (现货价, 现货市场), 市场深度
    # (市场风险, 现货市场), 隐含波动率 (波动性), 掉期点 (掉期), MACD指标 (心理线指标)
    f"{N}032": ["追踪止损", "移动止损", "跟踪止损", "trailing", "trailing stop"],
    f"{N}033": ["交叉盘", "交叉汇率", "cross rate", "cross rates", "crosses"],
    f"{N}034": ["远期合约", "远期外汇", "forward contract", "forwards", "forward"],
    f"{N}035": ["风险价值", "在险价值", "var", "value at risk"],
    f"{N}036": ["黄金", "贵金属", "gold", "xau"],
    f"{N}037": ["市场深度", "深度", "订单簿", "market depth", "depth", "order book"],
    f"{N}038": ["隐含波动率", "隐含", "implied volatility", "implied"],
    f"{N}039": ["掉期点", "远期点", "掉期点数", "swap point", "swap points", "forward points"],
    f"{N}040": ["macd", "金叉", "死叉", "指数平滑", "异同移动"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)
CJK = re.compile(r"[\u3400-\u9fff]")


def chinese_substring_errors() -> list[str]:
    text = GLOSSARY.read_text(encoding="utf-8").lower()
    return [
        f"{rid}: '{t}' is in the glossary (substring)"
        for rid, terms in NEGATIVE_TERMS.items()
        for t in terms
        if CJK.search(t) and t in text
    ]


def hand_entries() -> dict[str, str]:
    """One entry per ``## `` heading: id from the parser's ids in file order (53 headings,
    53 ids), text = heading + following lines."""
    ids = [str(e["id"]) for e in heldout_checks.cli("entries", corpus=FOLDER)]
    blocks = re.split(r"(?m)^## ", GLOSSARY.read_text(encoding="utf-8"))[1:]
    assert len(blocks) == len(ids) == 53, (len(blocks), len(ids))
    return {i: flat(b) for i, b in zip(ids, blocks, strict=True)}


def by_hand() -> int:
    return heldout_checks.run_by_hand(PLAN, hand_entries(), GLOSSARY, "## headings by hand")


if __name__ == "__main__":
    errors = chinese_substring_errors()
    print("\n".join(errors) or "OK: no negative's Chinese key term is a substring of the glossary")
    sys.exit(heldout_checks.main(PLAN, by_hand) or (1 if errors else 0))
