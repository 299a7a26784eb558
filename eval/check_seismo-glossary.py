"""Static checks of eval/corpora/seismo-glossary/questions.jsonl (blind, round 26).

Run from the worktree root: ``python eval/check_seismo-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one reStructuredText file (``seismo-glossary.rst``,
KennyGraham1/catalogofcatalogs's ``docs/source/glossary.rst``, three Sphinx
``.. glossary::`` directives), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "seismo-glossary"
N = "seismo-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Intensity, Surface Wave Magnitude / Phase,
    # P-wave / S-wave, Aftershock / Catalogue / Completeness Magnitude, Gutenberg-Richter
    # relation, Focal Mechanism, Seismic Moment) is in the glossary
    f"{N}023": ["liquefaction", "liquefy", "liquefied", "liquefies"],
    f"{N}024": ["rayleigh", "rayleigh wave", "rayleigh waves", "ground roll"],
    f"{N}025": [
        "peak ground acceleration",
        "pga",
        "acceleration",
        "building code",
        "building codes",
    ],
    f"{N}026": [
        "early warning",
        "earthquake early warning",
        "warning",
        "alert",
        "alerts",
        "shakealert",
        "eew",
    ],
    f"{N}027": ["declustering", "decluster", "declustered", "independent events", "independent"],
    f"{N}028": ["recurrence interval", "recurrence", "return period", "repeat time"],
    f"{N}029": [
        "strike-slip",
        "strike slip",
        "strike",
        "transform fault",
        "transform",
        "san andreas",
        "lateral",
        "right-lateral",
        "left-lateral",
    ],
    f"{N}030": ["elastic rebound", "elastic", "rebound", "strain"],
    f"{N}031": ["shadow zone", "shadow", "core", "outer core"],
    # named; sharing a word with a title: moment tensor (Seismic Moment, Moment Magnitude),
    # duration magnitude (Magnitude, ...), Love wave (P-wave, S-wave), seismic gap (Azimuthal
    # Gap, Seismic Moment), ETAS (Aftershock), shear wave splitting (S-wave, "shear"), station
    # correction (Station Coverage), depth phase (Depth, Phase), Baath's law (Aftershock)
    f"{N}032": ["moment tensor", "moment tensors", "tensor", "cmt"],
    f"{N}033": ["duration magnitude", "md", "coda", "duration"],
    f"{N}034": ["love wave", "love waves", "love"],
    f"{N}035": ["seismic gap", "seismic gaps"],
    f"{N}036": ["etas", "epidemic-type", "epidemic type", "epidemic"],
    f"{N}037": ["shear wave splitting", "splitting", "anisotropy"],
    f"{N}038": [
        "station correction",
        "station corrections",
        "station delay",
        "correction",
        "corrections",
    ],
    f"{N}039": ["depth phase", "depth phases", "pp"],
    f"{N}040": ["bath's law", "baths law", "bath law", "båth", "båth's law", "bath"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
