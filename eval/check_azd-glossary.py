"""Static checks of eval/corpora/azd-glossary/questions.jsonl (blind, round 52).

Run from the worktree root: ``python eval/check_azd-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring) and that no negative's key term is in the glossary.

The glossary is one Markdown file in **Hebrew** (``azd-glossary.md``: microsoft/
AZD-for-beginners' ``translations/he/resources/glossary.md``, the machine translation
(Co-op Translator) of the course's Azure Developer CLI glossary): an HTML comment of
translator metadata, intro sections, Hebrew letter headings (``## א`` ... ``## ז``, several
repeated and not matching the English terms under them) holding ``**English term**`` lines
(two trailing spaces) with a Hebrew definition on the next line, then a table of
abbreviations (abbreviation | expansion | Hebrew description), a table of Azure service
names, four ``###`` sections of ``- **Term**: definition`` bullets (several terms defined a
second time there), a bold tip, navigation and a disclaimer.

Written blind while the parser read 124 entries from it, every keyed id among them. The
``--by-hand`` reader (used when the parser's ids do not hold the keyed ones) gives one entry
per bold term line, per table row and per bold bullet, ANCHOR = the shared corpus README's
``slug`` of the term, ``-1`` / ``-2`` for a repeat in file order (as the parser does). The
negatives' grep reads the ``.md`` file itself; Hebrew glues the article and the prepositions
to the word (ה, ו, ב, ל, מ, ש, כ), so the Hebrew key terms are listed as stems in
NEGATIVE_STEMS and checked as substrings, besides the whole-word check of NEGATIVE_TERMS.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "azd-glossary"
GLOSSARY = FOLDER / "azd-glossary.md"
N = "azd-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms: none may occur in the
# glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the file (Load Balancer / Rolling
    # Update; Alert Rules / Subscription's billing; SQL Database / PostgreSQL; Configuration /
    # Deployment; Function App; Key Vault; SQL Database; Resource Group / Subscription; AAD /
    # JWT)
    f"{N}023": ["autoscale", "autoscaling", "scale out", "scale", "scaling", "סקייל"],
    f"{N}024": ["budget", "budgets", "cost", "costs", "cost management", "תקציב"],
    f"{N}025": ["backup", "backups", "restore", "disaster recovery", "גיבוי", "גיבויים"],
    f"{N}026": ["feature flag", "feature flags", "feature toggle", "feature"],
    f"{N}027": ["cold start", "warm up", "warmup", "התחלה קרה"],
    f"{N}028": ["rotation", "rotate", "key rotation", "רוטציה"],
    f"{N}029": ["migration", "migrations", "schema", "מיגרציה", "סכמה"],
    f"{N}030": ["tag", "tags", "tagging", "cost allocation", "תגית", "תגיות"],
    f"{N}031": ["google", "oauth", "login", "sign in", "b2c", "entra", "גוגל"],
    # named; several share a word with a title: Front Door (Azure ...), Deployment Stacks
    # (Deployment), Resource Lock (Resource Group / Token), App Configuration (Configuration,
    # App Service), Spot VM (VM), Durable Functions (Function App); Event Grid (next to
    # Webhook), Availability Set (next to Zone), Pulumi (next to Terraform)
    f"{N}032": ["front door", "frontdoor", "afd"],
    f"{N}033": ["event grid", "eventgrid", "event"],
    f"{N}034": ["deployment stack", "deployment stacks", "stack", "stacks"],
    f"{N}035": ["lock", "locks", "resource lock", "cannotdelete"],
    f"{N}036": ["app configuration", "feature manager"],
    f"{N}037": ["availability set", "availability sets", "fault domain", "update domain"],
    f"{N}038": ["spot", "spot vm", "low priority", "eviction"],
    f"{N}039": ["durable", "durable functions", "orchestrator", "orchestration"],
    f"{N}040": ["pulumi"],
}
# Hebrew stems of the negatives' key terms (the article / prepositions glue to the word):
# none may occur anywhere in the file, as substrings.
NEGATIVE_STEMS = (
    "סקייל",
    "קנה מידה",
    "תקציב",
    "עלות",
    "גיבוי",
    "שחזור",
    "דגל",
    "רוטציה",
    "מיגרציה",
    "סכמה",
    "תגית",
    "גוגל",
    "התחבר",
    "נעיל",
)

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def hand_terms() -> list[tuple[str, str]]:
    """(term, definition) in file order: ``**Term**`` lines with the definition on the next
    line, table rows (first cell the term), ``- **Term**: definition`` bullets; the
    navigation after ``**ניווט**`` is not read."""
    text = GLOSSARY.read_text(encoding="utf-8").split("\n**ניווט**")[0]
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        bold = re.fullmatch(r"\*\*([^*]+)\*\*\s*", line)
        bullet = re.fullmatch(r"- \*\*([^*]+)\*\*: (.*)", line)
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if bold and i + 1 < len(lines) and lines[i + 1].strip() and not bold[1].endswith(":"):
            out.append((bold[1], lines[i + 1]))
        elif bullet:
            out.append((bullet[1], bullet[2]))
        elif (
            line.startswith("|")
            and len(cells) == 3
            and not set(cells[0]) <= set("-:")
            and cells[0] not in ("קיצור", "שם נפוץ")
        ):
            out.append((cells[0], " ".join(cells[1:])))
    return out


def hand_entries() -> dict[str, str]:
    """id -> flat(term + definition); a repeated slug gets -1, -2 (GitHub's rule)."""
    seen: Counter[str] = Counter()
    entries: dict[str, str] = {}
    for term, text in hand_terms():
        base = slug(term)
        key = f"azd-glossary#{base}" + (f"-{seen[base]}" if seen[base] else "")
        seen[base] += 1
        entries[key] = flat(f"{term} {text}")
    assert len(entries) == 117, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the bold term lines, table rows and bold bullets"
    )


def main() -> int:
    return heldout_checks.main_stems_absent(PLAN, by_hand, GLOSSARY, NEGATIVE_STEMS)


if __name__ == "__main__":
    sys.exit(main())
