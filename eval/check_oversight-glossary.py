"""Static checks of eval/corpora/oversight-glossary/questions.jsonl (blind, round 47).

Run from the worktree root: ``python eval/check_oversight-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one JSON-LD document in the schema.org vocabulary
(``oversight-glossary.jsonld``: Hollow-house-institute/Hollow_House_Standards_Library's
``glossary.jsonld``, the "HHI Governance Glossary"): one ``DefinedTermSet`` object
(``@context``, ``@type``, ``name``, ``description``, ``creator``, ``url``) whose
``hasDefinedTerm`` array holds 41 ``DefinedTerm`` objects, each with ``name``,
``identifier`` (``HHI-GOV-001``, ``HHI-AUTH-003``, ...), ``description`` (the definition),
``termCode`` (a kebab-case code) and ``inDefinedTermSet``.

Written blind while the parser read no file from the folder (``.jsonld`` is not a loader
suffix: "no glossary files ... in eval/corpora/oversight-glossary"): until it does,
``rag-glossary entries`` fails and this script falls back to a by-hand reading
(``--by-hand``, also chosen automatically): one entry per ``DefinedTerm``, ANCHOR = the
shared corpus README's ``slug`` of ``name`` (``Post-Hoc Governance`` -> ``post-hoc-governance``,
``Human\u2013AI Interaction (Governance Context)`` -> ``humanai-interaction-governance-context``:
the en dash is deleted), text = name + identifier + description; the negatives' grep reads
the ``.jsonld`` file itself. The anchors used are listed in
eval/corpora/oversight-glossary/README.md.
"""

from __future__ import annotations

import json
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "oversight-glossary"
GLOSSARY = FOLDER / "oversight-glossary.jsonld"
N = "oversight-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Language Symmetry Score and the other
    # metrics, Accountability, Governance Failure, Escalation's "higher roles", Reliance
    # Formation, Governance Failure, Judgment Externalization, Governance Debt, Continuous
    # Assurance's "periodic auditing") is in the file
    f"{N}023": [
        "fair",
        "fairness",
        "unfair",
        "bias",
        "biased",
        "demographic",
        "demographics",
        "discrimination",
        "parity",
        "equity",
    ],
    f"{N}024": [
        "compensated",
        "compensation",
        "compensate",
        "liability",
        "liable",
        "damages",
        "insurance",
        "harm",
        "harming",
        "redress",
        "customer",
        "customers",
    ],
    f"{N}025": [
        "personal data",
        "privacy",
        "retention",
        "deletion",
        "delete",
        "deleting",
        "gdpr",
        "retired",
        "retirement",
        "decommission",
        "decommissioning",
    ],
    f"{N}026": ["board", "committee", "meet", "meeting", "meetings", "quarterly", "annually"],
    f"{N}027": [
        "training",
        "teaching",
        "literacy",
        "education",
        "upskilling",
        "staff",
        "onboarding",
    ],
    f"{N}028": [
        "poison",
        "poisoning",
        "adversarial",
        "hacker",
        "hackers",
        "attack",
        "attacks",
        "security",
        "cyber",
        "cybersecurity",
    ],
    f"{N}029": [
        "explain",
        "explaining",
        "explainability",
        "explanation",
        "explainable",
        "xai",
        "transparency",
        "interpretability",
        "loan",
        "rejected",
    ],
    f"{N}030": [
        "vendor",
        "vendors",
        "supplier",
        "suppliers",
        "third-party",
        "third party",
        "procurement",
        "lock-in",
        "out of business",
        "outsourcing",
    ],
    f"{N}031": [
        "certify",
        "certification",
        "certified",
        "conformity",
        "accreditation",
        "auditor",
        "auditors",
        "launch",
    ],
    # named; several share a word with a title: risk appetite and risk register (Longitudinal
    # Risk), escalation matrix (Escalation, Escalation Decay), governance charter and
    # governance maturity model (the Governance* titles), trust score (Language Symmetry
    # Score, Authority Alignment Score)
    f"{N}032": ["risk appetite", "appetite", "risk tolerance", "tolerance"],
    f"{N}033": ["matrix", "raci"],
    f"{N}034": ["charter"],
    f"{N}035": ["trust", "trustworthiness", "trust score"],
    f"{N}036": ["red team", "red teaming", "red-teaming", "red-team"],
    f"{N}037": ["model card", "model cards", "datasheet", "datasheets"],
    f"{N}038": ["risk register", "register", "risk log"],
    f"{N}039": ["shadow", "shadow ai", "unsanctioned"],
    f"{N}040": ["maturity", "maturity model", "maturity level", "maturity levels"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def hand_entries() -> dict[str, str]:
    """id -> flat(name + identifier + description): one entry per DefinedTerm."""
    data = json.loads(GLOSSARY.read_text(encoding="utf-8"))
    assert data["@type"] == "DefinedTermSet", data["@type"]
    entries: dict[str, str] = {}
    for term in data["hasDefinedTerm"]:
        assert term["@type"] == "DefinedTerm", term
        key = f"oversight-glossary#{slug(term['name'])}"
        assert key not in entries, key
        entries[key] = flat(f"{term['name']} {term['identifier']} {term['description']}")
    assert len(entries) == 41, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the DefinedTerm objects of hasDefinedTerm"
    )


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
