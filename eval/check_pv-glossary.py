"""Static checks of eval/corpora/pv-glossary/questions.jsonl (blind, round 30).

Run from the worktree root: ``python eval/check_pv-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``pv-glossary.md``, sasiqwerty/study-sasi-main's
``Notes/older-files/source-files/basics/terms.md``, a personal transcription of the EMA's
Good Pharmacovigilance Practices (GVP) Annex I "Definitions": ``####`` term headings only, no
document title, synonyms and acronyms inside the titles ("Adverse reaction; synonyms: Adverse
drug reaction (ADR), ..."), footnote numbers glued to the text, "See also" lines, "See X"
pointer stubs), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "pv-glossary"
N = "pv-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Incident and the quality-defect reaction,
    # Package leaflet, Adverse reaction, Signal / Signal management process, Serious adverse
    # reaction's "dependency", Registry and the congenital anomaly of Serious adverse reaction,
    # Individual case safety report, Spontaneous report) is in the glossary
    f"{N}023": ["recall", "recalls", "recalled", "batch", "batches"],
    f"{N}024": ["black triangle", "triangle", "additional monitoring"],
    f"{N}025": [
        "interaction",
        "interactions",
        "drug-drug",
        "drug interaction",
        "drug interactions",
    ],
    f"{N}026": [
        "pharmacogenomics",
        "pharmacogenetics",
        "pharmacogenomic",
        "pharmacogenetic",
        "genes",
        "genetic",
        "genotype",
        "polymorphism",
    ],
    f"{N}027": [
        "disproportionality",
        "disproportionate",
        "proportional reporting ratio",
        "prr",
        "reporting odds ratio",
        "ror",
        "data mining",
    ],
    f"{N}028": [
        "withdrawal",
        "discontinuation",
        "discontinuation syndrome",
        "withdrawal syndrome",
        "antidepressant",
    ],
    f"{N}029": [
        "pregnancy",
        "pregnant",
        "unborn",
        "foetus",
        "fetus",
        "teratogen",
        "teratogenic",
        "teratogenicity",
    ],
    f"{N}030": ["meddra", "dictionary", "coding", "preferred term"],
    f"{N}031": ["yellow card", "yellow", "medwatch", "mhra"],
    # named; several share a word with a title: REMS (the RISK ... titles), biosimilar medicinal
    # product and orphan medicinal product (the many MEDICINAL PRODUCT titles), vaccine
    # hesitancy (VACCINE, Vaccine failure, ...), phase 1 clinical trial (Clinical trial,
    # Ongoing / Completed clinical trial), QPPV (the PHARMACOVIGILANCE titles), adverse event
    # of special interest (Adverse event (AE))
    f"{N}032": ["therapeutic index", "therapeutic window", "therapeutic ratio"],
    f"{N}033": ["drug holiday", "holiday", "holidays"],
    f"{N}034": [
        "rems",
        "risk evaluation and mitigation strategy",
        "risk evaluation and mitigation",
        "mitigation",
    ],
    f"{N}035": ["biosimilar", "biosimilars", "similar biological"],
    f"{N}036": ["orphan", "orphan medicinal product", "orphan drug", "rare disease"],
    f"{N}037": ["vaccine hesitancy", "hesitancy", "hesitant", "anti-vaccine", "anti-vax"],
    f"{N}038": [
        "phase 1",
        "phase i",
        "first-in-human",
        "first in human",
        "healthy volunteers",
    ],
    f"{N}039": [
        "qppv",
        "qualified person",
        "qualified person responsible for pharmacovigilance",
    ],
    f"{N}040": ["adverse event of special interest", "special interest", "aesi"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
