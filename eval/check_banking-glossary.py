"""Static checks of eval/corpora/banking-glossary/questions.jsonl (blind, round 23).

Run from the worktree root: ``python eval/check_banking-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``banking-glossary.md``, Grafton-Atlantic-Engineering/
documents' ``banking-terms-glossary.md``, ``**Term** - definition`` paragraphs), whose suffix
is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "banking-glossary"
N = "banking-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Mortgage loan / Home Equity Loan, Merchant /
    # Authorization / Credit Card Issuer, Checking account, Overdraft fee, account, Fixed Rate,
    # Wire transfer's guaranteed funds) is in the glossary
    f"{N}023": [
        "credit score",
        "credit scores",
        "fico",
        "credit report",
        "credit history",
        "creditworthiness",
        "credit rating",
    ],
    f"{N}024": [
        "escrow",
        "escrow account",
        "impound",
        "impound account",
        "property tax",
        "property taxes",
        "homeowners insurance",
    ],
    f"{N}025": [
        "chargeback",
        "charge back",
        "chargebacks",
        "dispute",
        "disputed",
        "refund",
        "reversal",
        "fraud",
    ],
    f"{N}026": ["stop payment", "stop-payment", "stop a check", "cancel a check"],
    f"{N}027": [
        "overdraft protection",
        "overdraft transfer",
        "sweep",
        "linked account",
        "linked",
        "overdraft line of credit",
    ],
    f"{N}028": [
        "know your customer",
        "kyc",
        "customer identification",
        "cip",
        "money laundering",
        "anti-money laundering",
        "aml",
        "identity",
        "due diligence",
    ],
    f"{N}029": ["balloon", "balloon payment", "balloon loan", "balloon mortgage"],
    f"{N}030": [
        "variable rate",
        "variable",
        "adjustable",
        "adjustable rate",
        "arm",
        "floating",
        "floating rate",
    ],
    f"{N}031": [
        "cashier's check",
        "cashiers check",
        "cashier's cheque",
        "certified check",
        "bank draft",
        "money order",
        "official check",
    ],
    # named; sharing a word with a title: savings bond (Savings Account), credit limit (credit,
    # Credit Card Issuer), central bank (Commercial / Investment / Merchant Bank), reverse
    # mortgage (Mortgage loan, mortgage), balance transfer (Available / Current / Ledger
    # Balance, Wire transfer), general ledger (Ledger Balance), interest rate swap (Interest
    # Rate), merchant category code (Merchant, Merchant Bank), compound annual growth rate
    # (Compound Interest, Annual Percentage Rate / Yield)
    f"{N}032": ["savings bond", "savings bonds", "i bond", "i bonds", "series ee", "treasury"],
    f"{N}033": ["credit limit", "credit line limit", "limit", "spending limit", "utilization"],
    f"{N}034": ["central bank", "central banks", "federal reserve", "fed", "monetary policy"],
    f"{N}035": ["reverse mortgage", "reverse mortgages", "hecm", "home equity conversion"],
    f"{N}036": ["balance transfer", "balance transfers", "transfer fee"],
    f"{N}037": ["general ledger", "nominal ledger", "trial balance", "ledger account"],
    f"{N}038": ["interest rate swap", "swap", "swaps", "fixed-for-floating"],
    f"{N}039": ["merchant category code", "mcc", "category code"],
    f"{N}040": ["compound annual growth rate", "cagr", "growth rate", "compound annual"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
