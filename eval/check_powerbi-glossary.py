"""Static checks of eval/corpora/powerbi-glossary/questions.jsonl (blind, round 51).

Run from the worktree root: ``python eval/check_powerbi-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Danish Microsoft Docs Markdown page (``powerbi-glossary.md``: the da-DK
localisation of the Power BI documentation's "Glossary for the Power BI service",
``powerbi-docs/consumer/end-user-glossary.md``): front matter, ``## <a name="a"></a>A`` ...
``Z`` letter headings (J, U and Z empty), and under them paragraphs that open with a bold
term, mostly ``**english term (dansk term)** definition``, some Danish only
(``**Korrelation** – ...``), some with two bold terms (``**datasæt** i forhold til **data
source (datakilde)**``), some with the definition on the next line, some empty.

Written blind while the parser read 27 entries from the file: the 26 letter headings and
``Næste trin``, each holding its letter's terms as body text; no term is an entry. Until the
per-term ids are read, this script checks by hand (``--by-hand``, also chosen automatically
when the parser's ids do not include the keyed ones): one entry per paragraph that opens
with ``**`` (a heading line in front of it is dropped), ANCHOR = the shared corpus README's
``slug`` of the first bold text, a repeat getting ``-1``; text = that paragraph plus the
following paragraphs that do not open with ``**``, up to the next heading. The negatives'
grep reads the ``.md`` file itself.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "powerbi-glossary"
GLOSSARY = FOLDER / "powerbi-glossary.md"
N = "powerbi-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations (Danish
# and English, as Danes write about Power BI): none may occur in the glossary file (whole
# words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood is in the file (calculation, report
    # measures, modeling; datamodel, Dimension; workspace, publish; report, Power BI Report
    # Server; screenshot, snapshot; filter / cross-filter, Visuel interaktion; visual, focus
    # mode; workspace, permissions; report, Recent)
    f"{N}023": ["dax", "formelsprog", "formel", "data analysis expressions"],
    f"{N}024": ["stjerneskema", "star schema", "faktatabel", "dimensionstabel", "opslagstabel"],
    f"{N}025": ["pipeline", "udrulningspipeline", "deployment", "udrulning", "produktion", "test"],
    f"{N}026": ["paginated", "sideinddelt", "sideinddelte", "faktura", "fakturaer", "udskriv"],
    f"{N}027": ["eksport", "eksportere", "powerpoint", "pdf"],
    f"{N}028": ["slicer", "udsnitsværktøj", "udsnit", "skyder", "afkrydsningsfelter"],
    f"{N}029": ["tooltip", "værktøjstip", "hover", "musen"],
    f"{N}030": ["rolle", "roller", "medlem", "bidragyder", "fremviser", "contributor", "viewer"],
    f"{N}031": ["usage metrics", "forbrugsmålinger", "visninger", "statistik", "audit"],
    # named; several share a word with a title: Premium per user (Power BI Premium, Premium
    # workspace), Report Builder (Power BI Report Server), quick measures (Quick Insights,
    # Måling), embed token (embed code), rapporttema (report), query folding (query string
    # parameter), datamart (datamodel, dataflow, datasæt)
    f"{N}032": ["vandfaldsdiagram", "waterfall"],
    f"{N}033": ["premium per user", "ppu", "per bruger"],
    f"{N}034": ["report builder", "rapportgenerator"],
    f"{N}035": ["quick measures", "quick measure", "hurtige målinger", "hurtig måling"],
    f"{N}036": ["token", "integreringstoken"],
    f"{N}037": ["rapporttema", "tema", "temaer", "theme"],
    f"{N}038": ["query folding", "folding", "forespørgselsdelegering"],
    f"{N}039": ["nedbrydningstræ", "decomposition tree", "decomposition"],
    f"{N}040": ["datamart", "datamarts", "data mart"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def hand_entries() -> dict[str, str]:
    """id -> flat(text): one entry per paragraph opening with a bold term."""
    body = GLOSSARY.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    entries: dict[str, str] = {}
    current = None
    for paragraph in re.split(r"\n\s*\n", body):
        text = paragraph.strip()
        if text.startswith("#"):
            current = None
            text = "\n".join(text.split("\n")[1:]).strip()
        if not text:
            continue
        bold = re.match(r"\*\*(.+?)\*\*", text)
        if bold:
            base = slug(bold.group(1))
            key, n = base, 0
            while f"powerbi-glossary#{key}" in entries:
                n += 1
                key = f"{base}-{n}"
            current = f"powerbi-glossary#{key}"
            entries[current] = text
        elif current:
            entries[current] += "\n\n" + text
    assert len(entries) == 124, len(entries)
    return {key: flat(text) for key, text in entries.items()}


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN,
        hand_entries(),
        GLOSSARY,
        "the paragraphs that open with a bold term",
    )


def main() -> int:
    return heldout_checks.main_keyed(PLAN, by_hand)


if __name__ == "__main__":
    sys.exit(main())
