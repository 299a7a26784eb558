"""Static checks of eval/corpora/climbing-glossary/questions.jsonl (blind, round 27).

Run from the worktree root: ``python eval/check_climbing-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``climbing-glossary.md``, NortheasternClimbing's
``nrc/wiki/dictionary.md``, a Jekyll page whose body is a two-column pipe table without outer
pipes), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "climbing-glossary"
N = "climbing-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Rope Solo / Top Roping / Whip, Aid /
    # Sport Climbing's quickdraws, Jug / Sloper / Pump, Sandbag's "grade", Bump / Cross,
    # Top Roping / Lead Climbing, Dihedral, Campus, Rope Solo) is in the glossary
    f"{N}023": [
        "belay",
        "belayer",
        "belaying",
        "belay device",
        "grigri",
        "atc",
        "tube",
        "assisted braking",
    ],
    f"{N}024": [
        "carabiner",
        "carabiners",
        "karabiner",
        "biner",
        "biners",
        "locker",
        "locking",
        "gate",
        "snapgate",
        "wiregate",
    ],
    f"{N}025": ["chalk", "chalk bag", "magnesium", "mag", "liquid chalk", "powder"],
    f"{N}026": [
        "v scale",
        "v-scale",
        "v grade",
        "v-grade",
        "hueco",
        "yds",
        "yosemite decimal",
        "font",
        "fontainebleau",
        "grading",
        "grades",
        "5.10",
    ],
    f"{N}027": ["ape index", "ape", "wingspan", "wing span", "arm span", "armspan"],
    f"{N}028": [
        "knot",
        "knots",
        "figure eight",
        "figure 8",
        "figure-eight",
        "figure-8",
        "harness",
        "tie in",
        "tie-in",
        "bowline",
    ],
    f"{N}029": ["stem", "stemming", "bridging", "bridge", "chimney", "chimneying"],
    f"{N}030": [
        "hangboard",
        "hang board",
        "hangboarding",
        "fingerboard",
        "finger board",
        "beastmaker",
    ],
    f"{N}031": ["auto belay", "auto-belay", "autobelay", "auto", "self-belay", "self belay"],
    # named; most sharing a word with a title: knee bar (Drop-knee), ice climbing and speed
    # climbing (Lead / Sport / Trad Climbing), hand jam / crack climbing (the "climbing"
    # titles; Trad names "cracks" only), rope drag and rope gun (Rope Solo), back clipping
    # (Back-step), pocket (the five "(climbing hold)" titles)
    f"{N}032": ["knee bar", "kneebar", "knee-bar"],
    f"{N}033": [
        "ice climbing",
        "ice",
        "ice axe",
        "ice axes",
        "crampon",
        "crampons",
        "mixed climbing",
    ],
    f"{N}034": ["multi pitch", "multi-pitch", "multipitch", "pitch", "pitches"],
    f"{N}035": ["hand jam", "jam", "jams", "jamming", "crack climbing", "fist jam"],
    f"{N}036": ["speed climbing", "speed", "speed wall"],
    f"{N}037": ["rope drag", "drag", "runner", "runners", "sling", "extend"],
    f"{N}038": [
        "back clip",
        "back-clip",
        "backclip",
        "back clipping",
        "back-clipping",
        "z-clip",
        "z clip",
        "clip",
    ],
    f"{N}039": ["pocket", "pockets", "mono", "monos", "two-finger pocket"],
    f"{N}040": ["rope gun", "rope-gun"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
