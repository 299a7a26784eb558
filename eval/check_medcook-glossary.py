"""Static checks of eval/corpora/medcook-glossary/questions.jsonl (blind, round 41).

Run from the worktree root: ``python eval/check_medcook-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one JSON Lines file (``medcook-glossary.jsonl``: gjcox/MedievalGlossaryScraper
``resources/mc_glossary.jsonl``, the Medieval Cookery dictionary of Middle English recipe words
scraped into records): 550 lines, one JSON object each, no array around them. 331 lines are
headwords, ``{"plaintext": TERM, "meanings": [{"substitution": ..., "note": ...}]}`` (one
meaning each, ``note`` optional); 219 lines are spelling variants,
``{"plaintext": VARIANT, "synonymOf": HEADWORD}``, with no text of their own.

Written blind while the parser read no file from the folder (``.jsonl`` is not in
``GLOSSARY_SUFFIXES``: "no glossary files"): until it does, ``rag-glossary entries`` fails and
this script falls back to a by-hand reading (``--by-hand``, also chosen automatically): one
entry per headword line, ANCHOR = the shared corpus README's ``slug`` of ``plaintext``
(``trenchours (trenchers)`` -> ``trenchours-trenchers``), text = the headword, the variants
whose ``synonymOf`` names it (as aliases), the substitution and the note; the negatives' grep
reads the ``.jsonl`` file itself. The anchors are listed in
eval/corpora/medcook-glossary/README.md.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "medcook-glossary"
GLOSSARY = FOLDER / "medcook-glossary.jsonl"
N = "medcook-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and spellings: none may
# occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Bray "to grind", Trap / Posnet, Posnet
    # "a small pot", Pynade / Comfyte, Obleys / Waffres, Mede / Eisel / Alegar, Broche /
    # Cormarye "roasted", Brawn / Cameline's sauces, Flaumpens / Cormarye's pork) is in the
    # glossary
    f"{N}023": ["mortar", "morter", "pestle", "mortars"],
    f"{N}024": ["frying pan", "frying-pan", "frypan", "skillet", "frying"],
    f"{N}025": ["cauldron", "caudron", "cauderon", "kettle", "hearth"],
    f"{N}026": ["marzipan", "marchpane", "marchepane", "almond paste"],
    f"{N}027": ["wafer iron", "wafer irons", "wafering iron", "waffle iron", "hinged"],
    f"{N}028": ["oxymel", "oximel", "honey and vinegar", "vinegar and honey"],
    f"{N}029": ["turnspit", "turnbroach", "spit", "spit boy", "spit-boy", "kitchen boy"],
    f"{N}030": ["mustard", "mostarde", "mustarde", "senvy", "sinapis", "yellow"],
    f"{N}031": ["bacon", "flitch", "salt", "salted", "salting", "salt pork", "brine", "cured"],
    # named; several share a word with a title: rumney wyne (Greke Wyne, Rynysshe Wyne), leche
    # lombard (Leche), douce ame (Douce), quince marmalade (Quince), lammas day (Ymber Day),
    # sauce vert (Verde); sambocade (Elren's elder tree), saracen sauce, sotelty
    f"{N}032": ["rumney", "romney", "rumnay", "romeney"],
    f"{N}033": ["lombard", "lumbard", "lumbarde", "lombarde", "leche lombard"],
    f"{N}034": ["douce ame", "doucame", "douce-ame"],
    f"{N}035": ["marmalade", "chardequynce", "chardequince", "quince marmalade"],
    f"{N}036": ["lammas", "lammas day", "loaf mass", "hlafmaesse"],
    f"{N}037": ["sambocade", "elderflower", "elderflowers", "elder flowers"],
    f"{N}038": ["sauce vert", "sauce verte", "vert", "green sauce", "verde sauce", "vert sauce"],
    f"{N}039": ["saracen", "sarazyne", "sarzyne", "sarcenes", "sarasine"],
    f"{N}040": ["sotelty", "soteltes", "sotiltee", "subtlety", "subtleties", "sotilte"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def hand_entries() -> dict[str, str]:
    """id -> flat(headword + variants + substitution + note): one entry per headword line."""
    records = [
        json.loads(line) for line in GLOSSARY.read_text(encoding="utf-8").splitlines() if line
    ]
    variants: dict[str, list[str]] = defaultdict(list)
    for rec in records:
        if "synonymOf" in rec:
            variants[rec["synonymOf"]].append(rec["plaintext"])
    entries: dict[str, str] = {}
    for rec in records:
        if "meanings" not in rec:
            continue
        key = f"medcook-glossary#{slug(rec['plaintext'])}"
        assert key not in entries, key
        meanings = " ".join(f"{m['substitution']} {m.get('note', '')}" for m in rec["meanings"])
        aliases = " ".join(variants[rec["plaintext"]])
        entries[key] = flat(f"{rec['plaintext']} {aliases} {meanings}")
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(PLAN, hand_entries(), GLOSSARY, "the headword lines")


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
