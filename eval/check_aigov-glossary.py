"""Static checks of eval/corpora/aigov-glossary/questions.jsonl (blind, held out in round 19).

Run from the worktree root: ``python eval/check_aigov-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one CSV file (``aigov-glossary.csv``, michalszymanski-ai/ai-regulation-deadlines'
``data/glossary.csv``), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "aigov-glossary"
N = "aigov-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file (every column, URLs included).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (KRiBSI and supervisors, conformity
    # assessment, general-purpose AI models, high-risk duties, biometric systems) is in the glossary
    f"{N}023": ["sandbox", "sandboxes", "regulatory sandbox", "ai regulatory sandbox"],
    f"{N}024": ["ce", "ce marking", "ce mark", "ce-marking"],
    f"{N}025": [
        "copyright",
        "copyrighted",
        "training data",
        "training",
        "summary",
        "text and data mining",
        "tdm",
    ],
    f"{N}026": ["ai office", "office", "eu ai office", "european ai office"],
    f"{N}027": ["post-market", "post market", "post-market monitoring", "monitoring", "monitor"],
    f"{N}028": ["model card", "model cards", "card", "datasheet", "datasheets", "system card"],
    f"{N}029": [
        "red teaming",
        "red team",
        "red-teaming",
        "red-team",
        "adversarial",
        "adversarial testing",
        "testing",
    ],
    f"{N}030": [
        "bias",
        "biased",
        "fairness",
        "discrimination",
        "discriminatory",
        "disparate",
        "disparate impact",
        "audit",
        "bias audit",
    ],
    f"{N}031": [
        "remote biometric identification",
        "biometric identification",
        "identification",
        "facial recognition",
        "face recognition",
        "real-time",
        "real time",
        "police",
    ],
    # named; sharing a word with a title or body: notified body ("certification bodies"),
    # NIST AI RMF ("risk management"), systemic risk (General-purpose AI model), Digital Services
    # Act (Digital Omnibus), DPIA (Impact assessment), ISO/IEC 27001 (ISO/IEC 42001),
    # authorised representative (Domestic representative), AI liability directive (NIS2's
    # "directive"), market surveillance authority ("placed on the market")
    f"{N}032": ["notified", "notified body", "notified bodies"],
    f"{N}033": ["nist", "rmf", "ai rmf", "risk management framework"],
    f"{N}034": ["systemic", "systemic risk", "gpai with systemic risk"],
    f"{N}035": ["digital services act", "dsa"],
    f"{N}036": ["dpia", "data protection impact assessment", "data protection", "gdpr"],
    f"{N}037": ["27001", "iso 27001", "information security", "information security management"],
    f"{N}038": ["authorised representative", "authorized representative"],
    f"{N}039": ["liability", "ai liability directive", "aild"],
    f"{N}040": ["market surveillance", "surveillance", "market surveillance authority"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
