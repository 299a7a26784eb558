"""Static checks of eval/corpora/ocean-glossary/questions.jsonl (blind, round 24).

Run from the worktree root: ``python eval/check_ocean-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``ocean-glossary.md``, gotm-model/gotm-model-hugo's
``content/docs/reference/glossary.md``, the GOTM ocean turbulence model's glossary: bold
``**Term**: definition`` paragraphs under one-letter ``##`` headings), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "ocean-glossary"
N = "ocean-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Mixed Layer Depth, Coriolis Parameter /
    # Drag Coefficient, TKE, Buoyancy Frequency / Baroclinic, Absolute / Practical Salinity,
    # Dissipation Rate / Reynolds Number, Friction Velocity, Barotropic) is in the glossary
    f"{N}023": ["thermocline", "pycnocline", "halocline", "seasonal thermocline"],
    f"{N}024": ["ekman", "ekman transport", "ekman spiral", "ekman layer"],
    f"{N}025": ["upwelling", "downwelling", "coastal upwelling"],
    f"{N}026": ["langmuir", "langmuir circulation", "windrow", "windrows", "stokes drift"],
    f"{N}027": [
        "internal wave",
        "internal waves",
        "internal tide",
        "internal tides",
        "lee wave",
        "lee waves",
    ],
    f"{N}028": [
        "thermohaline",
        "thermohaline circulation",
        "conveyor",
        "conveyor belt",
        "overturning",
        "amoc",
        "moc",
    ],
    f"{N}029": ["kolmogorov", "kolmogorov scale", "microscale", "dissipation scale"],
    f"{N}030": [
        "wave breaking",
        "breaking waves",
        "breaking",
        "whitecap",
        "whitecaps",
        "whitecapping",
    ],
    f"{N}031": ["tide", "tides", "tidal", "moon", "lunar", "semidiurnal"],
    # named; most sharing a word with a title: rossby / froude number (Reynolds Number,
    # Richardson Number), euphotic depth (Mixed Layer Depth), mixing length (Generic Length
    # Scale), sverdrup, geostrophic balance (next to Hydrostatic), large eddy simulation
    # (Eddy Viscosity / Eddy Diffusivity), monin-obukhov length (Generic Length Scale),
    # specific heat capacity (Latent / Sensible Heat Flux)
    f"{N}032": ["rossby", "rossby number"],
    f"{N}033": ["froude", "froude number"],
    f"{N}034": ["euphotic", "euphotic zone", "euphotic depth", "photic", "photic zone"],
    f"{N}035": ["mixing length", "mixing-length", "prandtl"],
    f"{N}036": ["sverdrup", "sverdrups", "sv"],
    f"{N}037": ["geostrophic", "geostrophy", "geostrophic balance"],
    f"{N}038": ["large eddy simulation", "large-eddy simulation", "les", "smagorinsky"],
    f"{N}039": ["monin", "obukhov", "monin-obukhov", "obukhov length"],
    f"{N}040": ["heat capacity", "specific heat", "cp", "j/kg/k"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
