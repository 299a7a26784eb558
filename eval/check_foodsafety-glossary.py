"""Static checks of eval/corpora/foodsafety-glossary/questions.jsonl (blind, round 33).

Run from the worktree root: ``python eval/check_foodsafety-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``foodsafety-glossary.md``, realtechsolutions/fsms's
``contentFiles/terms.md``, the 45 "Terms and definitions" of an ISO 22000 food safety
management study site: Jekyll front matter, an image, then a numbered list whose items are
``N.  ##### Term`` headings with the definition on the next, unindented line), whose suffix is
in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "foodsafety-glossary"
N = "foodsafety-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Contamination, Lot, End Product, Control
    # Measure, Food Safety Hazard, Food Safety, Prerequisite Programme, Food, Audit /
    # Conformity) is in the glossary
    f"{N}023": [
        "allergen",
        "allergens",
        "allergy",
        "allergic",
        "cross-contact",
        "peanut",
        "peanuts",
    ],
    f"{N}024": ["recall", "recalls", "withdrawal", "withdraw", "shelves"],
    f"{N}025": ["shelf life", "shelf-life", "shelf", "expiry", "best before", "use by"],
    f"{N}026": [
        "pasteurization",
        "pasteurisation",
        "pasteurized",
        "pasteurised",
        "heat treatment",
        "heating",
        "heat",
        "kill",
        "germs",
    ],
    f"{N}027": [
        "cold chain",
        "cold",
        "frozen",
        "chilled",
        "refrigeration",
        "refrigerated",
        "temperature",
    ],
    f"{N}028": [
        "outbreak",
        "foodborne",
        "food-borne",
        "food poisoning",
        "illness",
        "sick",
    ],
    f"{N}029": [
        "sanitation",
        "sanitizing",
        "sanitising",
        "disinfection",
        "disinfecting",
        "cleaning",
        "clean",
        "cip",
    ],
    f"{N}030": [
        "food fraud",
        "fraud",
        "adulteration",
        "adulterated",
        "honey",
    ],
    f"{N}031": [
        "certification",
        "certificate",
        "certified",
        "accreditation",
        "certification body",
    ],
    # named; several share a word with a title: food defense, food additive, food contact
    # material, food safety culture (the FOOD ... titles), acceptance sampling of a lot (Lot,
    # Acceptable Level), risk matrix (Risk), management review (Management System, Top
    # Management), root cause analysis (Corrective Action's "cause"), water activity
    f"{N}032": ["food defense", "food defence", "defense", "defence", "taccp"],
    f"{N}033": ["food additive", "additive", "additives", "e number"],
    f"{N}034": ["food contact material", "food contact", "food-contact", "contact"],
    f"{N}035": ["water activity", "aw"],
    f"{N}036": ["food safety culture", "culture"],
    f"{N}037": ["acceptance sampling", "sampling", "sample", "aql"],
    f"{N}038": ["risk matrix", "matrix", "likelihood", "severity"],
    f"{N}039": ["management review", "review"],
    f"{N}040": ["root cause analysis", "root cause", "root-cause", "rca", "5 whys"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
