"""Static checks of eval/corpora/ee-glossary/questions.jsonl (blind, round 23).

Run from the worktree root: ``python eval/check_ee-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Hugo Markdown page (``ee-glossary.md``, applied-ee/ee-notebook's
``content/docs/glossary.md`` at its first version: ``<a id>`` anchors, bold term, em dash,
definition), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "ee-glossary"
N = "ee-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Clamp / Regulation, Parasitic inductance /
    # Eddy current loss, Earth / Chassis / Signal ground, Sense resistor / DMM, Pin name /
    # Hidden power pin, RMS, Tank circuit / SRF, Holdup time / Electrolytic capacitor, Voltage
    # divider) is in the glossary
    f"{N}023": ["zener", "zener diode", "avalanche", "reverse breakdown"],
    f"{N}024": ["skin effect", "skin depth", "skin", "proximity effect"],
    f"{N}025": ["ground loop", "ground loops", "hum", "mains hum"],
    f"{N}026": [
        "kelvin",
        "four-wire",
        "4-wire",
        "four wire",
        "kelvin connection",
        "lead resistance",
    ],
    f"{N}027": [
        "pull-up",
        "pullup",
        "pull up",
        "pull-down",
        "pulldown",
        "pull down",
        "float",
        "floating",
    ],
    f"{N}028": ["crest factor", "crest", "peak", "peak-to-peak", "peak factor"],
    f"{N}029": ["quality factor", "q factor", "q-factor", "selectivity", "resonance"],
    f"{N}030": ["bleeder", "bleeder resistor", "bleed", "discharge resistor"],
    f"{N}031": ["wheatstone", "wheatstone bridge", "bridge", "strain gauge", "strain"],
    # named; most sharing a word with a title: current mirror (Inrush / Leakage current ...),
    # star ground (Earth / Chassis / Signal ground), PSRR (Common-mode rejection), shot noise
    # (Johnson noise), hall effect (Piezoelectric effect, DC bias effect), metal oxide varistor
    # (Metal-film resistor), ferrite bead (Ferrite core), thermal via (Thermal paste /
    # resistance ...), flyback converter (Flyback, Buck / Boost converter)
    f"{N}032": ["current mirror", "mirror"],
    f"{N}033": [
        "star ground",
        "star grounding",
        "single-point ground",
        "single point ground",
        "star point",
    ],
    f"{N}034": ["psrr", "power supply rejection", "supply rejection", "ripple rejection"],
    f"{N}035": ["shot noise", "shot", "schottky noise"],
    f"{N}036": ["hall effect", "hall", "hall sensor"],
    f"{N}037": ["varistor", "mov", "metal oxide varistor", "metal oxide", "surge"],
    f"{N}038": ["ferrite bead", "bead", "beads"],
    f"{N}039": ["thermal via", "thermal vias", "via", "vias", "qfn"],
    f"{N}040": ["flyback converter", "flyback transformer", "flyback topology"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
