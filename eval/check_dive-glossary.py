"""Static checks of eval/corpora/dive-glossary/questions.jsonl (blind, round 34).

Run from the worktree root: ``python eval/check_dive-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``dive-glossary.md``, mulalicd/diving-practice-handbook's
``glossary/terms.md``, the Diving Practice Handbook's "Glossary of Terms": ``## A``..``## W``
letter headings, a ``**Term**`` line ending in a two-space hard break with the definition on
the next line, "ACRONYM (Expansion)" titles, a cross-reference list and a version footer),
whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "dive-glossary"
N = "dive-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Barotrauma's ears, Visibility,
    # Freediving / FRC, BCD, Team Diving's communication, Visibility's particles, Technical
    # Diving's overhead environments) is in the glossary
    f"{N}023": [
        "equalize",
        "equalise",
        "equalization",
        "equalisation",
        "equalizing",
        "valsalva",
        "frenzel",
        "clear your ears",
    ],
    f"{N}024": ["mask fogging", "fogging", "fog", "defog", "anti-fog", "mask", "spit"],
    f"{N}025": [
        "shallow water blackout",
        "blackout",
        "black out",
        "passes out",
        "hypoxia",
        "hypoxic",
        "samba",
        "loss of motor control",
        "lmc",
    ],
    f"{N}026": ["weight belt", "weights", "weight", "weighting", "ballast", "weight pockets"],
    f"{N}027": [
        "surface marker buoy",
        "delayed surface marker buoy",
        "marker buoy",
        "smb",
        "dsmb",
        "sausage",
    ],
    f"{N}028": ["hand signals", "hand signal", "signals", "signal", "gestures", "sign"],
    f"{N}029": ["backscatter", "strobe", "strobes", "flash", "camera", "photo", "photography"],
    f"{N}030": ["back roll", "backroll", "backward roll", "giant stride", "entry", "boat"],
    f"{N}031": ["wreck diving", "wreck", "wrecks", "shipwreck", "sunken", "penetration"],
    # named; several share a word with a title: drift diving / night diving (the DIVING
    # titles), oxygen window (Oxygen Toxicity, O2 (Oxygen)), dive log (Dive Computer, Dive
    # Profile, Dive Tables), pressure gauge (Pressure, Ambient / Partial Pressure),
    # recompression chamber (Decompression, Decompression Stop); pony bottle (Equipment
    # Redundancy), static apnea (Freediving), reverse block (Barotrauma)
    f"{N}032": ["pony bottle", "pony", "bailout bottle", "bailout"],
    f"{N}033": ["drift diving", "drift dive", "drift"],
    f"{N}034": ["night diving", "night dive", "night"],
    f"{N}035": ["oxygen window", "inherent unsaturation", "partial pressure vacancy"],
    f"{N}036": ["static apnea", "static apnoea", "apnea", "apnoea", "sta"],
    f"{N}037": ["reverse block", "reverse squeeze", "squeeze", "block"],
    f"{N}038": ["dive log", "logbook", "log book", "log"],
    f"{N}039": ["pressure gauge", "submersible pressure gauge", "spg", "gauge", "manometer"],
    f"{N}040": [
        "recompression chamber",
        "hyperbaric chamber",
        "decompression chamber",
        "recompression",
        "hyperbaric",
        "chamber",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
