"""Static checks of eval/corpora/cycling-glossary/questions.jsonl (blind, round 33).

Run from the worktree root: ``python eval/check_cycling-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``cycling-glossary.md``, AlJohri/olympic-rules'
``rules/cycling/glossary.md``, NBC's "Cycling 101: Glossary": a setext ``=====`` title, then
46 ``**Term:** definition`` paragraphs, four of them with doubled ``****Term:****`` bold),
whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "cycling-glossary"
N = "cycling-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Saddle / Derailleur, Honk, Peloton / UCI,
    # Scratch races / Massed-start racing, Disk wheel / Free-wheel, Full-suspension / Suspension
    # fork, Feed zone, Cadence / Honk, Saddle) is in the glossary
    f"{N}023": ["clipless", "clipless pedals", "cleat", "cleats", "clip-in", "clip", "spd"],
    f"{N}024": ["bonk", "bonking", "hit the wall", "glycogen", "hunger knock"],
    f"{N}025": [
        "yellow jersey",
        "maillot jaune",
        "jersey",
        "general classification",
        "gc",
    ],
    f"{N}026": ["criterium", "criteriums", "crit", "circuit race", "circuit"],
    f"{N}027": [
        "tire lever",
        "tyre lever",
        "tire",
        "tyre",
        "tires",
        "tyres",
        "puncture",
        "inner tube",
        "tube",
    ],
    f"{N}028": ["hardtail", "hard tail", "hard-tail", "rigid"],
    f"{N}029": [
        "team car",
        "support car",
        "follow car",
        "car",
        "vehicle",
        "mechanic",
        "mechanics",
    ],
    f"{N}030": ["power meter", "powermeter", "watts", "watt", "wattage"],
    f"{N}031": ["bib shorts", "bib", "shorts", "chamois", "lycra", "padded"],
    # named; several share a word with a title: disc brake (Disk wheel), points race (Scratch
    # races, Massed-start racing), gear ratio (Granny gear), saddle sore (Saddle), drop bars
    # (Drop-off), rear shock (Suspension fork, Full-suspension), team pursuit, king of the
    # mountains, bottom bracket
    f"{N}032": ["disc brake", "disk brake", "brake", "brakes", "rotor", "rim brake"],
    f"{N}033": ["points race", "points"],
    f"{N}034": ["gear ratio", "ratio", "gear inches", "gearing"],
    f"{N}035": ["saddle sore", "saddle sores", "sore", "sores", "chafing"],
    f"{N}036": ["drop bar", "drop bars", "drop handlebars", "handlebar", "handlebars"],
    f"{N}037": ["rear shock", "shock", "shocks", "shock absorber"],
    f"{N}038": ["team pursuit", "pursuit"],
    f"{N}039": ["king of the mountains", "mountains classification", "polka dot", "kom"],
    f"{N}040": ["bottom bracket", "bracket", "spindle"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
