"""Static checks of eval/corpora/bee-glossary/questions.jsonl (blind, round 31).

Run from the worktree root: ``python eval/check_bee-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Swedish Markdown file (``bee-glossary.md``, gunnarnordqvist/Biodling's
``docs/ordlista.md``, an "Ordlista" of bees and beekeeping: 58 ``* **Term:** definition``
bullets under one ``#`` heading, no sections), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``. Questions and negative keys are Swedish.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "bee-glossary"
N = "bee-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Bikupa, Ram, Drottning, Gadd, Honung,
    # Honungsskörd, Bisamhället, Vårstimulering, Bivax / Cell, Larv / Patogen) is in the glossary
    f"{N}023": ["rökpuster", "rökpust", "smoker", "rök", "röken", "rökare"],
    f"{N}024": [
        "drottninggaller",
        "spärrgaller",
        "galler",
        "gallret",
        "excluder",
    ],
    f"{N}025": [
        "bidräkt",
        "skyddsdräkt",
        "dräkt",
        "dräkten",
        "slöja",
        "bihatt",
        "handskar",
        "skyddsutrustning",
    ],
    f"{N}026": [
        "allergi",
        "allergisk",
        "allergiska",
        "anafylaxi",
        "anafylaktisk",
        "bistick",
        "stick",
        "stucken",
    ],
    f"{N}027": [
        "kristallisering",
        "kristalliserar",
        "kristalliserad",
        "kristalliseras",
        "kandiserad",
        "kandiserar",
        "kandisering",
        "grynig",
    ],
    f"{N}028": ["röveri", "rövare", "rövarbin", "röva", "stjäl", "robbing"],
    f"{N}029": [
        "invintring",
        "invintra",
        "sockerlösning",
        "socker",
        "sockerdeg",
        "foder",
        "fodring",
        "utfodring",
        "vinterfoder",
    ],
    f"{N}030": ["vaxmott", "vaxmotten", "vaxmal", "mott", "mal", "galleria"],
    f"{N}031": [
        "yngelröta",
        "yngelrötan",
        "röta",
        "ruttnar",
        "foulbrood",
        "paenibacillus",
        "melissococcus",
    ],
    # named; several share a word with a title: drottningcell (Drottning, Cell (Vaxcell)),
    # ljunghonung (Honung), trakékvalster (Varroakvalster), drönarsamlingsplats (Drönare)
    f"{N}032": ["skattlåda", "skattlådor", "skattlådan", "honungslåda", "super"],
    f"{N}033": ["mellanvägg", "mellanväggar", "mellanväggen", "foundation"],
    f"{N}034": [
        "drottningcell",
        "drottningceller",
        "viselcell",
        "viselceller",
        "svärmcell",
        "svärmceller",
    ],
    f"{N}035": ["nosema", "vairimorpha"],
    f"{N}036": ["kalkyngel", "chalkbrood", "ascosphaera"],
    f"{N}037": ["avläggare", "avläggaren", "avlägg", "nucleus", "nuc", "delning"],
    f"{N}038": ["ljunghonung", "ljung", "ljungen", "lynghonung"],
    f"{N}039": ["trakékvalster", "trakékvalstret", "trakekvalster", "acarapis"],
    f"{N}040": [
        "drönarsamlingsplats",
        "drönarsamlingsplatser",
        "samlingsplats",
        "samlingsplatser",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
