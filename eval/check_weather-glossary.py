"""Static checks of eval/corpora/weather-glossary/questions.jsonl (blind, round 28).

Run from the worktree root: ``python eval/check_weather-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one HTML file (``weather-glossary.html``, sonnygauran/croogo's
``plugins/weatherph/views/dictionaries/english.ctp`` at e1a209e2, a CakePHP view of two
``<dl>`` lists, saved under an .html name), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "weather-glossary"
N = "weather-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Temperature / Subsidence, Precipitation /
    # Cloud, Typhoon / Tropical Cyclone / Beaufort Wind Scale, Satellite Fix / Intensity,
    # Temperature / Subsidence, Pressure (Atmopsheric), Wind / TUTT, Kona, Heat Index) is in
    # the glossary
    f"{N}023": [
        "lapse rate",
        "lapse rates",
        "lapse",
        "adiabatic lapse rate",
        "environmental lapse rate",
        "altitude",
    ],
    f"{N}024": ["hail", "hailstone", "hailstones", "hailstorm", "graupel", "ice pellets"],
    f"{N}025": [
        "saffir-simpson",
        "saffir",
        "simpson",
        "category",
        "category 5",
        "hurricane scale",
    ],
    f"{N}026": ["dvorak", "dvorak technique", "t-number", "current intensity number"],
    f"{N}027": [
        "temperature inversion",
        "inversion",
        "inversions",
        "smog",
        "inversion layer",
    ],
    f"{N}028": ["barometer", "barometers", "barometric", "aneroid", "barograph"],
    f"{N}029": ["jet stream", "jet streams", "jetstream", "jet"],
    f"{N}030": [
        "foehn",
        "föhn",
        "fohn",
        "chinook",
        "katabatic",
        "downslope",
        "downslope wind",
    ],
    f"{N}031": ["uv index", "uv", "ultraviolet", "sunburn", "sunburned"],
    # named; sharing a word with a title: cloud seeding (Cloud), wind shear (Wind, Wind
    # Chill, ...), heat dome (Heat Index), polar vortex (Vortex Fix), gust front (Gust(s),
    # Front), heat lightning (Heat Index), warm sector (Warm Front), pressure tendency
    # (Pressure (Atmopsheric)), hurricane watch (Hurricane Season)
    f"{N}032": ["cloud seeding", "seeding", "silver iodide"],
    f"{N}033": ["wind shear", "vertical wind shear", "shear"],
    f"{N}034": ["heat dome", "dome"],
    f"{N}035": ["polar vortex", "polar vortices"],
    f"{N}036": ["gust front", "gust fronts", "outflow boundary", "outflow"],
    f"{N}037": ["heat lightning", "lightning", "sheet lightning"],
    f"{N}038": ["warm sector"],
    f"{N}039": ["pressure tendency", "tendency", "barometric tendency", "station model"],
    f"{N}040": ["hurricane watch", "watch", "watches"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
