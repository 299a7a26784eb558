"""Titles said in another form: inverted from their parentheses, after a qualifier of the
norm, or followed by a plural noun saying where the named thing is met (round 28 post-fix PT)."""

from __future__ import annotations

from rapidfuzz.distance import OSA

from rag_glossary.coverage.slips import MIN_SLIP_LEN, suffixed
from rag_glossary.everyday import everyday_words
from rag_glossary.models import Entry


class TitleForms:
    """Lookups over the title tables ``EntryTables`` builds."""

    entries: list[Entry]
    _names: dict[tuple[str, ...], tuple[int, ...]]
    _bracketed_names: dict[int, tuple[tuple[str, ...], ...]]
    _doc_freq: dict[str, int]
    _texts: list[str]

    def _title_then_plural(
        self, key: tuple[str, ...], written: str, top: frozenset[str] | None
    ) -> tuple[int, ...]:
        """ "fujiwhara effect typhoons": an exact title of two words or more, then a plural
        noun the glossary uses, says where the named thing is met ("the effect in
        typhoons"), no new kind; that title is asked when its entry is among the top hits.
        A plural the glossary never uses ("quality of service settings") is no kind of its
        either: it says which of the named thing's parts are asked."""
        last = written.split()[-1] if written.split() else ""
        plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
        if top is None or len(key) < 3 or not plural:
            return ()
        return tuple(i for i in self._names.get(key[:-1], ()) if self.entries[i].id in top)

    def _inverted_title(self, key: tuple[str, ...]) -> tuple[int, ...]:
        """ "atmospheric pressure": "Pressure (Atmopsheric)". A title with its modifier in
        parentheses names the phrase in either order; one of its words may be a single
        slip (the source's own misspelling, or the user's)."""
        if len(key) < 2:
            return ()
        found: set[int] = set()
        for name in self._bracketed_names.get(len(key), ()):
            if _one_slip_apart(key, name):
                found.update(self._names[name])
        return tuple(sorted(found)) if len(found) == 1 else ()

    def _qualified_title(self, key: tuple[str, ...]) -> tuple[int, ...]:
        """ "normal atmospheric pressure": a qualifier saying the value is the usual one is
        no word of the name, unless the glossary writes the whole phrase ("normal
        distribution" written in an entry is a name). So is an intensifier: "the very top
        surface" is the Top surface ("very high frequency", a title, is found before)."""
        if len(key) < 3 or key[0] not in USUAL | INTENSIFIERS:
            return ()
        if any(f" {' '.join(key)} " in text for text in self._texts):
            return ()
        return self._names.get(key[1:], ()) or self._inverted_title(key[1:])


# qualifiers saying a value or a form is the usual one ("normal pressure", "typical
# rainfall"): the closed set of English adjectives of the norm
USUAL = frozenset(str.split("normal typical usual standard"))
INTENSIFIERS = frozenset(("very",))


def _one_slip_apart(key: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """The same words in any order, but for at most one pair a single slip apart (a swap of
    neighbours included), the slipped title word no everyday word."""
    left, right = list(key), list(name)
    for word in key:
        if word in right:
            left.remove(word)
            right.remove(word)
    if not left:
        return True
    slip = len(left) == 1 and len(left[0]) >= MIN_SLIP_LEN and OSA.distance(left[0], right[0]) == 1
    return slip and right[0] not in everyday_words() and not suffixed(left[0], right[0])
