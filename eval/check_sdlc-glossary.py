"""Static checks of eval/corpora/sdlc-glossary/questions.jsonl (blind, round 55).

Run from the worktree root: ``python eval/check_sdlc-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Markdown file in **Slovak** (``sdlc-glossary.md``: the Slovak locale of
the "AI SDLC" course of NikolaiSachok/ai-engineering-handbook,
``i18n/sk/docusaurus-plugin-content-docs-ai-sdlc/current/glossary.md``, MIT): a Docusaurus
page with front matter, 22 lesson sections each opened by an ``<a id="..."></a>`` anchor
and a ``## Heading \\{#id}`` line with an escaped heading id, and under them 172 paragraph
entries ``**Term (English term)** — definition``, some marked ``*(deep dive)*``.

Written blind while the parser read 172 entries from the file (one per bold term, ids the
slug of the whole bold term, English parenthetical kept), so the script checks the parser's
entries (``main`` falls back to a reading by hand only if the loader reads nothing).

Slovak inflects (cases, numbers, genders): every negative lists the inflected forms of its
key words a definition could use, their usual Slovak synonyms and the English original.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "sdlc-glossary"
GLOSSARY = FOLDER / "sdlc-glossary.md"
N = "sdlc-glossary-"
# The key term(s) of each negative, lower case, with inflected forms and usual synonyms
# (Slovak and English): none may occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the glossary (Človek ako
    # smerovač; Deterministická a sémantická brána / Mutant; Postupné nasadzovanie /
    # Oddelenie nasadenia od sprístupnenia; Prompt injection / SBOM; Mutačné testovanie /
    # Chvost rozdelenia; Chvost rozdelenia; Limit výdavkov; Deterministická a sémantická
    # brána; Paralelné generovanie / sériová integrácia, Izolácia pomocou worktree)
    f"{N}023": [
        "pair programming",
        "párové programovanie",
        "párového programovania",
        "párovom programovaní",
        "pair",
        "copilot",
    ],
    f"{N}024": [
        "flaky",
        "flaky test",
        "nestabilný",
        "nestabilný test",
        "nestabilné testy",
        "nestabilného testu",
        "kolísavý test",
        "nedeterministický test",
    ],
    f"{N}025": [
        "blue-green",
        "blue/green",
        "blue green",
        "modro-zelené",
        "modrozelené",
        "modro-zeleného",
        "modro-zelené nasadenie",
    ],
    f"{N}026": [
        "slopsquatting",
        "typosquatting",
        "npm",
        "halucinácia",
        "halucinácie",
        "halucinovaný",
        "halucinovaného",
        "vymyslený balík",
        "neexistujúci balík",
        "package hallucination",
    ],
    f"{N}027": [
        "property-based",
        "property based",
        "property-based testing",
        "hypothesis",
        "quickcheck",
        "generatívne testovanie",
        "náhodných vstupov",
        "náhodné vstupy",
    ],
    f"{N}028": ["fuzzing", "fuzz", "fuzzer", "fuzzovanie", "fuzzovania", "fuzz testing"],
    f"{N}029": [
        "rate limit",
        "rate limiting",
        "rate-limit",
        "429",
        "throttling",
        "požiadaviek za minútu",
        "obmedzenie rýchlosti",
        "za minútu",
    ],
    f"{N}030": [
        "temperature",
        "teplota",
        "teploty",
        "teplotu",
        "top-p",
        "sampling",
        "vzorkovanie",
        "náhodnosť",
        "náhodnosti",
    ],
    f"{N}031": [
        "trunk",
        "trunk-based",
        "trunk-based development",
        "hlavná vetva",
        "hlavnej vetvy",
        "hlavnú vetvu",
        "main",
        "master",
    ],
    # named; several share a word with a title: canary token (Postupné nasadzovanie
    # (canary · ...)), snapshot testing (Mutačné testovanie (mutation testing)), reproducible
    # builds (Buildové úrovne SLSA), system prompt leak (Prompt injection, Prompt caching),
    # feature branch (Feature flag); vibe coding, chaos engineering, SAST (next to
    # Štrukturálne slepé miesto's static analyser), jailbreak (next to Prompt injection)
    f"{N}032": ["vibe coding", "vibe", "vibecoding", "vibe-coding"],
    f"{N}033": ["canary token", "canary tokeny", "honeytoken", "honey token", "návnada"],
    f"{N}034": ["chaos engineering", "chaos", "chaosu", "chaotické inžinierstvo"],
    f"{N}035": [
        "sast",
        "static application security testing",
        "statické testovanie bezpečnosti",
        "statická analýza bezpečnosti",
    ],
    f"{N}036": [
        "snapshot",
        "snapshot testing",
        "snapshotové testy",
        "golden",
        "golden file",
        "snímka",
        "snímky",
    ],
    f"{N}037": [
        "reproducible build",
        "reproducible builds",
        "reprodukovateľný build",
        "reprodukovateľné buildy",
        "reprodukovateľného buildu",
        "reprodukovateľnosť",
        "reprodukovateľnosti",
    ],
    f"{N}038": [
        "system prompt",
        "systémový prompt",
        "systémového promptu",
        "prompt leak",
        "prompt leaking",
        "únik promptu",
    ],
    f"{N}039": ["jailbreak", "jailbreaking", "jailbreaku"],
    f"{N}040": [
        "feature branch",
        "feature branches",
        "feature branch workflow",
        "vetva funkcie",
        "funkčná vetva",
        "gitflow",
        "git flow",
    ],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

BOLD = re.compile(r"^\*\*(.+?)\*\* — (.*)$", re.M)


def hand_entries() -> dict[str, str]:
    """id -> flat(term + definition): one entry per ``**Term** — definition`` paragraph,
    ANCHOR = the shared corpus README's slug of the bold term (the English parenthetical
    and straight-quoted titles kept as written; the parser's reading gives the same ids)."""
    text = GLOSSARY.read_text(encoding="utf-8")
    entries: dict[str, str] = {}
    for term, definition in BOLD.findall(text):
        key = f"sdlc-glossary#{slug(term.replace('“', '').replace('„', ''))}"
        assert key not in entries, key
        entries[key] = flat(f"{term} {definition}")
    assert len(entries) == 172, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the **Term** — definition paragraphs"
    )


def main() -> int:
    return heldout_checks.main(PLAN, by_hand)


if __name__ == "__main__":
    sys.exit(main())
