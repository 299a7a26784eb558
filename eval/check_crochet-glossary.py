"""Static checks of eval/corpora/crochet-glossary/questions.jsonl (blind, round 33).

Run from the worktree root: ``python eval/check_crochet-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``crochet-glossary.md``, pacharanero/yarncraft's
``docs/crochet-abbreviations.md``, the Craft Yarn Council's crochet abbreviations as four
pipe tables: U.S. stitch abbreviations, a three-column U.S./U.K. table, Tunisian crochet
abbreviations and measurement abbreviations), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "crochet-glossary"
N = "crochet-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (ch / rnd, the measurement rows, the
    # whole-table workflow words, yarn over, sc, the starting chain, yoh / mm) is in the glossary
    f"{N}023": [
        "magic ring",
        "magic circle",
        "magic loop",
        "adjustable ring",
        "adjustable loop",
        "magic",
        "adjustable",
        "amigurumi",
    ],
    f"{N}024": ["gauge", "tension", "swatch", "swatching"],
    f"{N}025": [
        "frog",
        "frogging",
        "frogged",
        "rip",
        "ripping",
        "rip out",
        "unravel",
        "unravelling",
        "unraveling",
        "tink",
    ],
    f"{N}026": ["blocking", "block", "blocked", "wet blocking", "pinning", "pin", "steam"],
    f"{N}027": [
        "yarn weight",
        "weight",
        "fingering",
        "worsted",
        "dk",
        "bulky",
        "aran",
        "chunky",
    ],
    f"{N}028": [
        "weave in",
        "weaving in",
        "ends",
        "tail",
        "tails",
        "tapestry",
        "tapestry needle",
        "needle",
        "darning",
    ],
    f"{N}029": [
        "crab stitch",
        "crab",
        "reverse single crochet",
        "rsc",
        "backwards",
        "edging",
    ],
    f"{N}030": [
        "foundation single crochet",
        "foundation chain",
        "foundation",
        "fsc",
        "chainless",
    ],
    f"{N}031": ["hook size", "hook sizes", "size", "sizes", "sizing", "letter"],
    # named; several share a word with a title: slip knot (sl st, slip marker), linked double
    # crochet (dc, BPdc, FPdc), spike / waistcoat / bullion stitch (the many "... stitch"
    # rows), mosaic / filet crochet (the "... crochet" rows)
    f"{N}032": ["granny square", "granny", "square"],
    f"{N}033": ["slip knot", "knot"],
    f"{N}034": ["linked double crochet", "linked", "ldc"],
    f"{N}035": ["spike stitch", "spike", "long stitch", "dropped stitch"],
    f"{N}036": [
        "waistcoat stitch",
        "waistcoat",
        "center single crochet",
        "centre single crochet",
        "csc",
    ],
    f"{N}037": ["bullion stitch", "bullion", "roll stitch"],
    f"{N}038": ["corner to corner", "corner-to-corner", "c2c", "corner"],
    f"{N}039": ["mosaic crochet", "mosaic"],
    f"{N}040": ["filet crochet", "filet", "mesh"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
