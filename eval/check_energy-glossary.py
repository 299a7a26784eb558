"""Static checks of eval/corpora/energy-glossary/questions.jsonl (blind, round 24).

Run from the worktree root: ``python eval/check_energy-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``energy-glossary.md``, Semianalysis/Context-Packs's
``energy-power/terminology.md``: a ``#`` title and five ``##`` sections, each a two-column
Markdown table with bold terms), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "energy-glossary"
N = "energy-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Curtailment / Capacity factor, Demand
    # charge, PPA / REC, Islanding / BYOG, Transformer / Demand charge, CRAC/CRAH / Delta T,
    # CDU, CAISO / Curtailment, LCOS / Merchant risk / LMP) is in the glossary
    f"{N}023": [
        "spinning reserve",
        "spinning",
        "reserve",
        "reserves",
        "operating reserve",
        "ancillary",
        "frequency",
    ],
    f"{N}024": [
        "demand response",
        "load shedding",
        "shedding",
        "interruptible",
        "peak shaving",
        "demand-side",
        "demand side",
    ],
    f"{N}025": [
        "net metering",
        "net metered",
        "metering",
        "net billing",
        "feed-in tariff",
        "feed-in",
        "rooftop",
    ],
    f"{N}026": [
        "black start",
        "black-start",
        "blackstart",
        "black",
        "blackout",
        "restoration",
        "restart",
    ],
    f"{N}027": [
        "power factor",
        "reactive",
        "reactive power",
        "apparent power",
        "apparent",
        "kvar",
        "kva",
        "var",
    ],
    f"{N}028": ["hot aisle", "cold aisle", "aisle", "aisles", "containment"],
    f"{N}029": ["immersion", "immersion cooling", "dielectric", "tank", "two-phase"],
    f"{N}030": ["duck curve", "duck", "net load", "ramp", "ramping"],
    f"{N}031": [
        "arbitrage",
        "energy arbitrage",
        "peak shaving",
        "spread",
        "discharge",
        "discharging",
    ],
    # named; sharing a word with a title: capacity market (Capacity factor), heat rate (Heat
    # rejection), virtual power plant (VPPA's "Virtual PPA"), dry cooler (Dry-bulb
    # temperature), carbon offset (24/7 CFE, CUE), congestion revenue rights (Congestion),
    # cooling degree days (Free cooling), base load (Load pocket), chiller (DX's "chilled")
    f"{N}032": ["capacity market", "capacity markets", "capacity auction", "forward capacity"],
    f"{N}033": ["heat rate", "btu", "btu/kwh"],
    f"{N}034": ["virtual power plant", "virtual power plants", "vpp", "aggregator", "aggregation"],
    f"{N}035": ["dry cooler", "dry coolers", "drycooler", "cooler"],
    f"{N}036": [
        "carbon offset",
        "carbon offsets",
        "offset",
        "offsets",
        "carbon credit",
        "carbon credits",
    ],
    f"{N}037": [
        "congestion revenue rights",
        "congestion revenue right",
        "crr",
        "financial transmission right",
        "financial transmission rights",
        "ftr",
        "revenue",
    ],
    f"{N}038": [
        "cooling degree days",
        "cooling degree day",
        "degree day",
        "degree days",
        "cdd",
        "hdd",
    ],
    f"{N}039": ["base load", "baseload", "base-load", "base"],
    f"{N}040": [
        "chiller",
        "chillers",
        "water-cooled chiller",
        "water cooled chiller",
        "cooling tower",
        "cooling towers",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
