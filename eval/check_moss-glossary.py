"""Static checks of eval/corpora/moss-glossary/questions.jsonl (blind, round 34).

Run from the worktree root: ``python eval/check_moss-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one YAML file (``moss-glossary.yml``, DanielESolbakk/Sphagnum-Field-Guide's
``_data/glossary.yml``, the Jekyll data file behind a Sphagnum (peat moss) field guide's
tooltips and glossary page: one flat mapping of 229 ``"term": "definition"`` lines, no
headings, no aliases), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "moss-glossary"
N = "moss-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (bog, peatland, ombrotrophic / acidic,
    # raised bog, capitulum / gametophyte, hummock, hollow) is in the glossary
    f"{N}023": [
        "peat extraction",
        "extraction",
        "extract",
        "harvest",
        "harvesting",
        "peat cutting",
        "cutting",
        "fuel",
        "compost",
        "potting",
        "horticulture",
    ],
    f"{N}024": [
        "carbon",
        "carbon dioxide",
        "co2",
        "carbon sink",
        "sink",
        "sequestration",
        "sequester",
    ],
    f"{N}025": ["cation exchange", "cation", "ion", "ions", "acidify", "acidification"],
    f"{N}026": [
        "drainage",
        "drained",
        "drain",
        "ditch",
        "ditches",
        "rewetting",
        "rewet",
        "restoration",
        "restore",
    ],
    f"{N}027": [
        "bog body",
        "bog bodies",
        "bodies",
        "corpse",
        "corpses",
        "preserved",
        "preservation",
        "mummified",
        "tollund",
    ],
    f"{N}028": [
        "fragmentation",
        "fragment",
        "fragments",
        "vegetative",
        "clone",
        "clonal",
        "regrow",
        "regrowth",
    ],
    f"{N}029": [
        "carnivorous",
        "insectivorous",
        "insect",
        "insects",
        "sundew",
        "drosera",
        "pitcher",
    ],
    f"{N}030": ["methane", "gas", "greenhouse", "emissions", "global warming", "warming"],
    f"{N}031": [
        "humification",
        "decomposition",
        "decompose",
        "decay",
        "von post",
        "rot",
        "rotted",
        "squeeze",
    ],
    # named; several share a word with a title: quaking bog (bog, blanket / raised bog),
    # palsa mire (mire), spore dispersal (spore), peristome teeth (near capsule / operculum),
    # costa (near border / margin), acrotelm, gemmae, tussock (near hummock), ecotone (near
    # ecogradient)
    f"{N}032": ["quaking bog", "quaking", "schwingmoor", "floating mat"],
    f"{N}033": ["acrotelm", "catotelm"],
    f"{N}034": ["peristome"],
    f"{N}035": ["costa", "midrib", "nerve"],
    f"{N}036": ["palsa", "palsas", "palsa mire"],
    f"{N}037": ["spore dispersal", "dispersal", "disperse", "dispersed"],
    f"{N}038": ["gemmae", "gemma"],
    f"{N}039": ["tussock", "tussocks"],
    f"{N}040": ["ecotone"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
