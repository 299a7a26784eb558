"""Static checks of eval/corpora/print3d-glossary/questions.jsonl (blind, round 32).

Run from the worktree root: ``python eval/check_print3d-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``print3d-glossary.md``, Ghostkeeper/SettingsGuide's
``resources/articles/about/glossary.md``, the Cura Settings Guide's glossary of 3D printing
(FFF) terms: a Setext ``Glossary`` title, then 112 ``* **Term:** definition`` bullets with the
colon inside the bold, synonyms given only in the text as 'Synonym of "..."'), whose suffix is
in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "print3d-glossary"
N = "print3d-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Skirt / Build plate, Filament / Material,
    # Heat zone / Hot end, FDM / FFF printing, Coordinate origin / Offset, Overpressure /
    # Coasting, Ringing / Jerk, Strength / Toughness, Ironing) is in the glossary
    f"{N}023": [
        "probe",
        "probing",
        "bltouch",
        "bed leveling",
        "bed levelling",
        "leveling",
        "levelling",
        "auto bed",
        "abl",
    ],
    f"{N}024": [
        "moisture",
        "humidity",
        "hygroscopic",
        "dry",
        "dryer",
        "drying",
        "wet",
        "water",
    ],
    f"{N}025": ["heat creep", "creep", "heat break", "heatbreak", "heatsink", "heat sink"],
    f"{N}026": [
        "resin",
        "sla",
        "msla",
        "dlp",
        "stereolithography",
        "photopolymer",
        "uv",
    ],
    f"{N}027": ["z offset", "z-offset", "babystep", "babystepping", "squish", "squished"],
    f"{N}028": ["pressure advance", "linear advance", "advance", "k-factor"],
    f"{N}029": [
        "input shaping",
        "input shaper",
        "resonance",
        "resonant",
        "accelerometer",
        "vibration",
        "vibrations",
    ],
    f"{N}030": ["annealing", "anneal", "annealed", "oven", "bake", "baking"],
    f"{N}031": ["vapor smoothing", "vapor", "vapour", "acetone", "solvent", "fumes", "smoothing"],
    # named; several share a word with a title: lightning infill (Infill, Gradual infill, Infill
    # mesh), tree support (the Support ... entries), direct drive extruder (Extruder, Extruder
    # train), hardened steel nozzle (Nozzle), fuzzy skin (Skin), TPU filament (Filament), PEI
    # build plate (Build plate); STL file and CoreXY share none (near Mesh / Gantry)
    f"{N}032": ["lightning infill", "lightning"],
    f"{N}033": ["tree support", "tree supports", "tree", "trees"],
    f"{N}034": ["direct drive", "direct-drive", "direct"],
    f"{N}035": ["hardened steel", "hardened", "steel", "abrasive"],
    f"{N}036": ["fuzzy skin", "fuzzy"],
    f"{N}037": ["stl", "stereolithography"],
    f"{N}038": ["tpu", "tpe", "flexible filament", "ninjaflex"],
    f"{N}039": ["corexy", "core xy", "core-xy"],
    f"{N}040": ["pei", "spring steel", "magnetic"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
