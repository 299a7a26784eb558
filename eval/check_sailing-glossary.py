"""Static checks of eval/corpora/sailing-glossary/questions.jsonl (blind, round 24).

Run from the worktree root: ``python eval/check_sailing-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``sailing-glossary.md``, AlJohri/olympic-rules's
``rules/sailing/glossary.md``, "Sailing 101: Glossary", bold-term paragraphs), whose suffix is
in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "sailing-glossary"
N = "sailing-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Tacking / Coming about / Pointing, Jib /
    # Tiller, Gybe / Helmsman, Upwind / Windward, Luff / Trim, Halyard / Boom vang, Foot / Clew /
    # Boom, Header / Pointing, Port tack / Starboard tack) is in the glossary
    f"{N}023": ["in irons", "irons", "no-go zone", "no go zone", "head to wind", "head-to-wind"],
    f"{N}024": ["heave to", "heaving to", "hove to", "heave-to", "hove-to", "heaving"],
    f"{N}025": [
        "man overboard",
        "overboard",
        "mob",
        "crew overboard",
        "figure eight",
        "figure-eight",
        "rescue",
    ],
    f"{N}026": ["apparent wind", "apparent", "true wind"],
    f"{N}027": [
        "telltale",
        "telltales",
        "tell-tale",
        "tell-tales",
        "tell tales",
        "woolies",
        "yarn",
        "ribbons",
    ],
    f"{N}028": ["cunningham", "downhaul", "luff tension"],
    f"{N}029": ["outhaul", "clew outhaul"],
    f"{N}030": ["lift", "lifted", "lifts", "lifting", "knock", "veer", "veers"],
    f"{N}031": [
        "right of way",
        "right-of-way",
        "give way",
        "give-way",
        "stand-on",
        "keep clear",
        "collision",
        "colregs",
    ],
    # named; sharing a word with a title: spinnaker pole (Spinnaker), boom preventer (Boom),
    # mast rake (Mast), weather helm (Helmsman's "helm" is not a word of the file), bowline knot
    # (Bow, Knot), storm jib (Jib, Genoa/Headsail/Jib), spring line (Lines), mark room (Mark),
    # mainsheet traveler (Mainsail, Sheet)
    f"{N}032": ["spinnaker pole", "whisker pole", "pole", "poles"],
    f"{N}033": ["preventer", "boom preventer", "boom brake"],
    f"{N}034": ["mast rake", "rake", "raked"],
    f"{N}035": ["weather helm", "lee helm", "helm", "weather"],
    f"{N}036": ["bowline", "bowlines", "bowline knot"],
    f"{N}037": ["storm jib", "storm", "storm sail", "trysail"],
    f"{N}038": ["spring line", "spring lines", "dock line", "dock lines", "docking", "dock"],
    f"{N}039": ["mark room", "room", "zone", "three-length zone", "boat lengths"],
    f"{N}040": ["traveler", "traveller", "mainsheet", "main sheet", "mainsheet traveler"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
