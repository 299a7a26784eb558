"""Static checks of eval/corpora/heroclix-glossary/questions.jsonl (blind, round 43).

Run from the worktree root: ``python eval/check_heroclix-glossary.py``. It never searches
or answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that
checks is in eval/heldout_checks.py's docstring) and that no negative's key term is in
the glossary.

The glossary is one Android string resource file (``heroclix-glossary.xml``:
Kyrremann/HeroclixRules's ``res/values/glossary.xml``, the in-app glossary of a HeroClix
rules app): ``<resources>`` holding one ``<string-array name="glossary">`` of 155
``<item>`` elements, each ``TERM\\n`` (an upper-case term, then a literal backslash-n
Android escape) followed by the hard-wrapped, tab-indented definition. The term and the
definition share one element; no key names either.

Written blind while the parser read 0 entries from the file ("read as dialect xml: no list
or mapping of terms with definitions"): until it does, ``rag-glossary entries`` fails and
this script falls back to a by-hand reading (``--by-hand``, also chosen automatically): one
entry per ``<item>``, title = the text before the first literal ``\\n``, ANCHOR = the shared
corpus README's ``slug`` of that title (``D6 (OR 2D6)`` -> ``d6-or-2d6``, ``KO’D`` ->
``kod``, ``GRENADE TYPE(S)`` -> ``grenade-types``), text = title + the rest with every
``\\n`` escape read as a space; the negatives' grep reads the ``.xml`` file itself. The
anchors used are listed in eval/corpora/heroclix-glossary/README.md.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "heroclix-glossary"
GLOSSARY = FOLDER / "heroclix-glossary.xml"
N = "heroclix-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms and abbreviations: none
# may occur in the glossary file.
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Victory Conditions / Surviving
    # Character, Round, Collector's Number / Set Symbol, Figure / Base, Base / Colossal
    # Character / Giant, Hindering Terrain / Line of Fire, Scenario / Format, Roll, Team
    # Abilities / Themed Team / Prime) is in the file
    f"{N}023": ["tie", "tied", "tiebreaker", "tie-breaker", "tiebreak", "sudden death"],
    f"{N}024": ["time limit", "minutes", "minute", "timer", "clock", "hours"],
    f"{N}025": ["rarity", "rare", "uncommon", "chase", "limited edition", "booster", "pack"],
    f"{N}026": ["paint", "painted", "painting", "repaint", "repainted", "custom", "customize"],
    f"{N}027": ["peanut", "multi-base", "multibase", "2x2", "1x2", "footprint", "double base"],
    f"{N}028": ["stealth", "hidden", "concealment", "concealed", "invisible"],
    f"{N}029": ["campaign", "campaigns", "carry over", "persistent"],
    f"{N}030": ["cocked", "crooked", "leaning", "tilted", "tilt", "reroll"],
    f"{N}031": ["leader", "team leader", "leadership", "commander"],
    # named; several share a word with a title: outwit power (Lost Power, Named Power),
    # hypersonic speed (Speed Value), team up card (Team Symbol, Team Abilities), epic action
    # (Action, Free Action), support power (Special Power, Standard Power), line of sight
    # (Line of Fire, Boundary Line), colossal retaliation (Colossal Character)
    f"{N}032": ["outwit"],
    f"{N}033": ["hypersonic"],
    f"{N}034": ["team up", "team-up", "teamup"],
    f"{N}035": ["epic"],
    f"{N}036": ["support"],
    f"{N}037": ["line of sight", "los", "sightline"],
    f"{N}038": ["retaliation", "retaliate"],
    f"{N}039": ["probability"],
    f"{N}040": ["toughness", "impervious", "invulnerability", "invulnerable"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)


def hand_entries() -> dict[str, str]:
    """id -> flat(title + definition): one entry per ``<item>`` of the string-array."""
    root = ET.parse(GLOSSARY).getroot()
    items = root.find("string-array").findall("item")
    entries: dict[str, str] = {}
    for item in items:
        text = "".join(item.itertext()).strip()
        title, _, body = text.partition("\\n")
        key = f"heroclix-glossary#{slug(title)}"
        assert key not in entries, key
        entries[key] = flat(f"{title} {body.replace(chr(92) + 'n', ' ')}")
    assert len(entries) == 155, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN, hand_entries(), GLOSSARY, "the <item> elements of the glossary string-array"
    )


if __name__ == "__main__":
    sys.exit(heldout_checks.main(PLAN, by_hand))
