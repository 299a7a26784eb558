"""Static checks of eval/corpora/garden-glossary/questions.jsonl (blind, round 28).

Run from the worktree root: ``python eval/check_garden-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one HTML fragment (``garden-glossary.html``, myrna/gpp2's
``application/views/resources/glossary.php``, a CodeIgniter view holding one ``<dl>`` of 42
``<dt>``/``<dd>`` pairs), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "garden-glossary"
N = "garden-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (the soil entries, the watering entries,
    # deciduous / evergreen, hardiness zones, wet soil) is in the glossary
    f"{N}023": ["ph", "soil ph", "acidic", "acid", "alkaline", "lime", "sour", "sweet"],
    f"{N}024": ["loam", "loamy", "silt", "silty"],
    f"{N}025": ["mulch", "mulching", "mulches", "straw", "wood chips", "bark", "compost"],
    f"{N}026": ["perennial", "perennials", "annual", "annuals", "biennial", "replant"],
    f"{N}027": ["frost", "frost date", "last frost", "freeze", "freezing", "frost-free"],
    f"{N}028": [
        "drip",
        "drip irrigation",
        "irrigation",
        "irrigate",
        "soaker hose",
        "emitter",
        "emitters",
        "tubes",
    ],
    f"{N}029": ["raised bed", "raised beds", "berm", "planter", "planter box", "box"],
    f"{N}030": [
        "root rot",
        "rot",
        "crown rot",
        "fungus",
        "fungal",
        "overwatering",
        "overwatered",
        "phytophthora",
        "disease",
    ],
    f"{N}031": ["dormancy", "dormant", "resting", "rest period", "hibernation"],
    # named; sharing a word with a title: soil amendment (the soil entries), shade cloth (the
    # shade entries), deer resistant plant (the plant entries), leaf scorch (full sun / the
    # foliage entries), bottom watering (the watering entries), heat zone (hardiness zones),
    # companion planting (plant), soil test (soil), open pollinated (open shade)
    f"{N}032": ["soil amendment", "amendment", "amendments", "amend", "amending"],
    f"{N}033": ["shade cloth", "cloth", "shade netting", "netting"],
    f"{N}034": ["deer resistant", "deer-resistant", "deer", "deer proof"],
    f"{N}035": ["leaf scorch", "scorch", "sunscald", "sun scald", "scald", "sunburn"],
    f"{N}036": ["bottom watering", "bottom-watering", "bottom", "saucer", "wick watering"],
    f"{N}037": ["heat zone", "heat zones", "ahs", "heat", "heat map"],
    f"{N}038": ["companion planting", "companion", "companions", "interplanting", "guild"],
    f"{N}039": ["soil test", "soil testing", "test", "testing", "kit"],
    f"{N}040": [
        "open pollinated",
        "open-pollinated",
        "pollinated",
        "pollination",
        "heirloom",
        "hybrid",
        "seed",
        "seeds",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
