"""Static checks of eval/corpora/library-glossary/questions.jsonl (blind, round 45).

Run from the worktree root: ``python eval/check_library-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one AsciiDoc file (``library-glossary.adoc``, the Evergreen ILS manual's
appendix glossary, evergreen-library-system/Evergreen
``docs/modules/appendix/pages/glossary.adoc``, docs CC BY-SA 3.0): a ``[glossary]`` block
attribute over a two-line (setext-style) title, a line of ``xref:A[A]`` .. ``xref:Z[Z]``
letter links, then 128 ``Term::`` labels with the definition on the next, two-space-indented
line (three on the label's own line); the first term of each letter carries the letter's
inline anchor glued to its label (``[[B]]Balance stop percent::``), seven more terms carry a
named anchor (``[[item]]Item::``, one term two: ``[[J]][[jabber]]Jabber::``), ``<<item, Item>>``
cross references, trailing spaces after some labels (``Z39.50 ::``). The questions are in
English.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "library-glossary"
N = "library-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Shelving location,
    # Call number, Recurring fine / Due date, Item / Check-out, Patron barcode, Hold, ...)
    f"{N}023": [
        "weeding",
        "weed",
        "deaccession",
        "deaccessioning",
        "discard",
        "discarded",
        "withdraw",
        "withdrawn",
        "withdrawal",
    ],
    f"{N}024": ["dewey", "decimal", "classification", "classify", "ddc"],
    f"{N}025": ["lost", "replacement", "replace", "replacement cost"],
    f"{N}026": ["amnesty", "forgive", "forgiveness", "waive", "waived", "waiver", "fee", "fees"],
    f"{N}027": [
        "ebook",
        "ebooks",
        "e-book",
        "e-books",
        "digital lending",
        "overdrive",
        "drm",
        "digital",
    ],
    f"{N}028": ["expire", "expired", "expiration", "expiry", "renewed"],
    f"{N}029": ["kiosk", "self-check", "self-checkout", "selfcheck", "self check", "self checkout"],
    f"{N}030": [
        "reminder",
        "reminders",
        "notice",
        "notices",
        "notification",
        "notify",
        "email",
        "e-mail",
    ],
    f"{N}031": [
        "subject heading",
        "subject headings",
        "lcsh",
        "controlled vocabulary",
        "thesaurus",
    ],
    # named; several share a word with a title: NCIP (SIP (Standard Interchange Protocol)),
    # copy cataloging (Copy, Cataloging), hold shelf (Hold, Shelving location), Dublin Core,
    # Koha, WorldCat / OCLC, Library of Congress Classification (LCCN (Library of Congress
    # Control Number)), purchase request (Purchase Order (PO)), in transit (Item Status)
    f"{N}032": ["ncip", "circulation interchange"],
    f"{N}033": ["copy cataloging", "copy cataloguing", "copy-cataloging"],
    f"{N}034": ["hold shelf", "holds shelf", "shelf"],
    f"{N}035": ["dublin core", "dublin", "dc"],
    f"{N}036": ["koha"],
    f"{N}037": ["worldcat", "oclc"],
    f"{N}038": ["library of congress classification", "lcc", "classification"],
    f"{N}039": ["purchase request", "purchase requests", "patron request", "suggestion"],
    f"{N}040": ["transit", "in transit", "in-transit"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
