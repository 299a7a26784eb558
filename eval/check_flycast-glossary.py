"""Static checks of eval/corpora/flycast-glossary/questions.jsonl (blind, round 35).

Run from the worktree root: ``python eval/check_flycast-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown page (``flycast-glossary.md``, JaccyLi/hookedli's
``pages/articles/md/ffi-casting-definitions.md``, Fly Fishers International's "FFI Fly Casting
Definitions (2025 Edition)"): YAML front matter, an introduction with a table of contents,
``##`` sections (one of them, "Fly Casting", itself a definition) over ``###`` terms with
the definition on the next line, diagram images after some definitions, sub-terms as
``- **Term** - definition`` bullets under "Mends", "Hauling" and "Snap Cast", slash titles
("Aerial/Overhead Cast", "Oval / Belgiian / Elliptical Cast"), two credits sections of bold
names, and a closing "Index of Casting Terms" whose ``### A``..``### W`` letter headings hold
bare ``**Term**`` lines. Questions are keyed to the ids the parser gives (README: some real
terms are not read as entries, so no question asks for them).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "flycast-glossary"
N = "flycast-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (fly line, Overhang, Connection Point,
    # Weight, line hand in Hauling, Hooking, Drift / Drag, Energy, Key Position) is in the
    # glossary
    f"{N}023": ["backing", "reel", "spool"],
    f"{N}024": ["line weight", "rod weight", "wt", "aftma", "grain", "grains"],
    f"{N}025": ["knot", "knots", "clinch", "improved clinch"],
    f"{N}026": ["stripping", "strip", "stripped", "retrieve", "retrieving", "basket"],
    f"{N}027": ["strike", "hookset", "hook set", "set the hook", "hook", "trout"],
    f"{N}028": ["dead drift", "drag-free", "drag free", "dry fly", "natural drift"],
    f"{N}029": ["load", "loading", "loaded", "bend", "bending", "flex", "flexing", "stiffness"],
    f"{N}030": ["taper", "tapered", "weight forward", "weight-forward", "belly", "head"],
    f"{N}031": ["grip", "thumb", "handle", "cork"],
    # named; several share a word with a title: reach / tuck / parachute / skagit / bow and
    # arrow cast (Roll Cast, Spey Cast ...), shooting head (Shooting line), stack mend (Aerial
    # Mends, Water Mends); wind knot, tippet
    f"{N}032": ["reach cast", "reach"],
    f"{N}033": ["tuck cast", "tuck"],
    f"{N}034": ["parachute cast", "parachute"],
    f"{N}035": ["wind knot", "knot"],
    f"{N}036": ["shooting head", "head", "scandi"],
    f"{N}037": ["skagit"],
    f"{N}038": ["stack mend", "stack"],
    f"{N}039": ["bow and arrow", "bow", "arrow"],
    f"{N}040": ["tippet", "5x"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
