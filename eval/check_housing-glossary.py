"""Static checks of eval/corpora/housing-glossary/questions.jsonl (blind, round 30).

Run from the worktree root: ``python eval/check_housing-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``housing-glossary.md``, CommunityScale/housingforecastdocs'
``docs/glossary.md``, "Glossary of Housing Study Terminology": a ``#`` title, an intro line, one
``## Defined terms`` heading, then 99 paragraphs ``**Term:** definition`` with the colon inside
the bold, many ``ACRONYM (Expansion)`` titles and comma-inverted titles such as "Cost burden,
severe"), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "housing-glossary"
N = "housing-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Tenure / Market vacancy rates' non-payment,
    # Neighborhood / Migration, Restricted rent, Project based rent assistance, Zoning / Mixed
    # income property, Unmet housing need's homeless individuals, Purchase price / Rent burden,
    # Net rent / Capture rate, Single-family / Zoning) is in the glossary
    f"{N}023": ["eviction", "evict", "evicted", "court"],
    f"{N}024": ["gentrification", "gentrify", "displacement", "displaced"],
    f"{N}025": ["rent control", "rent stabilization", "rent regulation", "rent cap", "cap"],
    f"{N}026": ["voucher", "vouchers", "section 8", "hcv", "tenant-based"],
    f"{N}027": ["inclusionary", "set-aside", "set aside", "below-market"],
    f"{N}028": ["point-in-time", "point in time", "unsheltered", "shelter", "shelters", "street"],
    f"{N}029": ["price-to-income", "price to income", "median multiple"],
    f"{N}030": ["cap rate", "capitalization", "net operating income", "noi"],
    f"{N}031": [
        "accessory dwelling",
        "adu",
        "adus",
        "granny flat",
        "in-law",
        "backyard",
        "garage",
        "cottage",
    ],
    # named; several share a word with a title: housing trust fund and housing starts (Affordable
    # / Assisted housing, Substandard Housing), fair market rent (Market rent), vacancy decontrol
    # (the Vacancy rate entries), adjustable rate mortgage (PMI (Private Mortgage Insurance), the
    # rate entries), rent to own (Net rent, Restricted rent); debt-to-income ratio next to Rent
    # burden, floor area ratio next to Zoning, home equity line of credit next to PMI
    f"{N}032": ["trust fund", "trust"],
    f"{N}033": ["fair market rent", "fmr", "fair"],
    f"{N}034": ["decontrol", "vacancy decontrol"],
    f"{N}035": ["debt-to-income", "dti", "debt"],
    f"{N}036": ["adjustable", "arm", "variable rate"],
    f"{N}037": ["floor area ratio", "floor area", "far"],
    f"{N}038": ["equity", "heloc", "line of credit"],
    f"{N}039": ["rent-to-own", "rent to own", "lease-purchase", "lease option"],
    f"{N}040": ["housing starts", "starts", "building permits", "permits"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
