"""Static checks of eval/corpora/fashion-glossary/questions.jsonl (blind, round 30).

Run from the worktree root: ``python eval/check_fashion-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``fashion-glossary.md``, fuww/knowledge-work-plugins'
``data/skills/fashion-industry/references/terminology.md``, FashionUnited's "Fashion Industry
Terminology": 22 small tables under ``###`` headings, with first columns named Term, Role,
Organization, Fiber, Material or Certification, some with a third Example(s) / Common Uses
column), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "fashion-glossary"
N = "fashion-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Technical Designer, Size run, Sample
    # Maker, Wholesale / Concession, Circular fashion, Luxury, E-commerce / Conversion,
    # Recycled polyester, Overstock) is in the glossary
    f"{N}023": ["tech pack", "techpack", "technical package", "spec sheet", "spec", "specs"],
    f"{N}024": ["grading", "graded", "grade", "pattern grading"],
    f"{N}025": ["fit model", "fitting", "fit session", "fitting model"],
    f"{N}026": ["consignment", "sale or return", "sale-or-return"],
    f"{N}027": [
        "resale",
        "secondhand",
        "second-hand",
        "pre-owned",
        "preowned",
        "vintage",
        "thrift",
    ],
    f"{N}028": ["counterfeit", "counterfeits", "knockoff", "knock-off", "fake", "replica", "dupe"],
    f"{N}029": ["return rate", "returns", "returned", "return"],
    f"{N}030": [
        "microplastics",
        "microplastic",
        "microfibres",
        "microfiber",
        "microfibers",
        "shedding",
    ],
    f"{N}031": ["sample sale", "sample sales"],
    # named; several share a word with a title: slow fashion (Fast fashion, Circular fashion),
    # flagship store (Department store), capsule wardrobe (Capsule collection), trade show
    # (Runway show, Trunk show); markup next to Markdown, FOB next to Sourcing Manager
    f"{N}032": ["toile", "muslin"],
    f"{N}033": ["slow fashion"],
    f"{N}034": ["flagship", "flagship store"],
    f"{N}035": ["capsule wardrobe", "wardrobe"],
    f"{N}036": ["mood board", "moodboard"],
    f"{N}037": ["markup", "mark-up"],
    f"{N}038": ["trade show", "trade shows", "trade fair", "trade fairs"],
    f"{N}039": ["private label", "white label", "own brand", "own-brand"],
    f"{N}040": ["fob", "free on board"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
