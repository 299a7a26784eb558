"""Static checks of eval/corpora/cooking-glossary/questions.jsonl (blind, round 28).

Run from the worktree root: ``python eval/check_cooking-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one HTML page (``cooking-glossary.html``, phrits/phrits.com's
``food_resources/food_glossary/index.php``, a PHP page whose body is one ``<dl>`` of cooking
terms), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "cooking-glossary"
N = "cooking-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Poach / Simmer, Roast / Seasoning,
    # Custard / Coagulate, Flavor(ing) / Seasoning, Reduce / Brown Sauce, Mechanical Convection's
    # souffle, Simmer / Hollandaise, Shock / Carryover Cooking, Deep Fat Fry / Fat / Poach) is in
    # the glossary
    f"{N}023": ["sous vide", "sous-vide", "vacuum", "circulator", "water bath", "immersion"],
    f"{N}024": ["brine", "brining", "brined", "cure", "cured", "curing"],
    f"{N}025": ["temper", "tempering", "tempered", "scramble", "scrambled"],
    f"{N}026": ["marinade", "marinate", "marinating", "marinated"],
    f"{N}027": ["deglaze", "deglazing", "deglazed", "fond"],
    f"{N}028": ["fold", "folding", "fold in", "meringue", "stiff peaks"],
    f"{N}029": ["bain-marie", "bain marie", "double boiler", "water bath"],
    f"{N}030": ["danger zone", "bacteria", "bacterial", "food safety", "food poisoning", "140"],
    f"{N}031": ["confit", "duck"],
    # named; sharing a word with a title: dry aging (Dry Heat), sauce gribiche (Brown Sauce,
    # Tomato Sauce, Small Sauce), simple syrup (Sugar), smoke ring (Smoke, Smoke Point),
    # brown butter (Brown, Brown Sauce), resistant starch (Starch), invert sugar (Sugar),
    # fat washing (Fat), water activity (Water)
    f"{N}032": ["dry aging", "dry-aging", "dry aged", "dry-aged", "aging", "aged"],
    f"{N}033": ["gribiche", "sauce gribiche", "mayonnaise", "mayo", "aioli", "remoulade"],
    f"{N}034": ["simple syrup", "syrup", "sugar syrup"],
    f"{N}035": ["smoke ring", "brisket", "nitric oxide", "myoglobin"],
    f"{N}036": ["brown butter", "browned butter", "beurre noisette", "noisette"],
    f"{N}037": ["resistant starch", "resistant"],
    f"{N}038": ["invert sugar", "inverted sugar", "invert syrup", "inverted", "invertase"],
    f"{N}039": ["fat washing", "fat wash", "fat-washed", "fat-washing", "cocktail", "cocktails"],
    f"{N}040": ["water activity", "aw"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
