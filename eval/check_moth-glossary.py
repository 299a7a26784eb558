"""Static checks of eval/corpora/moth-glossary/questions.jsonl (blind, round 22).

Run from the worktree root: ``python eval/check_moth-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one CSV file (``moth-glossary.csv``, pnwinsects/pnwmoths's
``data/glossary.csv``), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "moth-glossary"
N = "moth-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Palp / Frons, Larva / Pupa, Voltinism /
    # Phenology, Ellipsoid's "eyes", Thorax / Abdomen, Forewing / Hindwing / Seta, Larva / Leg)
    # is in the glossary
    f"{N}023": [
        "proboscis",
        "haustellum",
        "tongue",
        "mouthparts",
        "mouthpart",
        "nectar",
        "siphon",
        "coiled",
    ],
    f"{N}024": [
        "instar",
        "instars",
        "molt",
        "moult",
        "moults",
        "molts",
        "molting",
        "moulting",
        "ecdysis",
    ],
    f"{N}025": [
        "diapause",
        "dormancy",
        "dormant",
        "overwinter",
        "overwintering",
        "hibernation",
        "hibernate",
        "winter",
    ],
    f"{N}026": [
        "compound eye",
        "compound eyes",
        "ommatidia",
        "ommatidium",
        "facet",
        "facets",
        "lens",
        "lenses",
    ],
    f"{N}027": [
        "tympanal",
        "tympanum",
        "tympanic",
        "tympana",
        "hearing",
        "ear",
        "ears",
        "ultrasound",
        "ultrasonic",
        "bat",
        "bats",
    ],
    f"{N}028": ["frenulum", "retinaculum", "coupling", "coupled"],
    f"{N}029": [
        "spiracle",
        "spiracles",
        "trachea",
        "tracheae",
        "tracheal",
        "breathing",
        "respiration",
        "respiratory",
    ],
    f"{N}030": ["mandible", "mandibles", "jaw", "jaws", "chewing", "chew"],
    f"{N}031": ["host plant", "host plants", "host", "food plant", "foodplant", "larval food"],
    # named; most sharing a word with a title: geometrid moth and clothes moth (Noctuid /
    # Owlet / Tiger / Tussock moth), saccus (Sacculus), pupal exuviae (Pupa), Afrotropical
    # (Neotropical), costal fold (Costa, Costal margin, Fold), tibial epiphysis (Tibia),
    # wingspan (Forewing, Hindwing), chaetotaxy (Seta)
    f"{N}032": ["geometrid", "geometridae", "inchworm", "inchworms", "looper", "loopers"],
    f"{N}033": ["clothes moth", "clothes", "tineidae", "tineola"],
    f"{N}034": ["saccus"],
    f"{N}035": ["exuvia", "exuviae", "pupal case", "pupal shell"],
    f"{N}036": ["afrotropical", "ethiopian"],
    f"{N}037": ["costal fold"],
    f"{N}038": ["epiphysis", "epiphyses", "tibial"],
    f"{N}039": ["wingspan", "wing span", "expanse"],
    f"{N}040": ["chaetotaxy", "setal map", "setal"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
