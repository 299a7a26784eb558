"""Static checks of eval/corpora/coffee-glossary/questions.jsonl (blind, round 24).

Run from the worktree root: ``python eval/check_coffee-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``coffee-glossary.md``, 3lokai/icb-v2's ``glossary.md``,
``### **Term**`` headings under ``## A`` ... letter sections), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "coffee-glossary"
N = "coffee-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Tamper / Group Head, Extraction, Drip
    # Machine, Latte / Flat White, Grind Size / Espresso, Pourover, Extraction / Bloom, Roast
    # Level / Light Roast, Decaf) is in the glossary
    f"{N}023": [
        "wdt",
        "weiss distribution technique",
        "weiss",
        "distribution",
        "channeling",
        "channelling",
        "clump",
        "clumps",
    ],
    f"{N}024": ["refractometer", "tds", "total dissolved solids", "dissolved solids", "brix"],
    f"{N}025": ["descale", "descaling", "descaler", "scale", "limescale", "decalcify"],
    f"{N}026": ["latte art", "art", "rosetta", "tulip", "heart", "microfoam", "free pour"],
    f"{N}027": ["dial in", "dialing in", "dialling in", "dialed in", "dialing", "dialling"],
    f"{N}028": ["gooseneck", "gooseneck kettle", "kettle", "spout"],
    f"{N}029": [
        "brew ratio",
        "ratio",
        "golden ratio",
        "golden cup",
        "1:15",
        "1:16",
        "coffee to water ratio",
    ],
    f"{N}030": ["first crack", "second crack", "crack", "popping"],
    f"{N}031": [
        "swiss water",
        "swiss water process",
        "solvent",
        "ethyl acetate",
        "methylene chloride",
        "chemical",
        "chemicals",
        "carbon",
    ],
    # named; sharing a word with a title: flat burr (Flat White), espresso tonic (Espresso),
    # city roast (Roast Level, the roast titles), wet hulling (Wet Milling), bourbon varietal
    # (Varietal), espresso lungo (Espresso); cappuccino, cortado, americano share none
    f"{N}032": ["cappuccino", "cappuccinos"],
    f"{N}033": ["cortado", "gibraltar"],
    f"{N}034": ["americano", "long black"],
    f"{N}035": ["flat burr", "burr", "burrs", "burr grinder", "conical"],
    f"{N}036": ["espresso tonic", "tonic"],
    f"{N}037": ["city roast", "city", "full city"],
    f"{N}038": [
        "wet hulling",
        "wet-hulled",
        "wet hulled",
        "hulling",
        "giling basah",
        "semi-washed",
    ],
    f"{N}039": ["bourbon", "bourbon varietal"],
    f"{N}040": ["lungo", "espresso lungo", "long shot"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
