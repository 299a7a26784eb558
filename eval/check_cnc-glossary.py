"""Static checks of eval/corpora/cnc-glossary/questions.jsonl (blind, round 30).

Run from the worktree root: ``python eval/check_cnc-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``cnc-glossary.md``, Sienci-Labs/Resources'
``longmill/lm-the-basics/lm-common-cnc-terms.md``, "Common CNC Terms" of the LongMill hobby CNC
router's knowledge base: WordPress-synced front matter, ``**Term / Alias** - definition``
paragraphs under ``##``/``###`` sections, bracketed units in titles, kramdown image lines,
HTML ``<p><b>`` sub-terms, a ``[su_divider]`` shortcode), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "cnc-glossary"
N = "cnc-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Profile / Contour cut, Spindle speed and
    # Chip load, Drive system / Tramming, Pass / Step over, Collet, Microstepping / Driver,
    # surface finish in Climb milling and Step over, Limit switch / Homing, Axis) is in the
    # glossary
    f"{N}023": ["tab", "tabs", "holding tabs", "bridge", "bridges"],
    f"{N}024": ["coolant", "mist", "lubricant", "lubrication", "cutting fluid", "fluid"],
    f"{N}025": ["squaring", "racking", "racked", "out of square"],
    f"{N}026": ["kerf"],
    f"{N}027": ["runout", "run-out", "wobble", "wobbles", "concentricity", "tir"],
    f"{N}028": [
        "lost steps",
        "missed steps",
        "skipped steps",
        "skipping",
        "skip",
        "stall",
        "stalled",
        "stalling",
    ],
    f"{N}029": ["chatter", "vibration", "vibrate", "vibrates", "vibrating", "harmonics"],
    f"{N}030": ["e-stop", "estop", "emergency stop", "emergency", "kill switch"],
    f"{N}031": ["rotary", "rotary axis", "4th axis", "fourth axis", "4-axis", "indexer"],
    # named; several share a word with a title: surface roughness (Surface speed, Surfacing),
    # ER collet (Collet), feed hold (the FEED RATE titles, Feed per revolution), tool
    # deflection (Tool change), spring pass (Pass, Roughing / Finishing pass), closed loop
    # stepper (Closed vector inside Vector)
    f"{N}032": ["adaptive clearing", "adaptive", "trochoidal", "hsm", "clearing"],
    f"{N}033": ["surface roughness", "roughness", "ra"],
    f"{N}034": ["er collet", "er", "er11", "er20"],
    f"{N}035": ["feed hold", "pause"],
    f"{N}036": ["tool deflection", "deflection", "deflect"],
    f"{N}037": ["spring pass", "spring"],
    f"{N}038": ["scallop height", "scallop", "scallops", "cusp"],
    f"{N}039": ["closed loop", "closed-loop", "encoder", "encoders", "servo"],
    f"{N}040": ["work offset", "g54", "wcs", "work coordinate", "coordinate"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
