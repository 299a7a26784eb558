"""Static checks of eval/corpora/law-glossary/questions.jsonl (blind, round 25).

Run from the worktree root: ``python eval/check_law-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``law-glossary.md``, ProfMacKelly/studies-de-jure's
``glossary.md``, a GitBook page of ``#### term`` headings under ``### A`` ... ``### W`` letter
headings), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "law-glossary"
N = "law-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Extrajudicial Confession / Trier of Fact,
    # Trier of Fact, Contract / Agreement, Offer / Acceptance, Plaintiff / Elements, Fifth
    # Amendment / Extrajudicial Confession, Complaint / Plaintiff, Prosecutor / Defendant,
    # Breach of Contract / Non-Compete Clause) is in the glossary
    f"{N}023": ["hearsay", "out-of-court statement", "out of court statement"],
    f"{N}024": ["voir dire", "juror", "jurors", "jury selection", "peremptory", "strike"],
    f"{N}025": ["statute of frauds", "frauds", "fraud"],
    f"{N}026": [
        "counteroffer",
        "counter-offer",
        "counter offer",
        "mirror image",
        "mirror-image",
        "mirror image rule",
    ],
    f"{N}027": [
        "preponderance",
        "preponderance of the evidence",
        "more likely than not",
        "51",
        "burden of proof",
        "standard of proof",
        "clear and convincing",
    ],
    f"{N}028": [
        "miranda",
        "miranda rights",
        "miranda warning",
        "remain silent",
        "silent",
        "interrogation",
        "custodial",
    ],
    f"{N}029": ["class action", "class actions", "class-action", "joinder", "mass tort"],
    f"{N}030": ["plea", "plea bargain", "plea deal", "plead", "pleads", "guilty plea"],
    f"{N}031": ["liquidated damages", "liquidated", "penalty", "penalty clause"],
    # named; sharing a word with a title: anticipatory breach (Breach of Contract), long-arm
    # statute (Statute of Limitations), unilateral contract (Contract), habeas corpus (writ:
    # Writ of Certiorari, Writ of Prohibition), res judicata (none; next to Stare Decisis,
    # Judgment), comparative negligence (Negligence Per Se), specific performance (Specific
    # Jurisdiction), default judgment (Judgment, Summary Judgment), exclusionary rule (Rule of
    # Law)
    f"{N}032": ["anticipatory breach", "anticipatory", "repudiation", "repudiate"],
    f"{N}033": ["long arm", "long-arm", "long arm statute", "long-arm statute"],
    f"{N}034": ["unilateral", "unilateral contract", "bilateral", "bilateral contract"],
    f"{N}035": ["habeas corpus", "habeas"],
    f"{N}036": [
        "res judicata",
        "claim preclusion",
        "issue preclusion",
        "preclusion",
        "collateral estoppel",
        "estoppel",
    ],
    f"{N}037": [
        "comparative negligence",
        "comparative",
        "contributory negligence",
        "contributory",
        "comparative fault",
    ],
    f"{N}038": ["specific performance", "performance"],
    f"{N}039": ["default judgment", "default"],
    f"{N}040": [
        "exclusionary rule",
        "exclusionary",
        "fourth amendment",
        "fruit of the poisonous tree",
        "poisonous",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
