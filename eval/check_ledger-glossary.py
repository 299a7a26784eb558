"""Static checks of eval/corpora/ledger-glossary/questions.jsonl (blind, round 23).

Run from the worktree root: ``python eval/check_ledger-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``ledger-glossary.md``, wylited/rustledger's
``spec/glossary.md``, plain-text double-entry accounting terms of the beancount format under
``###`` headings), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "ledger-glossary"
N = "ledger-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent accounting concepts whose neighbourhood (Cost, Cost Basis, Root Type's
    # Income / Expenses / Equity, Account, Lot, Price, Link's invoice example) is in the glossary
    f"{N}023": [
        "depreciation",
        "depreciate",
        "amortization",
        "amortisation",
        "useful life",
        "write-off",
        "write off",
    ],
    f"{N}024": [
        "accrual",
        "accruals",
        "accrued",
        "accrual basis",
        "cash basis",
        "revenue recognition",
        "earned",
    ],
    f"{N}025": ["trial balance", "debit", "debits", "credit", "credits"],
    f"{N}026": ["budget", "budgets", "budgeting", "envelope", "spend", "spending"],
    f"{N}027": ["wash sale", "wash", "disallowed", "loss", "losses"],
    f"{N}028": [
        "unrealized",
        "unrealised",
        "realized",
        "realised",
        "paper gain",
        "mark to market",
        "mark-to-market",
    ],
    f"{N}029": [
        "closing entries",
        "closing entry",
        "retained earnings",
        "year-end",
        "year end",
        "fiscal year",
        "close the books",
    ],
    f"{N}030": ["chart of accounts", "coa", "account codes"],
    f"{N}031": [
        "accounts receivable",
        "receivable",
        "receivables",
        "a/r",
        "debtors",
        "unpaid",
        "invoices",
    ],
    # named; sharing a word with a title: cost of goods sold (Cost), general ledger (Ledger),
    # balance sheet (Assertion (Balance Assertion)), operating expenses (Operating Currency),
    # currency hedging (Currency), inventory turnover (Inventory), transaction fee
    # (Transaction), weighted average cost of capital (Weight, Cost), consumer price index
    # (Price)
    f"{N}032": ["cost of goods sold", "cogs", "goods", "cost of sales"],
    f"{N}033": ["general ledger", "subledger", "sub-ledger", "gl", "journal"],
    f"{N}034": ["balance sheet", "statement of financial position", "statement"],
    f"{N}035": ["operating expenses", "operating expense", "opex", "overhead"],
    f"{N}036": ["hedging", "hedge", "hedges", "forex", "fx", "foreign exchange", "exchange rate"],
    f"{N}037": ["inventory turnover", "turnover", "stock turn"],
    f"{N}038": ["commission", "commissions", "fee", "fees", "brokerage", "transaction fee"],
    f"{N}039": ["weighted average cost of capital", "wacc", "cost of capital"],
    f"{N}040": ["consumer price index", "cpi", "inflation", "price index", "index"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
