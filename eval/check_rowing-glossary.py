"""Static checks of eval/corpora/rowing-glossary/questions.jsonl (blind, round 36).

Run from the worktree root: ``python eval/check_rowing-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary file.

The glossary is ONE SECTION of a larger Markdown document (``rowing-glossary.md``,
ilarsf/aarc_lts's ``_includes/textbook/Part5-Appendices.md``, "Part 5: Appendices" of the Ann
Arbor Rowing Club's Learn to Scull textbook): ``## Appendix A: Glossary of Rowing Terms`` with
four ``###`` category headings over 59 ``* **Term:** definition`` bullets, then Appendix B
(policies), C (resources and links, also ``* **Label:** text`` bullets) and D (an FAQ of
``####`` questions with HTML ``<ul>`` lists). The negative-term grep reads the whole file,
FAQ included. Its suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "rowing-glossary"
N = "rowing-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (the Commands
    # section; Regatta; Traffic Pattern / Buoy; Hands On / Hull; Handle; Rating; Rigger /
    # Pitch / Oarlock; Keel; Rating / Commands)
    f"{N}023": ["coxswain", "cox", "coxie", "coxy", "steer", "steers", "steering", "rudder"],
    f"{N}024": ["head race", "head of the", "time trial", "staggered", "staggered start"],
    f"{N}025": ["wake", "wakes", "motorboat", "motor boat", "motor launch", "launch", "powerboat"],
    f"{N}026": ["sling", "slings", "trestle", "trestles", "rack", "racks", "boat stand"],
    f"{N}027": [
        "crossover",
        "cross over",
        "cross-over",
        "overlap",
        "left over right",
        "hands cross",
    ],
    f"{N}028": ["split", "splits", "500", "500m", "per 500", "pace", "monitor", "pm5"],
    f"{N}029": ["spread", "span", "pin", "pins", "rigging"],
    f"{N}030": ["skeg", "fin", "fins"],
    f"{N}031": [
        "stroke seat",
        "stroke oar",
        "strokeman",
        "stroke person",
        "pacesetter",
        "pace setter",
    ],
    # named; seven share a word with a title: seat racing (Seat), catch angle (Catch), half
    # slide (Tracks (or Slides)), stroke coach (Rating (or Stroke Rate)), coxed quad (Quad
    # Scull (4x)), feet-out rowing (Light on the Feet), bow seat (Bow, Bow Ball); puddles and
    # backstops share none
    f"{N}032": ["seat racing", "seat race", "seat races"],
    f"{N}033": ["catch angle", "catch angles"],
    f"{N}034": ["half slide", "half-slide", "quarter slide", "three-quarter slide"],
    f"{N}035": ["stroke coach", "speedcoach", "speed coach", "cox box", "coxbox"],
    f"{N}036": ["coxed quad", "coxed", "4+", "coxed four"],
    f"{N}037": ["feet out", "feet-out", "feet out rowing", "feet-out rowing"],
    f"{N}038": ["bow seat", "bow pair", "bow four", "bowman", "bow person"],
    f"{N}039": ["puddle", "puddles"],
    f"{N}040": ["backstops", "back stops", "frontstops", "front stops"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
