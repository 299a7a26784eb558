"""Static checks of eval/corpora/invest-glossary/questions.jsonl (blind, round 27).

Run from the worktree root: ``python eval/check_invest-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``invest-glossary.md``, MasteryEducation/
SecuritiesExamsMastery.com's ``content/1/18/index.md``, a Hugo page: YAML front matter,
``### A`` letter headings, ``**Term:**`` lines with a hard line break, then a quiz), whose
suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "invest-glossary"
N = "invest-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Broker / Bid Price, Broker, Index Fund,
    # Dividend, Return on Investment / Market Capitalization, Yield / Treasury Bond / Interest
    # Rate, Federal Reserve / Quantitative Easing / GDP, Bond / Interest Rate / Coupon Rate,
    # Asset Allocation / Portfolio) is in the glossary
    f"{N}023": [
        "short selling",
        "short sale",
        "short sell",
        "shorting",
        "short seller",
        "sell short",
    ],
    f"{N}024": [
        "stop-loss",
        "stop loss",
        "stop order",
        "stop-limit",
        "limit order",
        "trailing stop",
    ],
    f"{N}025": [
        "dollar-cost averaging",
        "dollar cost averaging",
        "dollar-cost",
        "dca",
        "averaging",
    ],
    f"{N}026": ["dividend reinvestment", "reinvestment", "reinvest", "drip"],
    f"{N}027": [
        "p/e",
        "pe ratio",
        "price-to-earnings",
        "price to earnings",
        "earnings per share",
        "eps",
    ],
    f"{N}028": ["yield curve", "inverted yield curve", "inverted", "recession"],
    f"{N}029": ["inflation", "purchasing power", "cpi", "consumer price index"],
    f"{N}030": ["duration", "interest rate risk", "convexity"],
    f"{N}031": ["rebalance", "rebalancing", "rebalanced"],
    # named; sharing a word with a title: municipal bond (Bond, Junk Bond, Treasury Bond ...),
    # market order (Bear Market, Auction Market), value stock (Growth Stock, Common Stock),
    # target date fund (Mutual Fund, Index Fund, Load Fund), roth ira (none), credit default
    # swap (Credit Rating), efficient market hypothesis (Auction Market, Bear Market), sharpe
    # ratio (Expense Ratio), secondary offering (Initial Public Offering)
    f"{N}032": ["municipal bond", "municipal", "muni", "munis"],
    f"{N}033": ["market order", "market orders", "limit order"],
    f"{N}034": ["value stock", "value stocks", "value investing", "undervalued"],
    f"{N}035": ["target date", "target-date", "lifecycle fund", "glide path"],
    f"{N}036": ["roth", "ira", "individual retirement account", "401k", "401(k)"],
    f"{N}037": ["credit default swap", "cds", "swap", "swaps"],
    f"{N}038": ["efficient market", "efficient market hypothesis", "emh", "efficient markets"],
    f"{N}039": ["sharpe", "sharpe ratio", "risk-adjusted", "risk adjusted"],
    f"{N}040": ["secondary offering", "follow-on offering", "follow-on", "secondary"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
