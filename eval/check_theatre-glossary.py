"""Static checks of eval/corpora/theatre-glossary/questions.jsonl (blind, round 26).

Run from the worktree root: ``python eval/check_theatre-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``theatre-glossary.md``, Pete-beep/technical-theatre-course's
``modules/00-glossary.md``, bullet lists of ``* **Term:** definition`` under ``###`` sections),
whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "theatre-glossary"
N = "theatre-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Show Stop / Safety Protocols, Lighting
    # Designer / Focus Session, Preset / Blocking, Production Roles, Color Temperature /
    # Upstage, Stage Directions, Set Designer / Schedule, Scene Change Plot, Producer / Stage
    # Manager) is in the glossary
    f"{N}023": ["fire curtain", "safety curtain", "iron", "the iron", "curtain", "fireproof"],
    f"{N}024": ["follow spot", "followspot", "follow-spot", "spotlight", "spot", "spot op"],
    f"{N}025": ["spike tape", "spike", "spike mark", "spike marks", "spiking", "tape", "glow tape"],
    f"{N}026": ["understudy", "understudies", "swing", "cover", "alternate"],
    f"{N}027": ["cyclorama", "cyc", "backdrop", "sky", "skycloth", "scrim"],
    f"{N}028": ["thrust", "thrust stage", "in the round", "arena", "proscenium", "traverse"],
    f"{N}029": ["load-in", "load in", "get-in", "get in", "bump-in", "bump in", "fit-up"],
    f"{N}030": ["strike", "get-out", "load-out", "load out", "teardown", "bump-out"],
    f"{N}031": [
        "house manager",
        "front of house",
        "front-of-house",
        "foh",
        "usher",
        "ushers",
        "lobby",
        "box office",
        "house",
    ],
    # named; sharing a word with a title: cue to cue (Cue, Cue Sheet, Cue Light), stage combat
    # (Stage Manager, Stage Plot), lighting gel (Lighting Plot, Lighting Designer), sound check
    # (Sound Designer), props table (Props Crew, Props Tracking Sheet), counterweight fly system
    # (Fly Crew), technical rider (Technical Director, Technical Theatre), stage door (Stage
    # Left / Right), color scroller (Color Temperature)
    f"{N}032": ["cue to cue", "cue-to-cue", "q2q"],
    f"{N}033": ["stage combat", "fight director", "fight call", "fight choreography", "fight"],
    f"{N}034": ["gel", "gels", "color filter", "colour filter", "lee filter", "rosco"],
    f"{N}035": ["sound check", "soundcheck", "line check", "mic check"],
    f"{N}036": ["props table", "prop table", "table"],
    f"{N}037": [
        "counterweight",
        "counterweight system",
        "lineset",
        "line set",
        "arbor",
        "fly rail",
        "batten",
        "pin rail",
    ],
    f"{N}038": ["technical rider", "tech rider", "rider", "touring"],
    f"{N}039": ["stage door", "door", "stage doorman"],
    f"{N}040": ["color scroller", "colour scroller", "scroller", "scrollers", "gel string"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
