"""A comparison side found by its entry's title mirroring the other side's: "DV vs EV
certificate" found DV-SSL for "dv", and EV-SSL is the title that says the same name
with the other side's distinctive part ("dv") swapped for this side's ("ev"); the side's
class word ("certificate") is no word of either title."""

from __future__ import annotations

from collections.abc import Sequence

from rag_glossary.answer.overlap import stem
from rag_glossary.answer.segment import entry_units
from rag_glossary.coverage.glossary_language import unaccented
from rag_glossary.lexical import tokenize
from rag_glossary.models import Hit

PARALLEL_RANK = 5  # the mirrored entry must be among the question's first hits


def _words(text: str) -> list[str]:
    plain = (stem(t) for t in tokenize(text))
    return [w if w.isascii() else unaccented(w) for w in plain]


def mirrored(side: str, other: str, other_hit: Hit, hits: Sequence[Hit]) -> Hit | None:
    """The first hit (other than ``other_hit``, with text) whose title has as many words
    as ``other_hit``'s, shares the rest of them, and differs only in words this side says
    and the other side does not, while the words of ``other_hit``'s title that differ are
    all the other side's, and the words both titles share are said by both sides or by
    neither: two entries named alike, one for each side."""
    said, other_said = set(_words(side)), set(_words(other))
    theirs = _words(other_hit.title)
    for hit in hits[:PARALLEL_RANK]:
        if hit.id == other_hit.id or not entry_units(hit.entry):
            continue
        mine = _words(hit.title)
        if len(mine) != len(theirs):
            continue
        own, their_own = set(mine) - set(theirs), set(theirs) - set(mine)
        shared = set(mine) & set(theirs)
        if not own or not shared:
            continue
        # the sides alike as the titles: the titles' shared words said by both sides or
        # by neither ("as my model gets more complex" vs "cross validation error" is no
        # pair of Model Complexity and Model Validation: only one side says "model")
        if not (shared <= said & other_said or shared.isdisjoint(said | other_said)):
            continue
        if own <= said - other_said and their_own <= other_said - said:
            return hit
    return None


def mirrored_sides(
    sides: Sequence[str], found: Sequence[Hit | None], hits: Sequence[Hit]
) -> list[Hit | None]:
    """``found`` with a side that found no entry given the one mirroring the other side's;
    when neither side found one ("dv" and "ev certificate" name no title word of DV-SSL,
    whose hyphenated name is one word), the first two hits that mirror each other, one
    for each side."""
    if len(sides) != 2 or len(found) != 2 or None not in found:
        return list(found)
    out = list(found)
    for rank in (0, 1):
        anchor = found[1 - rank]
        if anchor is not None:
            out[rank] = mirrored(sides[rank], sides[1 - rank], anchor, hits)
            return out
    for anchor in hits[:PARALLEL_RANK]:
        if not entry_units(anchor.entry) or not _says_own(anchor, sides[0], sides[1]):
            continue
        if (pair := mirrored(sides[1], sides[0], anchor, hits)) is not None:
            return [anchor, pair]
    return out


def _says_own(hit: Hit, side: str, other: str) -> bool:
    """The hit's title says a word of the side the other side does not say."""
    return bool(set(_words(hit.title)) & (set(_words(side)) - set(_words(other))))
