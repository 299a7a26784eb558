"""Static checks of eval/corpora/golf-glossary/questions.jsonl (blind, round 54).

Run from the worktree root: ``python eval/check_golf-glossary.py``. It never searches or
answers: it checks the 40-question plan of ``heldout_checks.outside_plan`` (what that checks
is in eval/heldout_checks.py's docstring) and that no negative's key term is in the glossary.

The glossary is one Kotlin source file (``golf-glossary.kt``: fdiazcobos/golfdistancetracker's
``app/src/main/java/com/example/golfdistancetracker/ui/screen/ManualScreen.kt``, the
"Librito de Golf" manual screen of an Android golf app, in Rioplatense Spanish). Its glossary
is a data structure inside one Jetpack Compose function, ``GlossarySection()``: ``val glossary
= listOf("A" to listOf("Address" to "Es la postura ...", ...), "B" to listOf(...), ...)``, a
list of 13 letter -> list-of-pairs groups holding 47 ``"Term" to "Definición"`` pairs. The rest
of the file is eight other manual tabs (swing, short game, a table of club distances, strategy,
etiquette, pre-shot routine, swing faults, rules) as ``ManualHeader`` / ``BulletPoint`` calls.

Written blind while the parser read 7 entries from the file (the "S" group's pairs only, ids
the slug of each term, no body shown by ``entries``): 7 of 47 terms. Until every keyed id is
read, this script checks by hand (``--by-hand``, also chosen automatically when the parser's
ids do not include the keyed ones): one entry per ``"Term" to "Definición"`` pair of
``GlossarySection()``, ANCHOR = the shared corpus README's ``slug`` of the term (accents kept:
``hándicap``), text = term + definition. The negatives' grep reads the whole ``.kt`` file.
"""

from __future__ import annotations

import re
import sys

import heldout_checks
from heldout_checks import ROOT, flat, outside_plan, slug

FOLDER = ROOT / "eval" / "corpora" / "golf-glossary"
GLOSSARY = FOLDER / "golf-glossary.kt"
N = "golf-glossary-"
# The key term(s) of each negative, lower case, with usual synonyms (Spanish and English): none
# may occur in the glossary file (whole words, case-insensitive).
NEGATIVE_TERMS = {
    # described: absent concepts whose neighbourhood (Birdie / Albatros / Par, Tee / Par,
    # Caddie, Stroke / Dropar, Carry / Gapping, Backspin, Putt, Green / Fairway / Rough,
    # Hándicap) is in the file
    f"{N}023": ["eagle", "águila", "aguila", "dos golpes bajo", "2 golpes bajo"],
    f"{N}024": ["hoyo en uno", "hole in one", "hole-in-one", "ace"],
    f"{N}025": ["carrito", "carro", "buggy", "cart", "golf cart"],
    f"{N}026": ["mulligan", "repetir"],
    f"{N}027": ["telémetro", "telemetro", "rangefinder", "medidor", "láser", "laser", "gps"],
    f"{N}028": ["hoyuelos", "hoyitos", "dimples", "dimple", "aerodinámica"],
    f"{N}029": ["yips", "yip", "temblor", "temblores"],
    f"{N}030": ["fringe", "collar", "antegreen", "ante-green", "apron"],
    f"{N}031": ["slope", "course rating", "rating"],
    # named; several share a word with a title: green jacket (Green, Green Fee), pitch and putt
    # (Pitch Mark, Pitching Wedge, Putt), stroke index (Stroke), gap wedge (Sand / Pitching
    # Wedge, Gapping); condor (next to Albatros), skins (next to Match Play), grand slam and
    # ryder cup (next to Medal / Match Play), gimme (next to Putt, Match Play)
    f"{N}032": ["condor", "cóndor"],
    f"{N}033": ["green jacket", "chaqueta verde", "chaqueta", "masters"],
    f"{N}034": ["pitch and putt", "pitch & putt", "pitch-and-putt"],
    f"{N}035": ["stroke index", "índice de hoyo", "indice de hoyo"],
    f"{N}036": ["skins", "skin", "skins game"],
    f"{N}037": ["gap wedge", "gw", "approach wedge", "aw", "attack wedge"],
    f"{N}038": ["grand slam", "majors", "major", "grandes"],
    f"{N}039": ["ryder", "ryder cup", "copa ryder"],
    f"{N}040": ["gimme", "concedido", "conceder", "concesión", "concede"],
}

PLAN = outside_plan(FOLDER, NEGATIVE_TERMS)

PAIR = re.compile(r'"([^"]+)" to "([^"]*)"')


def hand_entries() -> dict[str, str]:
    """id -> flat(term + definition): one entry per pair of ``GlossarySection()``'s list."""
    text = GLOSSARY.read_text(encoding="utf-8")
    start = text.index("fun GlossarySection()")
    body = text[start : text.index("LazyColumn(", start)]
    entries: dict[str, str] = {}
    for term, definition in PAIR.findall(body):
        key = f"golf-glossary#{slug(term)}"
        assert key not in entries, key
        entries[key] = flat(f"{term} {definition}")
    assert len(entries) == 47, len(entries)
    return entries


def by_hand() -> int:
    return heldout_checks.run_by_hand(
        PLAN,
        hand_entries(),
        GLOSSARY,
        'the "Term" to "Definición" pairs of GlossarySection()',
    )


def main() -> int:
    return heldout_checks.main_keyed(PLAN, by_hand)


if __name__ == "__main__":
    sys.exit(main())
