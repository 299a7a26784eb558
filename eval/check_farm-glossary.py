"""Static checks of eval/corpora/farm-glossary/questions.jsonl (blind, round 39).

Run from the worktree root: ``python eval/check_farm-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Jupyter notebook (``glossary.ipynb`` saved as ``farm-glossary.ipynb``,
Shivachauhan17/agro-easy- at 8bac66a, a plant-disease web app's scratch notebook): nbformat 4
JSON of 15 code cells and no markdown cell. Cell 0's source is one Python assignment,
``glossary=`` then a triple-quoted string starting ``glossaryAcid Soil:``, holding the
University of Maryland Extension's agriculture glossary pasted from its PDF as
``Term: definition`` lines (hard-wrapped,
page footers "University of Maryland Extension N" left in, sub-lists under Breeds of Beef
Cattle / Feed Lots / Goats / Grade); the later cells tokenise it with nltk and their
``execute_result`` outputs repeat the whole text as Python list reprs, sentence by sentence.

Written blind while round 38's final code did not read ``.ipynb`` files at all
(``rag-glossary entries`` exits with "no glossary files (.md, ... .cts)"): until the loader
reads ``.ipynb``, this check stops there (the "relevant id exists" and must_include checks
need the parsed entries), and the negative-term grep of ``heldout_checks`` reads no text (it
takes only files whose suffix is in GLOSSARY_SUFFIXES). The ids are the shared corpus
README's slug of each real term (``Total Digestible Nutrients (TDN)`` ->
``total-digestible-nutrients-tdn``, the first line's ``glossaryAcid Soil`` as ``acid-soil``);
eval/corpora/farm-glossary/README.md lists them and says how the other checks were run by hand.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "farm-glossary"
N = "farm-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Sow / Litter / Pig, Calf / Heifer,
    # Drilling / Subsoiling / Summer Fallow, Pest, Forage / Silage / Roughage, Angora Breed's
    # mohair, Layer / Pullet / Incubation, Pomology / Rhizome, Cash Crop / Marginal Land) is in
    # the glossary
    f"{N}023": ["farrowing", "farrowing crate", "crate", "crates", "piglet", "piglets"],
    f"{N}024": ["dehorning", "dehorn", "dehorned", "disbudding", "disbud", "horn", "horns"],
    f"{N}025": [
        "no-till",
        "notill",
        "no till",
        "zero tillage",
        "tillage",
        "direct seeding",
        "stubble",
        "disking",
    ],
    f"{N}026": [
        "crop dusting",
        "crop duster",
        "dusting",
        "aerial",
        "airplane",
        "aircraft",
        "pesticide",
        "pesticides",
        "spraying",
        "sprayer",
    ],
    f"{N}027": ["windrow", "windrows", "swath", "bale", "baled", "baling", "tedding", "tedder"],
    f"{N}028": ["shearing", "shear", "shorn", "wool", "fleece"],
    f"{N}029": ["broody", "broodiness", "brood", "brooding", "brooder", "nest", "setting hen"],
    f"{N}030": ["graft", "grafting", "grafted", "scion", "budding", "twig"],
    f"{N}031": ["crop insurance", "insurance", "hail", "indemnity", "harvest"],
    # named; several share a word with a title: soil compaction and soil salinity (Soil
    # Texture, Soil Type ...), cover crop (Cash Crop, Double Crop), feed conversion ratio (Feed
    # Lot), milk replacer (Milk (average composition)), land grant university (Land
    # Classification), integrated pest management (Pest); marbling (beef Quality Grades),
    # colostrum (Calf, Lactation Period)
    f"{N}032": ["compaction", "compacted soil", "hardpan", "plow pan", "plough pan"],
    f"{N}033": ["cover crop", "cover crops", "catch crop", "cover cropping"],
    f"{N}034": ["feed conversion", "fcr", "feed efficiency", "feed:gain", "feed to gain"],
    f"{N}035": ["salinity", "saline", "salinization", "salinisation", "salt", "salty", "sodic"],
    f"{N}036": ["milk replacer", "replacer", "calf starter", "bottle feeding"],
    f"{N}037": ["land grant", "land-grant", "morrill"],
    f"{N}038": ["integrated pest management", "ipm", "biological control", "biocontrol"],
    f"{N}039": ["marbling", "intramuscular fat", "marbled"],
    f"{N}040": ["colostrum", "first milk", "beestings", "passive immunity"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
