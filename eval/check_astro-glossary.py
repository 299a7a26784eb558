"""Static checks of eval/corpora/astro-glossary/questions.jsonl (blind, held out in round 12).

Run from the worktree root: ``python eval/check_astro-glossary.py``. It never searches or
answers: it checks the plan below with ``heldout_checks.run`` (what that checks is in
eval/heldout_checks.py's docstring); the negative-term grep reads the whole glossary file (front
matter, bodies, link targets and URLs included).

The glossary is one Markdown file (``hac-astronomy-glossary.md``, the Hyrule Astronomy Club's
astronomy glossary), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``, so the
negative-term grep reads it.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, run, shaped_plan

FOLDER = ROOT / "eval" / "corpora" / "astro-glossary"
KINDS = {
    "term": 5,
    "alias": 4,
    "paraphrase": 7,
    "content": 5,
    "comparison": 3,
    "two-part": 2,
    "negative": 22,
}
# negatives by shape: 11 described (concept not named), 11 named
SHAPES = {"described": range(27, 38), "named": range(38, 49)}
N = "astro-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: the concept is absent, its neighbourhood (galaxies, magnitude, Sun, Moon, black
    # hole, neutron star, orbits, barycenter, light) is present
    f"{N}027": [
        "redshift",
        "red shift",
        "red-shift",
        "blueshift",
        "doppler",
        "hubble",
        "expansion",
    ],
    f"{N}028": ["exoplanet", "exoplanets", "extrasolar", "extrasolar planet"],
    f"{N}029": ["eclipse", "eclipses", "solar eclipse", "occultation", "totality"],
    f"{N}030": ["white dwarf", "white dwarfs", "degenerate", "planetary nebula"],
    f"{N}031": ["event horizon", "horizon", "schwarzschild"],
    f"{N}032": ["tidal locking", "tidally locked", "tidal", "synchronous rotation", "synchronous"],
    f"{N}033": ["equinox", "equinoxes", "solstice", "vernal"],
    f"{N}034": ["seeing", "twinkle", "twinkling", "scintillation", "turbulence"],
    f"{N}035": ["hertzsprung", "hertzsprung-russell", "h-r diagram", "hr diagram", "main sequence"],
    f"{N}036": ["lagrange", "lagrangian", "lagrange point", "l2", "l1"],
    f"{N}037": ["gravitational lensing", "lensing", "gravitational lens", "einstein ring"],
    # named; several share a word with an entry title (Dark matter, Solar system, Light year,
    # Surface Brightness, Nebula, Meteorite, Sun, Star, Binary star, Parallax)
    f"{N}038": ["dark energy", "cosmological constant"],
    f"{N}039": ["solar wind", "wind"],
    f"{N}040": ["light curve", "light curves", "curve"],
    f"{N}041": ["surface gravity"],
    f"{N}042": ["planetary nebula", "planetary"],
    f"{N}043": ["meteor shower", "meteor showers", "shower", "showers", "perseids"],
    f"{N}044": ["sunspot", "sunspots", "sun spot", "sun spots"],
    f"{N}045": ["variable star", "variable stars", "variable", "cepheid"],
    f"{N}046": ["red dwarf", "red dwarfs", "m dwarf"],
    f"{N}047": ["cosmic microwave background", "microwave", "cmb", "cmbr"],
    f"{N}048": ["spectroscopic parallax", "spectroscopic", "trigonometric"],
}

PLAN = shaped_plan(FOLDER, KINDS, SHAPES, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
