"""Static checks of eval/corpora/ecom-glossary/questions.jsonl (blind, round 41, in Italian).

Run from the worktree root: ``python eval/check_ecom-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one PHP page (``ecom-glossary.php``: emanuelezocaro/sellerlab's
``glossario.php``, the Italian e-commerce and marketplace glossary of sellerlab.it): PHP
variables and ``include``s, a ``<style>`` block, HTML scaffolding, then a ``<script>`` whose
``const terms = [ ... ];`` holds 59 JavaScript object literals, one per line,
``{ letter: 'A', name: 'ASIN', full: 'Amazon Standard Identification Number' | null,
tags: [...], def: '...' }``, with ``\\'`` escapes and ``<strong>`` inside two definitions,
grouped by ``// A`` .. ``// Z`` comments; the rest of the script renders them.

Written blind while the parser read no file from the folder (``.php`` is not in
``GLOSSARY_SUFFIXES``: "no glossary files"): until it does, ``rag-glossary entries`` fails and
this script falls back to a by-hand reading (``--by-hand``, also chosen automatically): one
entry per object literal, ANCHOR = the shared corpus README's ``slug`` of its ``name``
(``A+ Content`` -> ``a-content``, ``Algoritmo A9/A10`` -> ``algoritmo-a9a10``, ``P&L`` ->
``pl``), text = name + full + def; the negatives' grep reads the ``.php`` file itself. The
anchors are listed in eval/corpora/ecom-glossary/README.md.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "ecom-glossary"
GLOSSARY = FOLDER / "ecom-glossary.php"
N = "ecom-glossary-"
# The key term(s) of each negative, lower case, Italian and English forms with usual synonyms
# and abbreviations: none may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (FBA's resi, Warehouse / Overselling's
    # giacenze, FBA's fee di stoccaggio, BNPL / pagamenti, IVA / UPC's international selling,
    # Listing's immagini, FBA's magazzini, P&L, ODR's sospensione dell'account) is in the file
    f"{N}023": [
        "recesso",
        "diritto di recesso",
        "14 giorni",
        "quattordici",
        "ripensamento",
        "withdrawal",
        "cooling-off",
        "cooling off",
        "reso gratuito",
    ],
    f"{N}024": [
        "rotazione",
        "indice di rotazione",
        "turnover",
        "inventory turnover",
        "stock turnover",
        "sell-through",
        "sell through",
        "copertura",
        "giorni di copertura",
        "days of inventory",
    ],
    f"{N}025": [
        "lungo termine",
        "long-term",
        "long term",
        "aged inventory",
        "giacenza prolungata",
        "sovrapprezzo",
        "surcharge",
        "ltsf",
    ],
    f"{N}026": ["contrassegno", "cash on delivery", "cod", "contanti", "pagamento alla consegna"],
    f"{N}027": [
        "dogana",
        "doganali",
        "doganale",
        "dazi",
        "dazio",
        "customs",
        "duty",
        "duties",
        "ddp",
        "ddu",
        "incoterms",
        "frontiera",
    ],
    f"{N}028": [
        "sfondo",
        "sfondo bianco",
        "white background",
        "immagine principale",
        "foto principale",
        "main image",
    ],
    f"{N}029": [
        "hazmat",
        "pericolose",
        "pericolosi",
        "merci pericolose",
        "dangerous goods",
        "litio",
        "lithium",
        "batterie",
        "infiammabili",
        "profumi",
    ],
    f"{N}030": [
        "break-even",
        "break even",
        "breakeven",
        "pareggio",
        "punto di pareggio",
        "bep",
        "costi fissi",
        "fixed costs",
    ],
    f"{N}031": [
        "piano d'azione",
        "plan of action",
        "poa",
        "ricorso",
        "riattivazione",
        "riattivare",
        "reinstatement",
        "appello",
        "appeal",
    ],
    # named; several share a word with a title: white label (Private Label), online arbitrage
    # (Retail Arbitrage), keyword stuffing (Keyword Research), logistica inversa (Logistica
    # 3PL), partita iva (IVA), FBA pan-europeo (FBA), churn rate (Checkout Rate)
    f"{N}032": ["white label", "white-label", "marchio bianco"],
    f"{N}033": ["online arbitrage", "arbitraggio", "arbitraggio online"],
    f"{N}034": ["keyword stuffing", "stuffing"],
    f"{N}035": [
        "logistica inversa",
        "reverse logistics",
        "reverse logistic",
        "logistica di ritorno",
    ],
    f"{N}036": ["partita iva", "p.iva", "p. iva", "vat number", "partita", "codice fiscale"],
    f"{N}037": [
        "pan europeo",
        "pan-europeo",
        "paneuropeo",
        "pan-eu",
        "pan eu",
        "pan-european",
        "pan european",
        "efn",
        "european fulfillment network",
    ],
    f"{N}038": ["churn", "churn rate", "tasso di abbandono", "abbandono", "attrition"],
    f"{N}039": ["cpm", "costo per mille", "cost per mille", "cost per thousand", "mille"],
    f"{N}040": ["nps", "net promoter", "net promoter score", "promoter"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

RECORD = re.compile(
    r"^\s*\{ letter: '(?P<letter>[A-Z])', name: '(?P<name>(?:[^'\\]|\\.)*)', "
    r"full: (?:'(?P<full>(?:[^'\\]|\\.)*)'|null), tags: \[[^\]]*\], "
    r"def: '(?P<def>(?:[^'\\]|\\.)*)' \},$",
    re.M,
)


def hand_entries() -> dict[str, str]:
    """id -> flat(name + full + def): one entry per object literal of ``const terms``."""
    source = GLOSSARY.read_text(encoding="utf-8")
    entries: dict[str, str] = {}
    for m in RECORD.finditer(source):
        unescape = lambda s: (s or "").replace("\\'", "'")  # noqa: E731
        key = f"ecom-glossary#{slug(unescape(m['name']))}"
        assert key not in entries, key
        entries[key] = flat(f"{unescape(m['name'])} {unescape(m['full'])} {unescape(m['def'])}")
    assert len(entries) == source.count("{ letter: '") == 59, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the object literals of const terms"
    )


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
