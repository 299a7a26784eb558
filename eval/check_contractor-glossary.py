"""Static checks of eval/corpora/contractor-glossary/questions.jsonl (blind, round 42).

Run from the worktree root: ``python eval/check_contractor-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one C# source file (``contractor-glossary.cs``: jgarrison929/pitbull's
``src/Pitbull.Api/Controllers/GlossaryController.cs``, the construction-contractor glossary
of a construction ERP): an ASP.NET controller class, two ``record`` declarations, then an
``internal static class GlossaryData`` whose ``Terms = new[] { ... };`` holds 44 positional
constructor calls, one per line,
``new GlossaryTerm("id", "Term", "Definition", "category", new[] { "Alias", ... } | null,
new[] { "related-id", ... } | null),``, grouped by ``// Financial`` .. ``// Field Operations``
comments.

Written blind while the parser read no file from the folder (``.cs`` is not in
``GLOSSARY_SUFFIXES``: "no glossary files"): until it does, ``rag-glossary entries`` fails and
this script falls back to a by-hand reading (``--by-hand``, also chosen automatically): one
entry per constructor call, ANCHOR = the shared corpus README's ``slug`` of its second
argument, the display term (``Work in Progress (WIP)`` -> ``work-in-progress-wip``,
``RFI (Request for Information)`` -> ``rfi-request-for-information``, ``WH-347 Form`` ->
``wh-347-form``), not of the source's own id (``wip``, ``rfi``, ``bonding``); text = term +
aliases + definition; the negatives' grep reads the ``.cs`` file itself. The anchors are
listed in eval/corpora/contractor-glossary/README.md.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "contractor-glossary"
GLOSSARY = FOLDER / "contractor-glossary.cs"
N = "contractor-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Substantial Completion / Punch List,
    # Contract Value / Change Order, Daily Report / Change Order's "schedule", Mobilization's
    # "begin work", Toolbox Talk, Budget Variance / Change Order, As-Built Drawings /
    # Mobilization, Lien Waiver / Subcontract, Certificate of Insurance) is in the file
    f"{N}023": [
        "liquidated damages",
        "liquidated",
        "damages",
        "late",
        "delay",
        "delays",
        "per day",
        "penalty",
        "deadline",
    ],
    f"{N}024": ["allowance", "allowances", "placeholder", "contingency", "finishes"],
    f"{N}025": [
        "critical path",
        "cpm",
        "float",
        "gantt",
        "dependent",
        "dependency",
        "end date",
    ],
    f"{N}026": ["notice to proceed", "ntp", "start", "commencement"],
    f"{N}027": [
        "osha",
        "injury",
        "injuries",
        "incident",
        "recordable",
        "accident",
        "hurt",
        "300 log",
    ],
    f"{N}028": [
        "value engineering",
        "cheaper",
        "substitution",
        "substitute",
        "savings",
    ],
    f"{N}029": [
        "permit",
        "permits",
        "permitting",
        "inspection",
        "inspector",
        "building department",
        "footings",
        "plan review",
    ],
    f"{N}030": ["joint check", "two-party check", "check", "checks", "joint"],
    f"{N}031": [
        "emr",
        "experience modification",
        "experience modifier",
        "mod rate",
        "workers comp",
        "workers' compensation",
        "compensation",
        "claims",
    ],
    # named; several share a word with a title: bid bond (Surety Bond), cost plus (Committed
    # Cost, Cost Code), lump sum contract (Contract Value), equipment depreciation (Equipment
    # Rate), time and materials (Stored Materials), pay-when-paid (Payment Application's "Pay
    # App"), request for proposal (RFI (Request for Information)), builder's risk insurance
    # (Certificate of Insurance (COI))
    f"{N}032": ["bid bond", "bid", "bidding", "tender"],
    f"{N}033": ["cost plus", "cost-plus", "gmp", "guaranteed maximum", "cost reimbursable"],
    f"{N}034": ["lump sum", "lump-sum", "stipulated sum", "fixed price", "fixed-price"],
    f"{N}035": ["work breakdown", "wbs"],
    f"{N}036": ["depreciation", "depreciate", "depreciated", "amortization"],
    f"{N}037": ["time and materials", "time & materials", "t&m", "time-and-materials"],
    f"{N}038": ["pay-when-paid", "pay when paid", "pay-if-paid", "pay if paid"],
    f"{N}039": ["request for proposal", "rfp", "proposal", "proposals"],
    f"{N}040": ["builder's risk", "builders risk", "builders' risk", "course of construction"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

RECORD = re.compile(
    r'^\s*new GlossaryTerm\("(?P<id>[^"]*)", "(?P<term>[^"]*)", "(?P<def>[^"]*)", '
    r'"(?P<cat>[^"]*)", (?:null|new\[\] \{ (?P<aliases>[^}]*) \}), '
    r"(?:null|new\[\] \{ [^}]* \})\),$",
    re.M,
)


def hand_entries() -> dict[str, str]:
    """id -> flat(term + aliases + definition): one entry per ``new GlossaryTerm(...)``."""
    source = GLOSSARY.read_text(encoding="utf-8")
    entries: dict[str, str] = {}
    for m in RECORD.finditer(source):
        aliases = " ".join(re.findall(r'"([^"]*)"', m["aliases"] or ""))
        key = f"contractor-glossary#{slug(m['term'])}"
        assert key not in entries, key
        entries[key] = flat(f"{m['term']} {aliases} {m['def']}")
    assert len(entries) == source.count('new GlossaryTerm("') == 44, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the GlossaryTerm constructor calls of GlossaryData"
    )


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
