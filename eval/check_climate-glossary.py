"""Static checks of eval/corpora/climate-glossary/questions.jsonl (blind, round 23).

Run from the worktree root: ``python eval/check_climate-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``climate-glossary.md``, spencerahill/clim-change-course_2025's
``chapters/glossary.md``, a MyST ``{glossary}`` directive), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``. The whole file is searched for negative terms,
including the HTML comment of unfinished stubs after the directive (grease ice, pancake
ice, melt pond, halocline, detection, Anki, attribution, historical run, frazil ice, future
projection, forgetting curve, spaced repetition), which the parser does not read.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "climate-glossary"
N = "climate-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (greenhouse gas / CO2, surface albedo /
    # anthropogenic, internal variability / tropics, greenhouse gas / polar amplification,
    # emission, greenhouse gas / radiative forcing, Hadley cells / deep ocean of equilibrium
    # climate sensitivity, extratropics / tropopause, stratosphere / greenhouse gas (ozone))
    # is in the glossary
    f"{N}023": [
        "ocean acidification",
        "acidification",
        "acidic",
        "ph",
        "carbonate",
        "calcification",
    ],
    f"{N}024": ["urban heat island", "heat island", "urban", "city", "cities", "asphalt"],
    f"{N}025": [
        "el nino",
        "el niño",
        "la nina",
        "la niña",
        "enso",
        "southern oscillation",
        "walker circulation",
    ],
    f"{N}026": ["permafrost", "frozen ground", "tundra", "thaw", "thawing"],
    f"{N}027": [
        "carbon capture",
        "direct air capture",
        "ccs",
        "dac",
        "sequestration",
        "carbon removal",
        "carbon dioxide removal",
        "cdr",
    ],
    f"{N}028": [
        "global warming potential",
        "gwp",
        "co2e",
        "co2-equivalent",
        "co2 equivalent",
        "equivalent",
    ],
    f"{N}029": [
        "thermohaline",
        "thermohaline circulation",
        "amoc",
        "conveyor",
        "conveyor belt",
        "gulf stream",
        "meridional overturning circulation",
    ],
    f"{N}030": ["jet stream", "jet", "jets", "westerlies", "westerly"],
    f"{N}031": [
        "ozone hole",
        "ozone depletion",
        "ozone layer",
        "cfc",
        "cfcs",
        "chlorofluorocarbons",
        "montreal protocol",
        "montreal",
    ],
    # named; most sharing a word with a title: cloud seeding (cloud, cloud feedback, ...), sea
    # surface temperature (sea ice, sea level rise, surface), ice core (ice sheet, sea ice, land
    # ice), solar radiation management (solar constant), tropical depression (tropical cyclone),
    # atmospheric river (atmosphere), emissions trading (emission), absolute humidity (relative
    # / specific humidity), polar vortex (polar amplification)
    f"{N}032": ["cloud seeding", "seeding", "silver iodide"],
    f"{N}033": ["sea surface temperature", "sea surface temperatures", "sst", "sea surface"],
    f"{N}034": ["ice core", "ice cores", "ice-core", "core", "cores"],
    f"{N}035": [
        "solar radiation management",
        "solar geoengineering",
        "geoengineering",
        "srm",
        "stratospheric aerosol injection",
        "sai",
    ],
    f"{N}036": ["tropical depression", "tropical storm", "depression", "saffir-simpson"],
    f"{N}037": ["atmospheric river", "atmospheric rivers", "pineapple express"],
    f"{N}038": [
        "emissions trading",
        "emission trading",
        "cap and trade",
        "cap-and-trade",
        "carbon tax",
        "carbon price",
        "carbon pricing",
        "ets",
    ],
    f"{N}039": ["absolute humidity", "vapor density", "vapour density"],
    f"{N}040": ["polar vortex", "vortex", "cold snap", "cold snaps"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
