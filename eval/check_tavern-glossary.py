"""Static checks of eval/corpora/tavern-glossary/questions.jsonl (blind, round 43).

Run from the worktree root: ``python eval/check_tavern-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring) and that no negative's key term is in the glossary.

The glossary is one Lua source file (``tavern-glossary.lua``: jbosseW/TavernQuest's
``glossary.lua``, the in-game glossary of a fantasy tavern-management RPG made with LOVE):
``local Glossary = {}``, then ``Glossary.terms = { ... }`` holding 72 Lua table constructors,
one field a line, ``{ id = "snake_id", term = "Display Term", definition = "...", category =
"combat", seeAlso = {"id", ...}, },`` under ``-- COMBAT/RPG STATS & MECHANICS (12 terms)`` ..
``-- LORE (6 terms)`` comments (the counts are wrong: 13 and 7), followed by seven helper
functions (getTerm, getTermsByCategory, getCategories, search, getRandomTerm,
getRelatedTerms) and ``return Glossary``.

Written blind while the parser read no file from the folder (``.lua`` is not in
``GLOSSARY_SUFFIXES``: "no glossary files"): until it does, ``rag-glossary entries`` fails and
this script falls back to a by-hand reading (``--by-hand``, also chosen automatically): one
entry per table constructor, ANCHOR = the shared corpus README's ``slug`` of its ``term``
field, not of its ``id`` (``XP (Experience Points)`` -> ``xp-experience-points``,
``Foil/Holographic`` -> ``foilholographic``, ``Bellows & Heat`` -> ``bellows--heat``,
``The Seven Stats`` -> ``the-seven-stats``, ``Perfect Reel Window`` ->
``perfect-reel-window``); text = term + definition; the negatives' grep reads the ``.lua``
file itself. The anchors are listed in eval/corpora/tavern-glossary/README.md.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "tavern-glossary"
GLOSSARY = FOLDER / "tavern-glossary.lua"
N = "tavern-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Mount's "travel abilities", Vigor /
    # Dodge, Depth / Bait, Presence / Employees, Market Listing, Employees / Passive Income,
    # The Kingdom / Market Listing's fees, Rod Tier / Quality Tiers' "durability", Deck /
    # Card Pack) is in the file
    f"{N}023": [
        "teleport",
        "teleports",
        "teleportation",
        "waypoint",
        "waypoints",
        "fast travel",
        "fast-travel",
        "warp",
    ],
    f"{N}024": [
        "death",
        "die",
        "dies",
        "died",
        "dying",
        "dead",
        "respawn",
        "respawns",
        "revive",
        "revived",
        "faint",
        "knocked",
        "game over",
    ],
    f"{N}025": ["night", "season", "seasons", "seasonal", "weather", "time of day", "winter"],
    f"{N}026": ["romance", "romantic", "marry", "marriage", "married", "dating", "spouse"],
    f"{N}027": ["gift", "gifts", "gifting", "gifted", "trade window"],
    f"{N}028": ["wage", "wages", "salary", "salaries", "payroll", "pay", "paid"],
    f"{N}029": ["tax", "taxes", "taxed", "taxation", "tariff", "tariffs", "tithe"],
    f"{N}030": [
        "repair",
        "repairs",
        "repaired",
        "repairing",
        "mend",
        "fix",
        "fixed",
        "broken",
        "broke",
        "worn",
        "gear",
    ],
    f"{N}031": ["mulligan", "redraw", "opening hand", "hand", "hands"],
    # named; seven share a word with a title: fish finder (Fish Stamina, Trophy Fish), skill
    # respec (Skill Tree), boss rush (Boss), card draw (Card Pack, Creature Card ...), level cap
    # (Level Up), loot table (Loot Box), quest log (Quest); dual wielding, egg hatching
    f"{N}032": ["fish finder", "sonar"],
    f"{N}033": ["respec", "re-spec", "respecialization", "respecialisation"],
    f"{N}034": ["boss rush", "rush", "gauntlet"],
    f"{N}035": ["card draw", "draw", "draws", "drawing"],
    f"{N}036": ["level cap", "cap", "capped", "max level", "maximum level"],
    f"{N}037": ["loot table", "drop table", "drop rate", "drop rates"],
    f"{N}038": ["quest log", "journal", "log", "logbook"],
    f"{N}039": [
        "dual wield",
        "dual wielding",
        "dual-wield",
        "dual-wielding",
        "off-hand",
        "offhand",
    ],
    f"{N}040": ["hatch", "hatching", "hatches", "hatched", "incubator", "incubation"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

RECORD = re.compile(
    r'^ {4}\{\n {8}id = "(?P<id>[^"]*)",\n {8}term = "(?P<term>[^"]*)",\n'
    r' {8}definition = "(?P<def>[^"]*)",\n {8}category = "(?P<cat>[^"]*)",\n'
    r" {8}seeAlso = \{[^}]*\},\n {4}\},$",
    re.M,
)


def hand_entries() -> dict[str, str]:
    """id -> flat(term + definition): one entry per table constructor of Glossary.terms."""
    source = GLOSSARY.read_text(encoding="utf-8")
    entries: dict[str, str] = {}
    for m in RECORD.finditer(source):
        key = f"tavern-glossary#{slug(m['term'])}"
        assert key not in entries, key
        entries[key] = flat(f"{m['term']} {m['def']}")
    assert len(entries) == source.count("        id = ") == 72, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the table constructors of Glossary.terms"
    )


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
