"""Static checks of eval/corpora/carpentry-glossary/questions.jsonl (blind, round 31).

Run from the worktree root: ``python eval/check_carpentry-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``carpentry-glossary.md``, gongahkia/personal-wiki's
``notes/Carpentry.md`` at commit 04b3ffbbccabe342a36f463b133100a98468a965, a personal note
on carpentry / woodworking: plain ``* Term: definition`` bullets without bold under ``##`` /
``###`` sections, a three-column Markdown table of joints, then HTML ``<div>`` blocks with
``<h3>`` captions over images), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "carpentry-glossary"
N = "carpentry-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Hand Planes, Grain, Wood Chisels,
    # Screwdriver / Power Drill, Table Saw / Kickback, Joist / Header, the saws, Nail Puller)
    # is in the glossary
    f"{N}023": ["sanding", "sandpaper", "sander", "sand", "grit", "abrasive"],
    f"{N}024": [
        "finish",
        "finishing",
        "varnish",
        "polyurethane",
        "lacquer",
        "shellac",
        "coat",
        "stain",
    ],
    f"{N}025": ["sharpening", "sharpen", "sharp", "honing", "hone", "whetstone"],
    f"{N}026": ["countersink", "countersunk", "flush"],
    f"{N}027": ["push stick", "push block", "push"],
    f"{N}028": [
        "moisture",
        "kiln",
        "seasoning",
        "seasoned",
        "acclimate",
        "warp",
        "warping",
        "dry",
        "drying",
    ],
    f"{N}029": ["rafter", "rafters", "roof", "truss", "trusses"],
    f"{N}030": ["dust", "sawdust", "dust collector", "vacuum", "extractor"],
    f"{N}031": ["wood filler", "filler", "putty", "spackle", "paint", "painting"],
    # named; several share a word with a title: bridle joint, tongue and groove, pocket hole
    # (the JOINT rows), band saw, coping saw, dovetail saw (the SAW entries, Dovetail), cripple
    # stud (Stud), kerf (the saws), spokeshave (Hand Planes)
    f"{N}032": ["bridle joint", "bridle"],
    f"{N}033": ["tongue and groove", "tongue-and-groove", "tongue"],
    f"{N}034": ["pocket hole", "pocket-hole", "pocket screw", "pocket", "kreg"],
    f"{N}035": ["band saw", "bandsaw"],
    f"{N}036": ["coping saw", "coping"],
    f"{N}037": ["kerf"],
    f"{N}038": ["spokeshave"],
    f"{N}039": ["cripple stud", "cripple", "jack stud"],
    f"{N}040": ["dovetail saw", "backsaw", "back saw"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
