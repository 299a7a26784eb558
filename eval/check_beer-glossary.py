"""Static checks of eval/corpora/beer-glossary/questions.jsonl (blind, round 27).

Run from the worktree root: ``python eval/check_beer-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``beer-glossary.md``, rwgrier/beer-styles-site's
``guide/bjcp-2021/styles_4.md``, the glossary of the 2021 BJCP Beer Style Guidelines:
bold terms opening paragraphs under six ``##`` sections), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "beer-glossary"
N = "beer-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (the hop entries and Harsh's "bitterness",
    # Maillard products' "brown colors", Brett / Dry ("attenuative", "Well-attenuated"), the
    # "Malt or Mashing Terms" section, the off-flavour entries, Belgian Lace / Lacing's foam,
    # the Appearance terms, LAB / Lacto / Clean sourness, Legs' "sugar") is in the glossary
    f"{N}023": [
        "ibu",
        "ibus",
        "international bitterness units",
        "international bittering units",
        "bitterness units",
        "bittering units",
    ],
    f"{N}024": ["srm", "lovibond", "ebc", "color", "colour", "standard reference method"],
    f"{N}025": [
        "original gravity",
        "gravity",
        "og",
        "specific gravity",
        "final gravity",
        "fg",
        "hydrometer",
        "refractometer",
        "plato",
        "brix",
    ],
    f"{N}026": [
        "sparge",
        "sparging",
        "fly sparge",
        "batch sparge",
        "lauter",
        "lautering",
        "rinse",
        "rinsing",
        "mash tun",
        "grain bed",
    ],
    f"{N}027": [
        "skunk",
        "skunky",
        "skunked",
        "lightstruck",
        "light-struck",
        "light struck",
        "uv",
        "sunlight",
        "3-mbt",
        "mbt",
    ],
    f"{N}028": ["head retention", "retention", "head", "foam stability", "foam collapse"],
    f"{N}029": [
        "chill haze",
        "haze",
        "hazy",
        "cloudy",
        "cloudiness",
        "chill-proof",
        "clarity",
        "clear",
    ],
    f"{N}030": [
        "kettle sour",
        "kettle souring",
        "kettle",
        "sour wort",
        "souring",
        "sour mash",
        "quick sour",
    ],
    f"{N}031": [
        "priming",
        "priming sugar",
        "prime",
        "carbonation",
        "carbonate",
        "carbonated",
        "bottle conditioning",
        "bottle",
        "bottling",
        "co2",
    ],
    # named; most sharing a word with a title: hop creep (Dry-Hopped, the hop entries), crystal
    # malt and acidulated malt (Munich / Vienna / Pilsner malt), dry yeast (Dry), open
    # fermentation (Clean fermentation profile), hop pellets (the hop entries), Belgian candi
    # sugar (Belgian Lace, Lacing); fusel alcohols and yeast starter share none
    f"{N}032": ["hop creep", "creep", "refermentation", "diastatic"],
    f"{N}033": ["crystal malt", "crystal", "caramel malt", "caramel", "base malt", "cara"],
    f"{N}034": ["dry yeast", "active dry yeast", "liquid yeast", "rehydrate", "rehydration"],
    f"{N}035": ["acidulated malt", "acidulated", "acid malt", "sauermalz"],
    f"{N}036": ["open fermentation", "open fermenter", "open fermenters", "open"],
    f"{N}037": ["fusel alcohols", "fusel alcohol", "fusel", "fusels", "fusel oil", "hot alcohol"],
    f"{N}038": [
        "hop pellets",
        "pellet",
        "pellets",
        "whole cone",
        "whole-cone",
        "leaf hops",
        "cryo",
    ],
    f"{N}039": ["candi sugar", "candi", "candy sugar", "candi syrup", "tripel"],
    f"{N}040": [
        "yeast starter",
        "starter",
        "stir plate",
        "pitch rate",
        "pitching rate",
        "pitch",
        "pitching",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
