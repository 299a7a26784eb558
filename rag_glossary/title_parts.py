"""Parts of a title that are not one name: a unit in brackets after it, and the several
names a spaced slash joins.

``Spindle speed [RPM]``, ``Retract height [mm, in]``, ``Step over [%]``: the brackets
give the unit the value is set in; the term is ``Spindle speed``.

``Limit switch / Endstop / Homing switch``: each side is a name the entry is asked by.
When the sides may share a word (``Lead-in / lead-out feed rate`` is two feed rates,
``Power flag / symbol`` two power things), only the side that holds it whole is a name.
"""

from __future__ import annotations

import re

from rag_glossary.acronyms import looks_like_acronym, spelled_by, word_list

# A trailing bracket of short unit tokens: "[RPM]", "[%]", "[mm/min, in/min]", "[mm, in]".
# A longer word inside ("[deprecated]", "[Precision]") is a note or a link, not a unit.
_UNIT = re.compile(r"\s+\[([\w%°‰/.,²³·\s-]{1,24})\]$")
_UNIT_WORD = 4  # "RPM", "min", "rev"
_SLASH = re.compile(r"\s+/\s+")
MAX_SIDE_WORDS = 6  # a longer side is prose with a slash in it, not a name
# "LOC length of cut": an acronym, then the words it abbreviates.
_ACRONYM_LED = re.compile(r"^([A-Z][A-Za-z]{1,7})\s+(\S.*)$")


def without_unit(title: str) -> str:
    """``Spindle speed [RPM]`` -> ``Spindle speed``: the title without a trailing unit."""
    match = _UNIT.search(title.rstrip())
    if match is None or not title[: match.start()].strip():
        return title
    words = re.findall(r"[^\W\d_]+", match.group(1))
    return title[: match.start()] if all(len(w) <= _UNIT_WORD for w in words) else title


def slash_sides(title: str) -> list[str]:
    """The names a spaced slash joins, when there are two or more and each is short;
    else ``[]``. A title ending in parentheses is left whole: they may gloss every side
    (``Lighting Designer / Operator (LX)``) or only the last (acronym_aliases reads those)."""
    title = " ".join(title.split())
    if " / " not in title or title.endswith((")", "…", "...")):
        return []
    sides = [s.strip() for s in _SLASH.split(title)]
    if len(sides) < 2 or not all(sides):
        return []
    if any(len(s.split()) > MAX_SIDE_WORDS or re.search(r"[()\[\]]", s) for s in sides):
        return []
    return sides


def name_words(title: str) -> int:
    """How many words the title's longest name has: a slash-joined title of short names
    (``Step down / LOC length of cut / DOC depth of cut``) is as long as one name."""
    sides = slash_sides(without_unit(title))
    return max(len(s.split()) for s in sides) if sides else len(title.split())


def slash_names(title: str) -> list[str]:
    """The names of a slash-joined title: every side, except that single words before a
    longer last side may borrow its tail (``Operations / Security team``) and single words
    after a longer first side its head (``Power flag / symbol``); then only that longer
    side is whole. A side that is an acronym then its expansion gives both."""
    sides = slash_sides(title)
    if not sides:
        return []
    counts = [len(s.split()) for s in sides]
    if all(c == 1 for c in counts[:-1]) and counts[-1] > 1:
        sides = sides[-1:]
    elif all(c == 1 for c in counts[1:]) and counts[0] > 1:
        sides = sides[:1]
    names: list[str] = []
    for side in sides:
        names += [side, *_acronym_parts(side)]
    return names


def _acronym_parts(side: str) -> list[str]:
    """``LOC length of cut`` -> ``LOC``, ``length of cut``."""
    match = _ACRONYM_LED.match(side)
    if match is None:
        return []
    acronym, expansion = match.groups()
    if looks_like_acronym(acronym) and spelled_by(acronym, word_list(expansion)):
        return [acronym, expansion]
    return []
