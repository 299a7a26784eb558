"""Static checks of eval/corpora/gem-glossary/questions.jsonl (blind, round 32).

Run from the worktree root: ``python eval/check_gem-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``gem-glossary.md``, gemmology-dev/gemmology-knowledge's
``docs/glossary.md``, a gemmology / mineralogy glossary for FGA study notes: ``## A``-style
letter headings, ``**Term**`` lines each followed by a one-line ``: definition``, three
"Term (ACRONYM)" titles), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "gem-glossary"
N = "gem-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Chromophore / Synthetic, Inclusion,
    # Refractive Index, Inclusion / Facet, Facet / Cabochon, Habit / Hardness, Point Group /
    # Miller Indices, Growth Zoning / Jardín, Synthetic / Isotropic) is in the glossary
    f"{N}023": [
        "heat treatment",
        "heat-treated",
        "heat",
        "heated",
        "heating",
        "treatment",
        "treated",
        "enhancement",
        "enhanced",
    ],
    f"{N}024": ["clarity", "vs1", "si2", "flawless", "grading", "grade", "graded"],
    f"{N}025": ["refractometer", "contact liquid", "hemicylinder"],
    f"{N}026": ["loupe", "magnifier", "magnifying", "10x", "lens"],
    f"{N}027": [
        "lapidary",
        "gemcutter",
        "gem cutter",
        "cutting",
        "grinding",
        "polishing",
        "faceting",
    ],
    f"{N}028": ["streak", "porcelain", "powder"],
    f"{N}029": ["unit cell", "lattice", "bravais", "atoms"],
    f"{N}030": ["origin", "provenance", "locality", "country", "mine", "mined"],
    f"{N}031": ["amorphous", "mineraloid", "non-crystalline", "organic", "amber"],
    # named; several share a word with a title: round brilliant cut (Brilliance is "brilliance",
    # not "brilliant"), critical angle, isometric crystal system (the crystal systems only
    # in Uniaxial), interference figure (Labradorescence's "light interference" is in the
    # file, so only the figure words are keyed), fracture filling (Fracture), colour change
    # (Play of colour), moissanite (Synthetic, Simulant), Vickers hardness (Hardness, Mohs
    # scale), culet (Crown, Pavilion, Girdle, Table)
    f"{N}032": ["brilliant cut", "brilliant"],
    f"{N}033": ["critical angle", "angle"],
    f"{N}034": [
        "crystal system",
        "crystal systems",
        "isometric",
        "cubic",
        "orthorhombic",
        "monoclinic",
        "triclinic",
    ],
    f"{N}035": ["interference figure", "conoscope", "conoscopic"],
    f"{N}036": ["fracture filling", "fracture-filled", "filling", "filled"],
    f"{N}037": ["colour change", "color change", "colour-change", "alexandrite"],
    f"{N}038": ["moissanite"],
    f"{N}039": ["vickers", "knoop", "absolute hardness"],
    f"{N}040": ["culet"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
