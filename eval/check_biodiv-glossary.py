"""Static checks of eval/corpora/biodiv-glossary/questions.jsonl (blind, round 38).

Run from the worktree root: ``python eval/check_biodiv-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one JavaScript module of a React site (``biodiv-glossary.js``,
DMKCodes/bio-365's ``client/src/app/shared/GLOSSARY.js`` at commit 652e193, the
Biodiversity365 site's tooltip glossary): ``export const GLOSSARY = [ ... ];`` holding 69
object literals ``{ term: '...', definition: '...', source: '...' }`` (unquoted keys, single-
and double-quoted strings, lower-case terms, singular / plural / adjective variants as
separate records with the same definition), followed by two more exports
(``GLOSSARY_DICT``, ``formatGlossary``) that are code.

Written blind while round 37's parser read no file from the folder: ``.js`` is not in
``GLOSSARY_SUFFIXES``, so ``rag-glossary entries`` exits 2 ("no glossary files") and this
check stops there; the negative-term grep would also read no text (``corpus_files`` keeps
only GLOSSARY_SUFFIXES). The anchors are the shared corpus README's slug of each record's
``term`` (``water table`` -> ``water-table``, ``IUCN`` -> ``iucn``; no two terms share a
slug); eval/corpora/biodiv-glossary/README.md lists them and how the other checks were run
by hand.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "biodiv-glossary"
N = "biodiv-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Extinction, Ecosystem / Deforestation,
    # Autotroph / Heterotroph's food chain, Pollution / Pollutants, Conservation / Corridor,
    # Pollution / Runoff, Diversity / Biodiversity, Extinction / Conservation, Services'
    # pollination) is in the glossary
    f"{N}023": ["extinct in the wild", "captivity", "captive", "zoo", "zoos", "ex situ", "ex-situ"],
    f"{N}024": [
        "succession",
        "ecological succession",
        "pioneer",
        "pioneer species",
        "climax community",
        "climax",
        "seral",
    ],
    f"{N}025": ["trophic cascade", "trophic", "cascade", "apex predator", "predator", "predators"],
    f"{N}026": ["microplastic", "microplastics", "plastic", "plastics", "microbeads"],
    f"{N}027": [
        "buffer zone",
        "buffer",
        "reserve",
        "reserves",
        "protected area",
        "protected areas",
    ],
    f"{N}028": [
        "acid rain",
        "acid",
        "acidic",
        "acidification",
        "acid deposition",
        "sulfur",
        "sulphur",
    ],
    f"{N}029": [
        "beta diversity",
        "turnover",
        "species turnover",
        "alpha diversity",
        "gamma diversity",
    ],
    f"{N}030": ["reintroduction", "reintroduce", "reintroduced", "rewilding", "translocation"],
    f"{N}031": ["mutualism", "mutualistic", "symbiosis", "symbiotic", "commensalism"],
    # named; several share a word with a title: ecosystem engineer (Ecosystem), species richness
    # and keystone species (Species), water footprint (Water Table), wetland mitigation banking
    # (Wetland), ecological niche (Ecological), extinction debt (Extinction), IUCN red list
    # (IUCN's neighbourhood), bioaccumulation (Pollutants)
    f"{N}032": ["ecosystem engineer", "ecosystem engineers", "engineer", "engineers"],
    f"{N}033": ["species richness", "richness"],
    f"{N}034": ["keystone species", "keystone"],
    f"{N}035": ["water footprint", "footprint", "virtual water"],
    f"{N}036": ["mitigation banking", "mitigation bank", "mitigation", "banking", "wetland bank"],
    f"{N}037": ["ecological niche", "niche", "niches"],
    f"{N}038": ["extinction debt", "debt"],
    f"{N}039": ["red list", "redlist", "threatened", "critically endangered", "vulnerable"],
    f"{N}040": ["bioaccumulation", "bioaccumulate", "biomagnification", "biomagnify"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
