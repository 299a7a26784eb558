"""Copies of one term in a merged group: a glossary that defines a title twice (two
halves of a page, two glossaries joined) or the same term from other sources.

Each later copy's units are placed after the earlier copies', as a section of their own:
positions that collide would make its sentences read as the lead's ("Leg" defined twice,
the second copy's opening at the lead's position 0 was never picked), and a definition
grows within its own copy only. The other copy's opening is added when it says what the
lead does not (:func:`other_copy`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from rag_glossary.answer.names import core
from rag_glossary.answer.overlap import stem
from rag_glossary.answer.segment import Unit
from rag_glossary.lexical import tokenize
from rag_glossary.models import Hit

Place = tuple[int, int, int]  # where the copies so far end: position, block, section
NEW_WORDS = 2  # words the other copy must add to the answer to say something of its own


def placed(found: list[Unit], after: Place) -> list[Unit]:
    """``found`` placed after the earlier copies' units."""
    if after == (0, 0, 0):
        return found
    position, block, section = after
    return [_moved(u, position, block, section) for u in found]


def _moved(unit: Unit, position: int, block: int, section: int) -> Unit:
    return replace(
        unit,
        position=unit.position + position,
        block=unit.block + block,
        section=unit.section + section,
    )


def ends(found: list[Unit], after: Place) -> Place:
    """Where the copies end once ``found`` is placed."""
    if not found:
        return after
    return (
        max(u.position for u in found) + 1,
        max(u.block for u in found) + 1,
        max(u.section for u in found) + 1,
    )


def other_copy(
    hits: Sequence[Hit],
    pool: Sequence[tuple[Unit, list[str]]],
    said: Sequence[str],
    room: int,
) -> tuple[Unit, list[str]] | None:
    """The opening sentence of another copy of the lead's title in the lead's own glossary,
    when it adds at least NEW_WORDS words to what the answer ``said`` (the lead's title
    included: "Heads-Up Display." adds nothing to "HUD (Heads-Up Display)") and has
    ``room``: "which letters have a leg" is answered by the copy that names 'K', 'k', 'R'."""
    lead = hits[0]
    known = set(_words(" ".join([lead.title, *said])))
    for hit in hits[1:]:
        if hit.source != lead.source:
            continue
        opening = next((x for x in pool if x[1][0] == hit.id and x[0].kind == "sentence"), None)
        if opening is None or len(opening[0].text.split()) > room:
            continue
        if len(set(_words(opening[0].text)) - known) >= NEW_WORDS and _one_subject(
            opening[0].text, [lead.title, *said]
        ):
            return opening
    return None


def _one_subject(opening: str, said: Sequence[str]) -> bool:
    """The other copy speaks of what the answer does: its opening shares a content word
    with it or with the title ("Level: Ensure level and plumb surfaces." is the tool's
    sense of "Level: Perfectly horizontal alignment."). A label repeated over different
    terms' notes ("Explanation" under Bear Market and under Growth Stocks) has copies that
    share none, and the other says nothing of the asked term."""
    mine = {stem(t) for t in tokenize(" ".join(said))}
    return any(stem(t) in mine for t in tokenize(opening))


def first_in_file(lead: Hit, same: Sequence[Hit]) -> Hit:
    """The copy of one file that comes first in it, when the lead was found by its name: a
    note defines a term where it first names it (a table's "Endgame" row), a later section
    returns to it with notes ("### End Game" over "- King and Rook/Queen"), and a match on
    the name ("end game") cannot tell them apart. A lead found by what its text says
    ("how long do sprints last": the copy that says "2-4 weeks") stays."""
    if not lead.signals.get("term"):
        return lead
    name = _squashed(core(lead.title))
    here = [
        h
        for h in same
        if (h.entry.file, h.source) == (lead.entry.file, lead.source)
        and _squashed(core(h.title)) == name  # one name: "MRKL Agent" is not "MRKL System"
    ]
    return min([lead, *here], key=lambda h: h.entry.line)


def _squashed(name: str) -> str:
    return re.sub(r"[\W_]+", "", name)


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", text.lower()) if len(w) > 2]
