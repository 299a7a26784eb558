"""Static checks of eval/corpora/pokemon-glossary/questions.jsonl (blind, round 52).

Run from the worktree root: ``python eval/check_pokemon-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Swift source file (``pokemon-glossary.swift``: jack-huffman/
ChampionsLab's ``Statuses.swift`` at 87bff5c, a macOS team builder for Pokémon Champions):
a header comment, then ``enum Statuses`` whose ``static let glossary: [String: String] = [``
is a Swift dictionary literal of 51 ``"Name": "what the status does",`` lines in five groups
under ``// -- group ---`` comments (volatile, semi-invulnerable, side conditions, entry
hazards, whole-field), a trailing comma after the last pair, then a function
``mentioned(in:)`` that matches the keys in move effect text.

Written blind while the parser read 51 entries from the file, one per key (ids the slug of
the key, no aliases), so the plain run checks the parser's entries. ``--by-hand`` (also
chosen automatically should the parser's ids stop holding the keyed ones) reads the
dictionary itself: one entry per pair, ANCHOR = the shared corpus README's ``slug`` of the
key, text = key + value (no escapes occur); the negatives' grep reads the whole ``.swift``
file (code and comments included).
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "pokemon-glossary"
GLOSSARY = FOLDER / "pokemon-glossary.swift"
N = "pokemon-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file (the whole Swift file: its code and comments too).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Reflect's "physical damage" / Cursed /
    # Salt Cured, Syrupy / Tailwind / Infatuated, Aurora Veil's "snow", Aqua Ring / Gravity /
    # Underground's Earthquake, Cursed's "a quarter of its maximum HP", Light Screen /
    # Reflect, Encore / Magic Room's "Held items", Recharging / Infatuated "do nothing",
    # No Ability / Sticky Web) is in the file
    f"{N}023": ["burn", "burned", "burnt", "burns", "frostbite"],
    f"{N}024": ["paralysis", "paralyzed", "paralysed", "paralyze", "numb", "stiff"],
    f"{N}025": ["rain", "rain dance", "drizzle", "weather"],
    f"{N}026": ["terrain", "grassy", "grassy terrain"],
    f"{N}027": ["substitute", "decoy", "doll", "stand-in"],
    f"{N}028": ["critical", "critical hit", "crit", "crits"],
    f"{N}029": ["choice", "scarf", "choice scarf", "choice lock", "choice-locked"],
    f"{N}030": ["flinch", "flinched", "flinching", "fake out", "priority"],
    f"{N}031": ["intimidate", "intimidated", "intimidation"],
    # named; several share a word with a title: electric terrain (Electric Boost), toxic orb
    # (Toxic Spikes), wide guard (Wide Open; "guard" alone is Swift's guard statement),
    # healing wish (Healing Prevented, Wish), magic bounce (Magic Room, Magnet Rise), sticky
    # hold (Sticky Web); mega evolution, terastallization, dynamax (none in this file)
    f"{N}032": ["electric terrain", "terrain"],
    f"{N}033": ["toxic orb", "orb"],
    f"{N}034": ["wide guard", "quick guard"],
    f"{N}035": ["healing wish", "lunar dance"],
    f"{N}036": ["magic bounce", "bounce", "magic coat"],
    f"{N}037": ["sticky hold"],
    f"{N}038": ["mega", "mega evolution", "mega evolve", "evolution", "mega stone"],
    f"{N}039": ["tera", "terastal", "terastallize", "terastallization", "tera type"],
    f"{N}040": ["dynamax", "dynamaxed", "gigantamax", "max"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

PAIR = re.compile(r'^ {8}"([^"]+)": "([^"]*)",$', re.MULTILINE)


def hand_entries() -> dict[str, str]:
    """id -> flat(key + value): one entry per pair of ``static let glossary``."""
    source = GLOSSARY.read_text(encoding="utf-8")
    start = source.index("static let glossary: [String: String] = [")
    body = source[start : source.index("\n    ]\n", start)]
    entries: dict[str, str] = {}
    for key, definition in PAIR.findall(body):
        anchor = f"pokemon-glossary#{slug(key)}"
        assert anchor not in entries, anchor
        entries[anchor] = flat(f"{key} {definition}")
    assert len(entries) == 51, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the pairs of the Swift dictionary literal glossary"
    )


if __name__ == "__main__":
    sys.exit(heldout_checks.main_keyed(PLAN, by_hand))
