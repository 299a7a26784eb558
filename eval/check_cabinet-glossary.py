"""Static checks of eval/corpora/cabinet-glossary/questions.jsonl (blind, round 35).

Run from the worktree root: ``python eval/check_cabinet-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one saved HTML page (``cabinet-glossary.htm``, nationalarchives/cabinetpapers's
``glossary.htm``, the "A" page of The National Archives' Cabinet Papers 1915-1978 glossary):
an XHTML 1.0 page with Dublin Core meta tags, server-side-include comments for the header,
menu and footer, a left navigation list, an A-Z letter bar and a JavaScript print tool; the
40 terms are pairs of ``<p class="term"><a name=X id=X></a><strong>Term</strong></p>`` and
``<p class="description">...</p>`` paragraphs, with an empty description paragraph at the end.
The parser reads 40 of 40 (ids from the ``id`` attributes), aliases only for AHA and MLF.
"""

from __future__ import annotations

import sys

from heldout_checks import ROOT, outside_plan, run

FOLDER = ROOT / "eval" / "corpora" / "cabinet-glossary"
N = "cabinet-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Aneurin Bevan's NHS, Anti-Comintern Pact /
    # Axis Powers, ANZUS / MLF, Anthony Crosland's Callaghan, Austen Chamberlain, Anthony Barber's
    # miners and oil crisis, Assam) is in the glossary
    f"{N}023": ["beveridge", "welfare state", "five giants"],
    f"{N}024": ["munich", "sudetenland", "czechoslovakia"],
    f"{N}025": ["marshall plan", "marshall", "european recovery"],
    f"{N}026": ["winter of discontent", "discontent"],
    f"{N}027": ["abdication", "abdicate", "abdicated", "edward viii", "wallis simpson", "simpson"],
    f"{N}028": [
        "decimal",
        "decimalisation",
        "decimalization",
        "decimal day",
        "shilling",
        "shillings",
        "pence",
        "currency",
    ],
    f"{N}029": [
        "suffrage",
        "suffragette",
        "suffragettes",
        "franchise",
        "vote",
        "votes",
        "voting",
        "representation of the people",
    ],
    f"{N}030": ["three-day week", "three day week", "electricity"],
    f"{N}031": ["partition", "pakistan", "mountbatten"],
    # named; several share a word with a title: Versailles (ANZUS Treaty), Nazi-Soviet pact
    # (Anti-Comintern Pact), solicitor general (Attorney General), regional health authority
    # (AHA (Area Health Authority)), TGWU (Amalgamated Engineering Union), Central Powers (Axis
    # Powers), Anthony Wedgwood Benn (Anthony Barber / Crosland / Eden); quarter sessions
    # (next to Assizes), Sykes-Picot (next to Aleppo / Alexandretta's French mandate)
    f"{N}032": ["versailles"],
    f"{N}033": ["nazi-soviet", "molotov", "ribbentrop", "molotov-ribbentrop"],
    f"{N}034": ["solicitor general", "solicitor-general", "solicitor"],
    f"{N}035": ["regional health authority", "regional health authorities", "rha", "rhas"],
    f"{N}036": ["transport and general workers", "tgwu", "t&gwu"],
    f"{N}037": ["quarter sessions", "quarter session"],
    f"{N}038": ["central powers"],
    f"{N}039": ["sykes-picot", "sykes", "picot"],
    f"{N}040": ["wedgwood benn", "tony benn", "benn", "wedgwood"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

if __name__ == "__main__":
    sys.exit(run(PLAN))
