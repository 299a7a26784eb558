"""Static checks of eval/corpora/insurance-glossary/questions.jsonl (blind, round 24).

Run from the worktree root: ``python eval/check_insurance-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``insurance-glossary.md``, breaktheblock/hackathon's
``workshops/simplybusiness/jargonbuster.md``, an "Insurance Jargon Buster" of ``###`` headings),
whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "insurance-glossary"
N = "insurance-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Claim / Indemnity, Premium / Renewal,
    # Inception date, Sum insured, Policy / Underwriter, Insurance / Risk, Claim, Premium,
    # Reserves) is in the glossary
    f"{N}023": ["subrogation", "subrogate", "recover", "recovery", "recoveries"],
    f"{N}024": [
        "no claims",
        "no-claims",
        "no claims bonus",
        "no claims discount",
        "ncd",
        "ncb",
        "bonus",
        "discount",
    ],
    f"{N}025": [
        "cooling-off",
        "cooling off",
        "cooling-off period",
        "cancel",
        "cancellation",
        "refund",
        "free look",
    ],
    f"{N}026": [
        "underinsurance",
        "underinsured",
        "under-insurance",
        "average",
        "average clause",
        "proportional",
        "proportion",
        "condition of average",
    ],
    f"{N}027": [
        "utmost good faith",
        "good faith",
        "uberrimae fidei",
        "disclosure",
        "disclose",
        "non-disclosure",
        "misrepresentation",
    ],
    f"{N}028": ["insurable interest", "insurable", "financial interest", "stake"],
    f"{N}029": [
        "loss adjuster",
        "adjuster",
        "adjustor",
        "loss assessor",
        "assessor",
        "investigate",
    ],
    f"{N}030": ["grace period", "grace", "lapse", "lapses", "late payment"],
    f"{N}031": ["loss ratio", "combined ratio", "expense ratio", "claims ratio", "ratio"],
    # named; sharing a word with a title: captive insurance (Commercial insurance, Insurance),
    # risk appetite (Risk), claims made policy (Claim, Policy), parametric insurance
    # (Insurance), professional indemnity insurance (Indemnity), unearned premium (Premium),
    # ibnr reserves (Reserves), insurance premium tax (Premium), general average (Marine
    # insurance)
    f"{N}032": [
        "captive",
        "captive insurance",
        "captive insurer",
        "self-insurance",
        "self insurance",
    ],
    f"{N}033": ["risk appetite", "appetite", "risk tolerance", "tolerance"],
    f"{N}034": [
        "claims made",
        "claims-made",
        "claims made basis",
        "occurrence",
        "losses occurring",
        "retroactive date",
    ],
    f"{N}035": ["parametric", "parametric insurance", "index-based", "trigger"],
    f"{N}036": [
        "professional indemnity",
        "professional liability",
        "negligence",
        "errors and omissions",
        "e&o",
    ],
    f"{N}037": ["unearned", "unearned premium", "earned premium", "pro rata", "pro-rata"],
    f"{N}038": ["ibnr", "incurred but not reported", "incurred", "claims reserve", "loss reserve"],
    f"{N}039": ["premium tax", "insurance premium tax", "ipt", "tax", "taxes"],
    f"{N}040": ["general average", "york-antwerp", "jettison", "salvage"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
