"""Static checks of eval/corpora/aviation-glossary/questions.jsonl (blind, round 24).

Run from the worktree root: ``python eval/check_aviation-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``aviation-glossary.md``, hmasing/solo_aviation_playbook's
``kitabu/text/08_Aviation_Glossary.md``: ``**Term**: definition. *Reference: ...*`` paragraphs
under ``### A`` ... ``### Z`` letter headings), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "aviation-glossary"
N = "aviation-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Best Glide Speed / V-Speeds, Wind Shear /
    # Final Approach, Gross Weight, Ground Effect, Pitot Static System, Hypoxia / IMC, Runway,
    # Transponder / GPS, ATC / Clearance / VHF) is in the glossary
    f"{N}023": ["stall", "stalls", "stalling", "angle of attack", "aoa", "stall warning"],
    f"{N}024": ["crosswind", "cross wind", "crab", "crabbing", "sideslip", "slip", "wing low"],
    f"{N}025": [
        "weight and balance",
        "center of gravity",
        "centre of gravity",
        "cg",
        "balance",
        "moment",
        "arm",
    ],
    f"{N}026": ["flap", "flaps", "high-lift", "high lift", "trailing edge"],
    f"{N}027": [
        "attitude indicator",
        "artificial horizon",
        "attitude",
        "gyro",
        "gyroscope",
        "gyroscopic",
    ],
    f"{N}028": [
        "spatial disorientation",
        "disorientation",
        "vertigo",
        "leans",
        "graveyard spiral",
        "vestibular",
    ],
    f"{N}029": [
        "runway number",
        "runway numbers",
        "runway designator",
        "magnetic",
        "heading",
        "compass",
        "designator",
    ],
    f"{N}030": ["ads-b", "adsb", "automatic dependent surveillance", "adsb out", "ads-b out"],
    f"{N}031": [
        "phonetic",
        "phonetic alphabet",
        "alfa",
        "alpha",
        "bravo",
        "charlie",
        "radiotelephony",
    ],
    # named; sharing a word with a title: cabin altitude (Density / Pattern Altitude, DA),
    # special use airspace (Class A/B/C/D/E/G Airspace, Uncontrolled Airspace), localizer
    # (near ILS), flight review (Flight Plan, Flight Service Station), runway end identifier
    # lights (Runway, Landing Lights, HIRL), ground speed (Ground Control, Ground Effect),
    # 100-hour inspection (Preflight Inspection), medical certificate (Airworthiness
    # Certificate, STC), landing gear (Landing Lights)
    f"{N}032": [
        "cabin altitude",
        "cabin",
        "pressurization",
        "pressurisation",
        "pressurized",
        "pressurised",
    ],
    f"{N}033": [
        "special use airspace",
        "special use",
        "sua",
        "restricted area",
        "prohibited area",
        "moa",
        "military operations area",
    ],
    f"{N}034": ["localizer", "localiser", "glideslope", "glide slope", "loc"],
    f"{N}035": ["flight review", "biennial", "biennial flight review", "bfr"],
    f"{N}036": ["runway end identifier lights", "runway end identifier", "reil", "reils"],
    f"{N}037": ["ground speed", "groundspeed", "gs"],
    f"{N}038": ["100-hour", "100 hour", "100-hour inspection", "hundred hour"],
    f"{N}039": [
        "medical certificate",
        "medical",
        "aeromedical",
        "basicmed",
        "ame",
        "aviation medical examiner",
    ],
    f"{N}040": ["landing gear", "gear", "retractable", "undercarriage", "gear up"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
