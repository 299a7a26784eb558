"""Static checks of eval/corpora/supplychain-glossary/questions.jsonl (blind, round 26).

Run from the worktree root: ``python eval/check_supplychain-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in the
glossary.

The glossary is one Markdown file (``supplychain-glossary.md``,
Yarmoluk/supply-chain-risk-analyst's ``docs/glossary.md``, a Markdown definition list:
``**Term**`` then ``: definition`` under ``## A`` ... ``## Z`` letter headings), whose
suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "supplychain-glossary"
N = "supplychain-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Safety / Cycle Stock, Just-in-Time,
    # WMS, Logistics, Reshoring, Incoterms, Freight Forwarder, Lead Time, Time to Recovery)
    # is in the glossary
    f"{N}023": [
        "economic order quantity",
        "eoq",
        "order quantity",
        "holding cost",
        "holding costs",
        "ordering cost",
        "reorder point",
    ],
    f"{N}024": [
        "cross-docking",
        "cross-dock",
        "cross docking",
        "crossdocking",
        "crossdock",
        "dock",
        "transload",
        "transloading",
    ],
    f"{N}025": [
        "reverse logistics",
        "reverse",
        "returns",
        "return",
        "rma",
        "refurbish",
        "refurbishment",
        "recycling",
        "recycle",
    ],
    f"{N}026": [
        "letter of credit",
        "letters of credit",
        "l/c",
        "documentary credit",
        "bank",
        "banks",
        "trade finance",
    ],
    f"{N}027": [
        "abc analysis",
        "abc",
        "abc classification",
        "pareto",
        "80/20",
        "consumption value",
    ],
    f"{N}028": [
        "demurrage",
        "detention",
        "container",
        "containers",
        "terminal",
        "port",
        "free time",
        "free days",
    ],
    f"{N}029": [
        "cold chain",
        "temperature",
        "temperature-controlled",
        "refrigerated",
        "refrigeration",
        "reefer",
        "frozen",
        "vaccines",
    ],
    f"{N}030": [
        "otif",
        "on time in full",
        "on-time in full",
        "on-time",
        "on time",
        "in full",
        "fill rate",
        "perfect order",
    ],
    f"{N}031": [
        "bill of lading",
        "bills of lading",
        "bol",
        "b/l",
        "waybill",
        "air waybill",
        "contract of carriage",
    ],
    # named; sharing a word with a title: supplier scorecard (Bottleneck / Tier-1 / Tier-2
    # Supplier), inventory turnover (Vendor Managed Inventory), dead stock (Safety / Cycle /
    # Strategic Stock), freight class (Freight Forwarder), warehouse slotting (Warehouse
    # Management System), risk appetite (Risk Matrix / Register, Supply Chain Risk),
    # transportation management system (Warehouse Management System), supply chain finance
    # (Supply Chain Risk / Visibility, Lean Supply Chain), mean time between failures (Time to
    # Recovery / Survive; FMEA's "failure")
    f"{N}032": [
        "supplier scorecard",
        "scorecard",
        "scorecards",
        "vendor rating",
        "supplier rating",
    ],
    f"{N}033": [
        "inventory turnover",
        "turnover",
        "inventory turns",
        "turns",
        "days of inventory",
        "stock turn",
    ],
    f"{N}034": [
        "dead stock",
        "deadstock",
        "obsolete",
        "obsolescence",
        "slow-moving",
        "excess and obsolete",
    ],
    f"{N}035": ["freight class", "nmfc", "density", "ltl", "less than truckload"],
    f"{N}036": ["slotting", "slot", "slots", "pick face", "pick path"],
    f"{N}037": ["risk appetite", "appetite", "risk tolerance", "tolerance"],
    f"{N}038": [
        "tms",
        "transportation management",
        "transportation management system",
        "transport management",
        "routing",
        "route",
        "routes",
    ],
    f"{N}039": [
        "supply chain finance",
        "reverse factoring",
        "factoring",
        "finance",
        "payables finance",
        "scf",
    ],
    f"{N}040": [
        "mtbf",
        "mean time between failures",
        "between failures",
        "mttr",
        "mean time to repair",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
