"""Static checks of eval/corpora/aging-glossary/questions.jsonl (blind, round 43).

Run from the worktree root: ``python eval/check_aging-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Vue single-file component (``aging-glossary.vue``: maglab/senescence-info's
``src/components/Glossary.vue``, the glossary page of senescence.info, a site on the biology
of ageing, rewritten in Vue.js): a ``<template>`` whose markup holds 75 paragraphs
``<p align="justify"><b>Term:</b> definition</p>`` (the colon inside the bold; some terms and
definitions wrap Vue ``<router-link to="/...">`` elements), then a ``<script>`` (an
``export default`` with a ``goto`` method) and a ``<style>`` block.

Written blind while the parser read no file from the folder (``.vue`` is not in
``GLOSSARY_SUFFIXES``: "no glossary files"): until it does, ``rag-glossary entries`` fails and
this script falls back to a by-hand reading (``--by-hand``, also chosen automatically): one
entry per ``<p align="justify"><b>...</b>...</p>`` paragraph, ANCHOR = the shared corpus
README's ``slug`` of the bold text with its tags removed and the trailing colon dropped
(``Caloric restriction (CR)`` -> ``caloric-restriction-cr``, ``Taxon (plural: taxa)`` ->
``taxon-plural-taxa``); text = term + definition with tags removed; the negatives' grep reads
the ``.vue`` file itself. The anchors are listed in eval/corpora/aging-glossary/README.md.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "aging-glossary"
GLOSSARY = FOLDER / "aging-glossary.vue"
N = "aging-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Senescent cell / Replicative senescence,
    # Senescent cell, Geriatrics / Aging, Caloric restriction, Epigenetics, Aging / Lifespan,
    # Oocyte / Oogenesis, Oxidative stress / SIPS, Geriatrics) is in the glossary
    f"{N}023": ["senolytic", "senolytics", "senolysis", "dasatinib", "quercetin", "zombie"],
    f"{N}024": [
        "sasp",
        "secretory",
        "secrete",
        "secretes",
        "inflammatory",
        "inflammation",
        "inflammaging",
        "cytokine",
        "cytokines",
    ],
    f"{N}025": ["sarcopenia", "muscle", "muscles", "muscular"],
    f"{N}026": ["rapamycin", "sirolimus", "mtor", "rapalog", "rapalogs", "immunosuppressant"],
    f"{N}027": ["epigenetic clock", "methylation", "horvath", "biological age"],
    f"{N}028": ["parabiosis", "heterochronic", "blood"],
    f"{N}029": ["menopause", "menstruation", "menstrual", "periods", "ovarian", "ovaries"],
    f"{N}030": ["hormesis", "hormetic"],
    f"{N}031": ["frailty", "frail", "deficit", "deficits"],
    # named; several share a word with a title: healthspan (Life expectancy), cellular
    # reprogramming (Cellular immortality), klotho gene (Gene), stem cell exhaustion (Stem
    # cell), protein restriction (Caloric restriction), Cockayne syndrome (Werner syndrome);
    # sirtuins, advanced glycation end products, compression of morbidity
    f"{N}032": ["healthspan", "health span", "health-span", "healthy life expectancy"],
    f"{N}033": ["reprogramming", "yamanaka", "ipsc", "ipscs", "induced pluripotent", "pluripotent"],
    f"{N}034": ["klotho"],
    f"{N}035": ["exhaustion", "exhausted", "depletion"],
    f"{N}036": ["protein restriction", "methionine", "dietary restriction"],
    f"{N}037": ["cockayne"],
    f"{N}038": ["sirtuin", "sirtuins", "sirt1", "resveratrol"],
    f"{N}039": ["glycation", "advanced glycation", "crosslink", "crosslinks", "cross-linking"],
    f"{N}040": ["compression of morbidity", "morbidity"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

PARAGRAPH = re.compile(r'<p align="justify"><b>(?P<term>.*?)</b>(?P<def>.*?)</p>', re.S)
TAG = re.compile(r"<[^>]+>")


def hand_entries() -> dict[str, str]:
    """id -> flat(term + definition): one entry per bold-term paragraph of the template."""
    source = GLOSSARY.read_text(encoding="utf-8")
    entries: dict[str, str] = {}
    for m in PARAGRAPH.finditer(source):
        term = TAG.sub("", m["term"]).strip().rstrip(":").strip()
        key = f"aging-glossary#{slug(term)}"
        assert key not in entries, key
        entries[key] = flat(f"{term} {TAG.sub('', m['def'])}")
    assert len(entries) == source.count('<p align="justify"><b>') == 75, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the bold-term paragraphs of the Vue template"
    )


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
