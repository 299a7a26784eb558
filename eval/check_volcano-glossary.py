"""Static checks of eval/corpora/volcano-glossary/questions.jsonl (blind, round 30).

Run from the worktree root: ``python eval/check_volcano-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``volcano-glossary.md``, thomasinworld/ring-of-fire's
``part-1-understanding/chapter-02-volcano-terminology.md``, the terminology chapter of a
popular book on volcanoes: ``##`` chapter sections, a few ``**Term**: definition``
paragraphs, most terms as ``###`` headings whose body is a run of bold field labels
(``**What**:``, ``**Formation**:``, ``**Examples**:`` ...), images, HTML ``<img>``/``<div>``
tags and italic figure captions), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "volcano-glossary"
N = "volcano-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Volcanic Ash / Plinian column, Volcanic
    # Gases' SO2, Lava Flows / Pahoehoe, Lahar's meltwater, Basalt / Lava Flows, Seismic
    # Activity, Hawaiian Eruption's lava fountains, Lava Types' silica, Pillow Lava / Lava
    # Flows) is in the glossary
    f"{N}023": ["lightning", "thunderstorm", "static", "electrical", "charge"],
    f"{N}024": [
        "volcanic winter",
        "cooling",
        "cool the",
        "aerosol",
        "aerosols",
        "year without a summer",
        "summer",
        "climate",
        "global",
    ],
    f"{N}025": ["lava tube", "lava tubes", "tubes", "tunnel", "tunnels", "cave", "caves"],
    f"{N}026": [
        "jokulhlaup",
        "jökulhlaup",
        "glacier",
        "glacial",
        "outburst",
        "flood",
        "floods",
    ],
    f"{N}027": ["columnar", "columnar jointing", "jointing", "joints", "hexagonal", "causeway"],
    f"{N}028": ["tremor", "harmonic", "harmonic tremor", "humming", "hum", "vibration"],
    f"{N}029": ["pele", "pele's hair", "pele's tears", "threads", "strands", "hair"],
    f"{N}030": [
        "fractional crystallization",
        "crystallization",
        "crystallisation",
        "differentiation",
        "bowen",
        "bowen's reaction series",
    ],
    f"{N}031": ["laze", "lava haze", "hydrochloric", "seawater", "ocean entry", "sea"],
    # named; several share a word with an entry title or a lost heading: lava lake (Lava type,
    # Lava Types, Lava Flows), ring dike (Dike), cryptodome (Lava Dome), spatter cone (Cinder
    # Cone), volcanic ash advisory centre (Volcanic Ash, Advisory); laccolith next to Sill,
    # lapilli next to Tephra / Volcanic Ash, tuya and kimberlite pipe next to the vents
    f"{N}032": ["lava lake", "lava lakes"],
    f"{N}033": ["ring dike", "ring dyke", "cone sheet"],
    f"{N}034": ["laccolith", "laccoliths"],
    f"{N}035": ["cryptodome", "cryptodomes"],
    f"{N}036": ["lapilli", "lapillus"],
    f"{N}037": ["spatter", "spatter cone", "spatter rampart"],
    f"{N}038": ["tuya", "tuyas", "subglacial", "table mountain"],
    f"{N}039": ["vaac", "ash advisory", "advisory centre", "advisory center"],
    f"{N}040": ["kimberlite", "kimberlite pipe", "diatreme"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
