"""Static checks of eval/corpora/tea-glossary/questions.jsonl (blind, round 27).

Run from the worktree root: ``python eval/check_tea-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``tea-glossary.md``, gddickinson/tea_explorer's
``tea_glossary.md``: ``## `` sections of ``**Term**`` lines, each followed by a one-line
definition), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "tea-glossary"
N = "tea-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and spellings: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Water Temperature / Tea Culture, Gongfu
    # Brewing / Gongfu Cha, Matcha / Chanoyu, Sencha / Blend, Caffeine, Blend / Green Tea,
    # Water Temperature, Gongfu Cha / Tea Tasting) is in the glossary
    f"{N}023": ["samovar", "samovars", "urn", "russian", "russia"],
    f"{N}024": ["yixing", "zisha", "purple clay", "clay", "unglazed", "seasoning"],
    f"{N}025": ["gaiwan", "gaiwans", "lidded", "lid", "saucer", "zhong"],
    f"{N}026": ["chasen", "whisk", "whisking", "bamboo", "froth", "chawan"],
    f"{N}027": ["genmaicha", "brown rice", "rice", "popcorn", "toasted"],
    f"{N}028": [
        "decaf",
        "decaffeinated",
        "decaffeination",
        "caffeine-free",
        "caffeine free",
        "co2",
        "carbon dioxide",
        "solvent",
    ],
    f"{N}029": ["jasmine", "scented", "scenting", "blossom", "blossoms", "jasmine pearls"],
    f"{N}030": [
        "hard water",
        "limescale",
        "scum",
        "tea scum",
        "film",
        "calcium",
        "tap water",
        "filtered",
    ],
    f"{N}031": ["tea pet", "tea pets", "figurine", "figurines", "tea tray", "tray"],
    # named; most share a word with a title: silver needle (Tippy's "silver tips" and White
    # Tea nearby), earl grey tea ("tea"; Blend), nilgiri tea ("tea"; Darjeeling, Assam,
    # Ceylon), hojicha (Sencha, Gyokuro), milk oolong (Oolong Tea; Chai's "milk tea"), white
    # peony tea (White Tea), tie guan yin oolong (Oolong Tea, Da Hong Pao), theobromine
    # (Theophylline, Caffeine), dan cong oolong (Oolong Tea, Single Estate)
    f"{N}032": ["silver needle", "silver needles", "yin zhen", "baihao yinzhen", "needle"],
    f"{N}033": ["earl grey", "earl gray", "bergamot", "citrus"],
    f"{N}034": ["nilgiri", "nilgiris", "blue mountains", "south india"],
    f"{N}035": ["hojicha", "houjicha", "roasted", "roast", "roasting", "bancha"],
    f"{N}036": ["milk oolong", "jin xuan", "jinxuan", "milky"],
    f"{N}037": ["white peony", "bai mu dan", "pai mu tan", "peony", "shou mei"],
    f"{N}038": ["tie guan yin", "tieguanyin", "ti kuan yin", "iron goddess", "anxi"],
    f"{N}039": ["theobromine", "methylxanthine", "methylxanthines"],
    f"{N}040": ["dan cong", "dancong", "phoenix", "single bush", "fenghuang"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
