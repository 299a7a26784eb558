"""Static checks of eval/corpora/osslicense-glossary/questions.jsonl (blind, round 28).

Run from the worktree root: ``python eval/check_osslicense-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file (``osslicense-glossary.md``, atmarx/open-source-licensing-guide's
``docs/reference/glossary.md``, ``### Term`` headings under ``## A`` ... ``## W`` letter
sections), whose suffix is in ``corpus_files.GLOSSARY_SUFFIXES``.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "osslicense-glossary"
N = "osslicense-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Contributor License Agreement / Copyright,
    # Dual Licensing / Proprietary, SPDX / License Compatibility, Public Domain, Derivative Work,
    # Contributor) is in the glossary
    f"{N}023": [
        "copyright assignment",
        "assignment",
        "assign",
        "assigned",
        "transfer",
        "transfers",
    ],
    f"{N}024": ["open core", "open-core", "enterprise", "freemium", "upsell"],
    f"{N}025": [
        "developer certificate of origin",
        "dco",
        "signed-off-by",
        "sign-off",
        "signoff",
        "certify",
        "certificate",
        "origin",
    ],
    f"{N}026": [
        "sbom",
        "bill of materials",
        "inventory",
        "dependency",
        "dependencies",
        "component",
        "components",
    ],
    f"{N}027": ["orphan", "orphan work", "orphan works", "abandonware"],
    f"{N}028": [
        "copyright term",
        "expire",
        "expires",
        "expired",
        "expiration",
        "death",
        "dies",
        "70 years",
        "years",
        "lifetime",
    ],
    f"{N}029": ["trademark", "trademarks", "logo", "brand", "branding", "name"],
    f"{N}030": [
        "clean room",
        "clean-room",
        "reverse engineering",
        "reverse engineer",
        "reimplementation",
        "rewrite",
    ],
    f"{N}031": ["inbound", "outbound", "inbound=outbound"],
    # named; sharing a word with a title: eclipse public license (GPL / LGPL / MPL, "public
    # license"), isc license (MIT License, BSD License), artistic license ("license"),
    # contributor covenant (Contributor), open source program office (Open Source), fair use
    # (Copyright), eupl (the "Public License" titles), source code escrow (Source Code), gpl
    # classpath exception (GPL; near LGPL's linking)
    f"{N}032": ["eclipse public license", "eclipse", "epl"],
    f"{N}033": ["isc license", "isc"],
    f"{N}034": ["artistic license", "artistic", "perl"],
    f"{N}035": ["contributor covenant", "covenant", "code of conduct"],
    f"{N}036": ["open source program office", "ospo", "program office"],
    f"{N}037": ["fair use", "fair dealing"],
    f"{N}038": ["eupl", "european union public licence", "european union", "european"],
    f"{N}039": ["source code escrow", "escrow"],
    f"{N}040": ["classpath exception", "classpath", "linking exception", "exception", "exceptions"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
