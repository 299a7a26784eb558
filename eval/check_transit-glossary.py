"""Static checks of eval/corpora/transit-glossary/questions.jsonl (blind, round 24).

Run from the worktree root: ``python eval/check_transit-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``transit-glossary.md``, prestomation/urbanism-guide's
``content/glossary/transportation.md``, a Hugo page of ``##`` terms wrapped in
``<div class="glossary-term">`` blocks, each with bold "Why it matters / See also / Learn
more" lines), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "transit-glossary"
N = "transit-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary
    f"{N}023": ["roundabout", "roundabouts", "traffic circle", "traffic circles", "rotary"],
    f"{N}024": [
        "congestion pricing",
        "congestion charge",
        "congestion charging",
        "toll",
        "tolls",
        "tolling",
        "cordon",
        "road pricing",
    ],
    f"{N}025": [
        "speed camera",
        "speed cameras",
        "camera",
        "cameras",
        "automated enforcement",
        "school zone",
        "school zones",
    ],
    f"{N}026": ["park and ride", "park-and-ride", "park & ride", "park and rides"],
    f"{N}027": ["last mile", "last-mile", "first mile", "first-mile", "first/last mile"],
    f"{N}028": [
        "microtransit",
        "on-demand",
        "on demand",
        "dial-a-ride",
        "paratransit",
        "demand-responsive",
    ],
    f"{N}029": [
        "speed hump",
        "speed humps",
        "speed bump",
        "speed bumps",
        "speed table",
        "speed tables",
        "speed cushion",
    ],
    f"{N}030": [
        "bike share",
        "bikeshare",
        "bike-share",
        "bike sharing",
        "scooter",
        "scooters",
        "micromobility",
        "dock",
        "docks",
        "docked",
    ],
    f"{N}031": ["right turn on red", "turn on red", "right on red", "rtor"],
    # named; most sharing a word with a term of the file: queue jump (BAT Lane, Protected
    # Bike Lane), woonerf / shared street (Complete Streets), parking minimums (Performance-
    # Based Parking Pricing, Restricted Parking Zone), bus stop consolidation (RapidRide),
    # level boarding (LOS Level of Service), transit desert (TOD, TSP), trip generation
    # (Induced Demand, VMT), slow streets (Complete Streets), protected intersection
    # (Protected Bike Lane)
    f"{N}032": ["queue jump", "queue jumps", "queue jumper", "queue jump lane"],
    f"{N}033": ["woonerf", "shared street", "shared streets", "living street"],
    f"{N}034": [
        "parking minimum",
        "parking minimums",
        "minimum parking",
        "parking requirement",
        "parking requirements",
        "parking mandates",
    ],
    f"{N}035": ["stop consolidation", "stop balancing", "stop spacing", "bus stop consolidation"],
    f"{N}036": ["level boarding", "platform height", "low-floor", "low floor"],
    f"{N}037": ["transit desert", "transit deserts", "desert"],
    f"{N}038": ["trip generation", "trip rates", "ite"],
    f"{N}039": ["slow street", "slow streets", "stay healthy streets", "healthy streets"],
    f"{N}040": [
        "protected intersection",
        "protected intersections",
        "dutch intersection",
        "corner refuge island",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
