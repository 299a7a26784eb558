"""Static checks of eval/corpora/forest-glossary/questions.jsonl (blind, round 29).

Run from the worktree root: ``python eval/check_forest-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``forest-glossary.md``, openforis/fra-platform's
``src/server/static/definitions/fra/2025/en/tad.md``, FAO's "Terms and Definitions" of the
Global Forest Resources Assessment 2025: upper-case ``###`` term headings, blockquoted
definitions, numbered "Explanatory notes"), whose suffix is in
``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "forest-glossary"
N = "forest-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Burned Area, the carbon entries and
    # Deforestation, Primary Forest's connectivity, Traceability System / Sustainable Forest
    # Management, Introduced Tree Species, Canopy Cover, Growing Stock, Plantation Forest,
    # Below-Ground Biomass / Damage by Diseases) is in the glossary
    f"{N}023": [
        "prescribed burning",
        "prescribed burn",
        "prescribed fire",
        "prescribed",
        "controlled burn",
        "controlled burning",
        "backburning",
        "fuel",
        "fuels",
    ],
    f"{N}024": [
        "redd",
        "redd+",
        "carbon credit",
        "carbon credits",
        "credits",
        "offset",
        "offsets",
        "emissions",
        "payment",
        "payments",
    ],
    f"{N}025": [
        "habitat fragmentation",
        "fragmentation",
        "fragmented",
        "patches",
        "patch",
        "isolated",
        "edge",
    ],
    f"{N}026": [
        "forest certification",
        "certification",
        "certified",
        "fsc",
        "pefc",
        "label",
        "ecolabel",
        "eco-label",
    ],
    f"{N}027": ["invasive species", "invasive", "invader", "invaders", "weed", "weeds"],
    f"{N}028": ["leaf area index", "leaf area", "lai"],
    f"{N}029": ["basal area", "basal", "cross-section", "cross-sectional"],
    f"{N}030": ["thinning", "thinnings", "thinned", "thin"],
    f"{N}031": [
        "mycorrhiza",
        "mycorrhizae",
        "mycorrhizal",
        "symbiosis",
        "symbiotic",
        "fungus",
    ],
    # named; several share a word with a title: boreal forest, cloud forest, forest bathing
    # (the many FOREST titles), carbon sink (the CARBON IN ... entries, Soil Carbon), net
    # primary productivity (NET CHANGE, PRIMARY FOREST; "productivity" itself is in Damage),
    # soil seed bank (Soil Carbon), endangered species (the TREE SPECIES entries), windthrow
    # (Damage by Severe Weather Events), soil erosion (Protection of Soil and Water)
    f"{N}032": ["boreal forest", "boreal", "taiga"],
    f"{N}033": ["cloud forest", "cloud", "montane cloud forest"],
    f"{N}034": ["forest bathing", "bathing", "shinrin-yoku", "shinrin"],
    f"{N}035": ["carbon sink", "sink", "sinks"],
    f"{N}036": [
        "net primary productivity",
        "net primary production",
        "primary productivity",
        "npp",
        "gross primary",
    ],
    f"{N}037": ["seed bank", "soil seed bank", "seedbank"],
    f"{N}038": ["endangered species", "endangered", "threatened", "red list", "extinction"],
    f"{N}039": ["windthrow", "blowdown", "windfall", "uprooted"],
    f"{N}040": ["soil erosion", "erosion", "eroded", "erode"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
