"""Static checks of eval/corpora/tax-glossary/questions.jsonl (blind, round 27).

Run from the worktree root: ``python eval/check_tax-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``tax-glossary.md``, abhilashjp/lookupapp's
``docs/glossary.md``, a Docusaurus page of ``###`` headings on indirect tax and e-invoicing),
whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``. Its YAML front matter (description,
keywords) is part of the file the negative-term grep reads.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "tax-glossary"
N = "tax-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Tax Returns / Tax filing, VAT / Input VAT,
    # Transitional rates, Excise duty, Distance selling / VAT Registration thresholds, Tax
    # evasion, Tax Registration, Digital Goods / Remote services / DAC7, IRN number / GSTN) is
    # in the glossary
    f"{N}023": [
        "standard deduction",
        "deduction",
        "itemize",
        "itemized",
        "itemised",
        "itemization",
    ],
    f"{N}024": [
        "tourist",
        "tourists",
        "traveller",
        "travellers",
        "traveler",
        "travelers",
        "tax-free",
        "tax free",
        "tax-free shopping",
        "vat refund",
    ],
    f"{N}025": [
        "tax bracket",
        "tax brackets",
        "bracket",
        "brackets",
        "progressive",
        "marginal",
        "slab",
        "slabs",
    ],
    f"{N}026": [
        "carbon",
        "carbon tax",
        "emission",
        "emissions",
        "pollution",
        "polluter",
        "pigouvian",
    ],
    f"{N}027": ["one-stop shop", "one-stop-shop", "oss", "ioss", "moss"],
    f"{N}028": ["amnesty", "tax amnesty", "voluntary disclosure"],
    f"{N}029": [
        "fiscal representative",
        "tax representative",
        "representative",
        "fiscal agent",
        "agent",
    ],
    f"{N}030": [
        "digital services tax",
        "digital service tax",
        "dst",
        "dsts",
        "advertising",
        "ads",
        "big tech",
    ],
    f"{N}031": ["e-way bill", "e-way", "eway", "waybill", "way bill", "ewb"],
    # named; sharing a word with a title: use tax (Sales tax), peppol smp (Peppol, Peppol ID),
    # partial exemption (Tax exemption, Exemption certificate), eori number (KID number, IRN
    # number), de minimis threshold (VAT Registration thresholds), country-by-country reporting
    # (Common Reporting Standard), global minimum tax ("tax"), marketplace facilitator (none;
    # next to DAC7's digital platforms), vat grouping (VAT)
    f"{N}032": ["use tax", "use taxes", "consumer use tax"],
    f"{N}033": ["smp", "service metadata publisher", "access point", "access points", "ap"],
    f"{N}034": ["partial exemption", "partially exempt", "apportionment", "pro rata", "pro-rata"],
    f"{N}035": ["eori", "economic operators registration"],
    f"{N}036": ["de minimis", "low value", "low-value", "consignment"],
    f"{N}037": ["country-by-country", "country by country", "cbcr", "cbc"],
    f"{N}038": ["pillar two", "pillar 2", "global minimum tax", "minimum tax", "globe"],
    f"{N}039": ["marketplace facilitator", "marketplace", "facilitator"],
    f"{N}040": ["vat group", "vat grouping", "group", "grouping"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
