"""Static checks of eval/corpora/exposure-glossary/questions.jsonl (blind, round 35).

Run from the worktree root: ``python eval/check_exposure-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one CSV file (``exposure-glossary.csv``, eu-parc/aggregate-exposure-modelling's
``glossary.csv``, the PARC project 6.2.1 vocabulary of human aggregate exposure to chemicals):
a header ``Id, Reference, URI, Description`` (spaces after the commas), 38 rows of four quoted
cells with the term first and the definition last, ten rows written with ``", "`` between
the cells (a space before each opening quote), one definition cell running over two physical
lines (Consumer products), doubled ``""`` quotes inside cells, one filled URI cell, synonyms
inside the term cell ("Uptake or Absorption", "Biological matrix, or Biological media, or
targeted biological matrix", "RPF (Relative Potency Factor)", "(Exposure) target").
The code at main 83a6acd reads 38 entries of 38 rows (eval/corpora/exposure-glossary/README.md).
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "exposure-glossary"
N = "exposure-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Exposure / RPF's
    # toxicity data, Uptake / Internal exposure, Intake / Long-term exposure, Internal exposure /
    # Exposure model, Exposure factor / Exposure route's inhalation, Exposure model / Exposure
    # parameter, Exposure model, RPF / Cumulative exposure, Exposure source's dust / Intake)
    f"{N}023": [
        "noael",
        "no observed",
        "no-observed",
        "loael",
        "adverse effect",
        "adverse",
        "nogael",
    ],
    f"{N}024": ["half-life", "half life", "halflife", "elimination", "excretion", "clearance"],
    f"{N}025": [
        "tolerable daily intake",
        "acceptable daily intake",
        "tdi",
        "adi",
        "reference dose",
        "rfd",
        "daily",
        "health-based guidance value",
    ],
    f"{N}026": [
        "pbk",
        "pbpk",
        "pbtk",
        "toxicokinetic",
        "toxicokinetics",
        "physiologically",
        "physiology",
    ],
    f"{N}027": [
        "inhalation rate",
        "breathing rate",
        "breathing",
        "breathes",
        "ventilation rate",
        "ventilation",
        "respiration rate",
    ],
    f"{N}028": ["uncertainty", "uncertainties", "uncertain", "variability"],
    f"{N}029": ["monte carlo", "probabilistic", "simulation", "simulations", "random"],
    f"{N}030": [
        "hazard quotient",
        "hazard index",
        "margin of exposure",
        "moe",
        "risk characterisation",
        "risk characterization",
        "reference level",
    ],
    f"{N}031": [
        "hand-to-mouth",
        "hand to mouth",
        "mouthing",
        "toddler",
        "toddlers",
        "children",
        "child",
        "kids",
        "toys",
    ],
    # named; several share a word with a title: occupational exposure limit (Exposure ...),
    # biomonitoring equivalent (Biomonitoring), emission factor (Emission source), source
    # apportionment (Emission / Exposure source), aggregate risk index (Aggregate exposure ...),
    # intake rate (Intake, Intake fraction)
    f"{N}032": [
        "occupational exposure limit",
        "exposure limit",
        "oel",
        "limit value",
        "tlv",
        "threshold limit value",
    ],
    f"{N}033": ["biomonitoring equivalent", "biomonitoring equivalents"],
    f"{N}034": ["reverse dosimetry", "dosimetry"],
    f"{N}035": ["exposome"],
    f"{N}036": ["emission factor", "emission factors"],
    f"{N}037": ["source apportionment", "apportionment"],
    f"{N}038": ["bioavailability", "bioavailable", "bioaccessibility", "bioaccessible"],
    f"{N}039": ["aggregate risk index", "risk index", "ari"],
    f"{N}040": [
        "intake rate",
        "intake rates",
        "ingestion rate",
        "ingestion rates",
        "soil ingestion",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
