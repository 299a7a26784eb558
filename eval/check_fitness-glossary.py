"""Static checks of eval/corpora/fitness-glossary/questions.jsonl (blind, round 25).

Run from the worktree root: ``python eval/check_fitness-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``fitness-glossary.md``, saicgr/AIFitnessCoach's
``docs/FITNESS_TERMINOLOGY.md``: ``###`` term headings, each followed by bold
``**Definition**:`` / ``**Example**:`` / ``**App Integration**:`` lines), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``. The parser reads the bold field lines as entries
(``#definition-N``, ``#example-N``, ``#app-integration-N``), so the questions are keyed to those.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "fitness-glossary"
N = "fitness-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Pre-Workout, Protein Timing / Refeed /
    # Carb Cycling, Lockout / Form, DOMS / Training to Failure, Form / Sticking Point, HIIT /
    # TDEE, VO2 Max / LISS, Macros / Carb Cycling, Shredded / BMR) is in the glossary
    f"{N}023": ["creatine", "creatine monohydrate", "monohydrate", "loading", "loading phase"],
    f"{N}024": [
        "intermittent fasting",
        "fasting",
        "intermittent",
        "16:8",
        "time-restricted",
        "time restricted eating",
    ],
    f"{N}025": ["mixed grip", "alternating grip", "over-under", "grip", "hook grip"],
    f"{N}026": ["rhabdomyolysis", "rhabdo", "urine", "kidney", "kidneys"],
    f"{N}027": ["valsalva", "valsalva maneuver", "bracing", "brace", "breath", "breathing", "belt"],
    f"{N}028": ["epoc", "afterburn", "afterburn effect", "post-exercise oxygen consumption"],
    f"{N}029": [
        "lactate threshold",
        "lactate",
        "lactic",
        "lactic acid",
        "threshold",
        "anaerobic threshold",
    ],
    f"{N}030": ["glycemic index", "glycemic", "glycaemic", "gi", "blood sugar", "insulin"],
    f"{N}031": ["bmi", "body mass index"],
    # named; most sharing a word with a title: partial reps (Forced / Pause / Cheat Reps),
    # circuit training (Functional Training, Training to Failure), reverse diet (Reverse
    # Pyramid), heart rate variability, keto diet, max heart rate (VO2 Max, 1RM One Rep Max),
    # pre-exhaust set (Drop / Giant / Compound Set ...), Bulgarian split squat (Bro / Arnold /
    # Upper/Lower Split), muscle memory (Mind-Muscle Connection)
    f"{N}032": ["partial reps", "partial", "partials", "half reps"],
    f"{N}033": ["circuit training", "circuit", "circuits"],
    f"{N}034": ["reverse diet", "reverse dieting", "diet", "dieting"],
    f"{N}035": ["heart rate variability", "hrv", "heart rate", "variability"],
    f"{N}036": ["keto", "ketogenic", "ketosis", "low-carb", "low carb"],
    f"{N}037": ["max heart rate", "maximum heart rate", "heart rate", "220", "mhr"],
    f"{N}038": ["pre-exhaust", "pre exhaust", "pre-exhaustion", "exhaust"],
    f"{N}039": [
        "bulgarian split squat",
        "bulgarian",
        "split squat",
        "split squats",
        "rear foot elevated",
    ],
    f"{N}040": ["muscle memory", "memory", "detraining", "retraining"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
