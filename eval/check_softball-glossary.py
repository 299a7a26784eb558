"""Static checks of eval/corpora/softball-glossary/questions.jsonl (blind, round 38).

Run from the worktree root: ``python eval/check_softball-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Python module of a Streamlit stats site (``softball-glossary.py``,
JesterRTB/dxsoftball's ``glossary.py`` at commit 3017576, tooltips for a recreational
softball league's batting leaderboards): 33 module-level assignments
``gloss_KEY = "**Title**  \\nformula or definition"``, one per line, no dict, no docstring;
the title is Markdown bold inside the string, ``  \\n`` (two spaces and an escaped newline)
a Markdown hard line break, 9 strings hold only the bold title.

Written blind while round 37's parser read no file from the folder: ``.py`` is not in
``GLOSSARY_SUFFIXES``, so ``rag-glossary entries`` exits 2 ("no glossary files") and this
check stops there; the negative-term grep would also read no text (``corpus_files`` keeps
only GLOSSARY_SUFFIXES). The anchors are the shared corpus README's slug of each bold title
(``Bases on Balls / Walks`` -> ``bases-on-balls--walks``, ``Adjusted OPS+`` ->
``adjusted-ops``); eval/corpora/softball-glossary/README.md lists them and how the other
checks were run by hand.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "softball-glossary"
N = "softball-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (bases, walks, innings, defense, outs,
    # sacrifice flies, plate appearances, the fences of Home Runs, fly-ball outs) is in the
    # glossary
    f"{N}023": ["stolen", "steal", "steals", "stolen base", "sb"],
    f"{N}024": ["earned run", "earned runs", "era", "pitcher", "pitching"],
    f"{N}025": ["error", "errors", "fielding", "fielding percentage", "clean"],
    f"{N}026": ["hit by pitch", "hbp", "plunked", "beaned", "hit-by-pitch"],
    f"{N}027": ["bunt", "bunts", "sacrifice hit", "sacrifice bunt", "sac bunt", "sh"],
    f"{N}028": ["stranded", "left on base", "lob", "runners left"],
    f"{N}029": ["lineup", "batting order", "leadoff", "cleanup", "order"],
    f"{N}030": ["park factor", "park factors", "ballpark", "field dimensions", "fence distance"],
    f"{N}031": ["ground ball", "groundball", "grounder", "grounders", "ground", "gb/fb"],
    # named; several share a word with a title: batting average against (Batting Average),
    # defensive efficiency ratio (Defensive Run Value), runs allowed (Runs Scored), infield
    # hits (Hits), walk-off home run (Home Runs, Walks), strikeout to walk ratio (Strikeout
    # Percentage, Walk Percentage); fielder's choice, pythagorean expectation, win probability
    # added (Wins Above Replacement)
    f"{N}032": ["batting average against", "baa", "opponent batting average", "against"],
    f"{N}033": ["defensive efficiency", "der", "efficiency"],
    f"{N}034": ["runs allowed", "allowed", "ra"],
    f"{N}035": ["infield hit", "infield hits", "infield"],
    f"{N}036": ["walk-off", "walkoff", "walk off"],
    f"{N}037": ["fielder's choice", "fielders choice", "fielder", "fc"],
    f"{N}038": ["pythagorean", "expected wins", "expectation", "pythag"],
    f"{N}039": ["win probability", "wpa", "probability"],
    f"{N}040": ["strikeout to walk", "strikeout-to-walk", "k/bb", "so/bb", "ratio"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
