"""Static checks of eval/corpora/options-glossary/questions.jsonl (blind, round 57).

Run from the worktree root: ``python eval/check_options-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring) and that no negative's key term is in the glossary.

The glossary is one **Rust source file** (``options-glossary.rs``: gribml/options-desk's
``src/glossary.rs``, the in-app glossary of "Martingale", a Rust / WebAssembly tool for a
retail investor who sells covered calls and wants the US tax effect of a trade; no licence
stated). After a ``//!`` module doc comment, a ``pub struct Definition { key, title, body }``
of three ``&'static str`` fields and a ``lookup`` function, one ``pub const TERMS:
&[Definition] = &[ ... ];`` slice holds 49 struct literals ``Definition { key: "...", title:
"...", body: "..." }`` in six groups opened by box-drawing ``// ── Group ───`` comments
(options basics, prices and value, risk measures, volatility and models, scenarios, tax), plus
one ordinary ``//`` comment above the Gamma entry. ``key`` is a kebab-case id for the UI
(``unrealised-pnl``, ``greeks``, ``standard-deduction``), often not the title's words; the
Greek-letter titles carry an em-dash gloss (``Theta — time decay``); bodies are one to five
plain-English sentences in one string literal each.

Written blind while the parser read 49 entries from the file (one per struct literal, ids the
slug of ``title``, ``key`` as a ``key: ...`` field of the body), so the script checks the
parser's entries; ``--by-hand`` (or a loader that reads nothing) checks its own reading of the
struct literals, which gives the same 49 ids.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, main, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "options-glossary"
GLOSSARY = FOLDER / "options-glossary.rs"
N = "options-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and spellings: none may
# occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Carried-forward loss
    # / Realised gain or loss / Tax if you closed this one on its own; Qualified dividends;
    # Market value / Net cash; Mark price's "options often trade thinly"; Contract; Covered
    # call / Baseline tax; Put option / Call option / Combination; Baseline tax / Filing
    # status; Lot / Cost basis)
    f"{N}023": [
        "wash sale",
        "wash-sale",
        "wash",
        "30 days",
        "30-day",
        "repurchase",
        "substantially identical",
        "disallowed",
    ],
    f"{N}024": ["ex-dividend", "ex-dividend date", "ex-date", "record date", "dividend capture"],
    f"{N}025": [
        "margin",
        "margin call",
        "maintenance",
        "equity",
        "deposit",
        "liquidation",
        "liquidate",
    ],
    f"{N}026": ["bid", "ask", "bid-ask", "bid-ask spread", "spread", "liquidity", "slippage"],
    f"{N}027": ["open interest", "outstanding", "volume"],
    f"{N}028": [
        "ira",
        "roth",
        "roth ira",
        "401k",
        "401(k)",
        "retirement",
        "tax-advantaged",
        "tax-deferred",
    ],
    f"{N}029": ["iron condor", "condor", "butterfly", "straddle", "strangle", "range-bound"],
    f"{N}030": [
        "quarterly",
        "estimated tax",
        "estimated",
        "1040-es",
        "safe harbor",
        "underpayment",
        "irs",
        "april",
    ],
    f"{N}031": [
        "dollar-cost averaging",
        "dollar cost averaging",
        "averaging",
        "dca",
        "recurring",
    ],
    # named; several share a word with a title: cash-secured put ("put": Put option), IV rank
    # (next to Implied volatility), vanna (next to Delta / Vega), poor man's covered call
    # ("covered call": Covered call), market maker ("market": Market value), alternative
    # minimum tax ("tax": Baseline tax, the "Tax if you closed ..." titles), put-call parity
    # ("put", "call": Put option, Call option), net investment income tax ("net": Net cash;
    # "tax"), historical volatility ("volatility": Volatility, Implied / Forward volatility,
    # Volatility surface)
    f"{N}032": ["cash-secured", "cash secured", "secured", "cash-secured put"],
    f"{N}033": ["iv rank", "ivr", "iv percentile", "rank", "percentile"],
    f"{N}034": ["vanna", "second-order"],
    f"{N}035": ["poor man's covered call", "poor man", "pmcc", "leaps", "diagonal"],
    f"{N}036": ["market maker", "market makers", "maker", "liquidity provider"],
    f"{N}037": ["alternative minimum tax", "amt", "minimum tax"],
    f"{N}038": ["parity", "put-call parity", "put call parity", "synthetic"],
    f"{N}039": ["net investment income tax", "niit", "investment income", "3.8"],
    f"{N}040": [
        "historical volatility",
        "historical",
        "realized volatility",
        "realised volatility",
        "standard deviation",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

# One struct literal of the TERMS slice: key, title and body string literals, in that order
# (no literal holds an escaped quote).
DEFINITION = re.compile(
    r'Definition \{\s*key: "([^"]*)",\s*title: "([^"]*)",\s*body: "([^"]*)",\s*\}'
)


def hand_entries() -> dict[str, str]:
    """id -> flat(title + body + key): one entry per ``Definition { ... }`` literal, ANCHOR =
    the shared corpus README's slug of ``title`` (the parser's reading gives the same 49
    ids)."""
    text = GLOSSARY.read_text(encoding="utf-8")
    entries: dict[str, str] = {}
    for key, title, body in DEFINITION.findall(text):
        anchor = f"options-glossary#{slug(title)}"
        assert anchor not in entries, anchor
        entries[anchor] = flat(f"{title} {body} key: {key}")
    assert len(entries) == 49, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the Definition literals of the TERMS slice"
    )


if __name__ == "__main__":
    sys.exit(main(PLAN, by_hand))
