"""Static checks of eval/corpora/uav-glossary/questions.jsonl (blind, round 31).

Run from the worktree root: ``python eval/check_uav-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one reStructuredText file (``uav-glossary.rst``, ArduPilot/ardupilot_wiki's
``common/source/docs/common-glossary.rst``, the ArduPilot wiki's drone / autopilot glossary:
no ``.. glossary::`` directive, each term a paragraph opening with a bold term and a colon,
``**AHRS**: ...``), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.

Written blind while round 30's parser read 0 entries from the file: until the parser reads
the bold-term paragraphs, ``rag-glossary entries`` exits with an error and this check stops
there (the "relevant id exists" and must_include checks need the parsed entries); the
anchors are the slugs of the whole bold text (eval/corpora/uav-glossary/README.md lists the
guessed ones).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "uav-glossary"
N = "uav-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (RTL, LiPo, ESC / BEC, IMU, GPS / INS /
    # WAAS, FPV / POI, Hard Iron Magnetic Distortion) is in the glossary
    f"{N}023": ["geofence", "geo-fence", "geofencing", "fence", "boundary", "no-fly zone"],
    f"{N}024": ["failsafe", "fail-safe", "fail safe", "radio failsafe", "signal loss"],
    f"{N}025": ["kv", "kv rating", "rpm", "per volt", "brushless"],
    f"{N}026": ["c rating", "c-rating", "discharge", "discharge rate", "discharged"],
    f"{N}027": ["propeller pitch", "propeller", "propellers", "prop", "props"],
    f"{N}028": ["optical flow", "optical", "flow", "px4flow"],
    f"{N}029": ["gimbal", "gimbals", "gimbal mount", "camera stabilizer"],
    f"{N}030": ["voltage sag", "sag", "sagging", "brownout", "brown-out", "punch out"],
    f"{N}031": ["soft iron", "soft-iron", "soft iron distortion"],
    # named; several share a word with a title: extended kalman filter (Kalman Filter), dshot
    # (ESC, PWM), lipo balance charger (LiPo), pid autotune (PID), quadplane (Plane), bvlos
    # (VLOS, LOS), smart rtl (RTL); sbus (near PPM / PWM) and glonass (near WAAS) share none
    f"{N}032": ["extended kalman filter", "ekf", "ekf2", "ekf3", "extended"],
    f"{N}033": ["sbus", "s.bus", "s-bus", "futaba"],
    f"{N}034": ["dshot", "d-shot", "oneshot", "multishot"],
    f"{N}035": ["balance charger", "balance", "balancing", "charger", "balance lead"],
    f"{N}036": ["glonass", "gnss", "galileo", "beidou"],
    f"{N}037": ["autotune", "auto-tune", "autotuning", "auto tune", "tuning"],
    f"{N}038": ["quadplane", "quad plane", "quad-plane", "vtol"],
    f"{N}039": ["bvlos", "beyond visual line of sight", "beyond line of sight", "beyond"],
    f"{N}040": ["smart rtl", "smartrtl", "smart_rtl", "smart return"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
