"""Redirect pages as names of the page they point to.

A glossary kept as one page per term often has pages that only send the reader on
(``terms/backprop.md``: ``title: Backprop``, ``layout: redirect``,
``destination: backpropagation``). Such a page is another name of its target, not a
term without a definition: its title (and aliases) become aliases of the target entry
and the stub goes. A redirect whose target is not found, or is ambiguous, stays a stub.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from rag_glossary.lazy_re import lazy_regex
from rag_glossary.models import Entry
from rag_glossary.parsing.base import without_parenthetical
from rag_glossary.parsing.slug import slugify
from rag_glossary.pointer_words import pointed_name


def merge_redirects(entries: Sequence[Entry], redirects: Mapping[str, str]) -> list[Entry]:
    """``entries`` with each redirect (entry id -> target slug) folded into its target."""
    if not redirects:
        return list(entries)
    names: dict[str, list[str]] = {}
    merged: set[str] = set()
    for entry_id, target in redirects.items():
        found = _target(entries, slugify(target), redirects)
        redirect = next(e for e in entries if e.id == entry_id)
        if found is not None and found.id != entry_id:
            names.setdefault(found.id, []).extend([redirect.title, *redirect.aliases])
            merged.add(entry_id)
    out = []
    for entry in entries:
        if entry.id in merged:
            continue
        # "DQN.md": "Abbreviation for Deep Q-Network." names "Deep Q-Network (DQN)" already
        own = {entry.title, without_parenthetical(entry.title)}
        extra = [n for n in names.get(entry.id, []) if n not in own]
        if extra:
            aliases = tuple(dict.fromkeys([*entry.aliases, *extra]))
            entry = dataclasses.replace(entry, aliases=aliases)
        out.append(entry)
    return out


def _target(entries: Sequence[Entry], slug: str, redirects: Mapping[str, str]) -> Entry | None:
    """The one non-redirect entry the slug names: its page (source), anchor or title."""
    found = [
        e
        for e in entries
        if e.id not in redirects and slug in (e.source, e.anchor, slugify(e.title))
    ]
    if not found:  # "Synonym for Deep Q-Network": the title without its "(DQN)"
        found = [
            e
            for e in entries
            if e.id not in redirects and slug == slugify(without_parenthetical(e.title))
        ]
    return found[0] if len(found) == 1 else None


# "See savory.": a whole body that only sends the reader to another entry by its name,
# perhaps with the sections or pages that say more ("See script (3.3, 3.10).", "(p. 12)").
_SEE_ONLY = lazy_regex(
    r"^[Ss]ee\s+(?!also\b)[*_\"“]*(?P<name>[^\n.;:*_\"”]{1,80}?)[*_\"”]*"
    r"(?:\s*\((?:pp?\.\s*)?\d[\d.,;\s–-]*\))?\.?$"
)
_SEE_FIRST = lazy_regex(r"^[Ss]ee\s+(?!also\b)[*_\"“]*(?P<name>[^\n.;:*_\"”]{1,80}?)[*_\"”]*\.\s")
_OR = lazy_regex(r"\s+or\s+")


def alias_pointers(entries: Sequence[Entry]) -> list[Entry]:
    """``entries`` with each one-line ``See X.`` entry's title (and aliases) added to the
    aliases of the one entry X names (its title, alias, or one side of an ``X or Y``
    title): a question that names the pointer's term is answered by the entry that
    defines it. The pointer stays an entry (its id is cited as before) and points on."""
    names: dict[str, list[str]] = {}
    pointers: dict[str, Entry] = {}
    for entry in entries:
        target = _pointed(entries, entry)
        if target is not None:
            # a side of the target's "X or Y" title is named there already
            said = _sides(target.title)
            extra = [n for n in (entry.title, *entry.aliases) if _key(n) not in said]
            names.setdefault(target.id, []).extend(extra)
            pointers[entry.id] = target
    out = []
    for entry in entries:
        extra = [n for n in names.get(entry.id, []) if n.casefold() != entry.title.casefold()]
        if extra:
            aliases = tuple(dict.fromkeys([*entry.aliases, *extra]))
            entry = dataclasses.replace(entry, aliases=aliases)
        target = pointers.get(entry.id)
        # "See Interpolation." already links its target by a name of its own
        if target is not None and not any(_key(s) in _names(target) for s in entry.see_also):
            entry = dataclasses.replace(entry, see_also=(*entry.see_also, target.title))
        out.append(entry)
    return out


# the end of the name a pointer opens with: "Vedi "Logistica 3PL". Provider esterno ..."
_SENTENCE_END = lazy_regex(r"[.!?]?[\"”»]?[.!?](?:\s|$)")
_BRACKETS = "\"'“”„«»‘’()[]*_ "


def _pointed(entries: Sequence[Entry], entry: Entry) -> Entry | None:
    """The entry a body that only points on names: ``See X.`` alone, or opening a longer
    body ("See X. 'Y' is an archaic term for X"), or another language's pointer
    (pointer_words.py: "Se Bivax.", "См. раздел .NET 5 ...": the name, or failing that
    the name less a first word such as "раздел", section)."""
    body = entry.body.strip()
    match = _SEE_ONLY.match(body) or _SEE_FIRST.match(body)
    if match:
        return _named(entries, match.group("name"), entry.id)
    name = pointed_name(body.split("\n", 1)[0])
    if name is None:
        return None
    name = _SENTENCE_END.split(name, maxsplit=1)[0].strip(_BRACKETS)
    _, _, rest = name.partition(" ")
    return _named(entries, name, entry.id) or (rest and _named(entries, rest, entry.id)) or None


def _named(entries: Sequence[Entry], name: str, own_id: str) -> Entry | None:
    found = [e for e in entries if e.id != own_id and _key(name) in _names(e)]
    return found[0] if len(found) == 1 else None


def _names(entry: Entry) -> set[str]:
    titles = {entry.title, without_parenthetical(entry.title), *entry.aliases}
    return {_key(n) for n in titles if n} | _sides(entry.title)


def _sides(title: str) -> set[str]:
    """The two names of an ``X or Y`` title ("savory or umami")."""
    sides = _OR.split(title)
    return {_key(side) for side in sides} if len(sides) == 2 else set()


def _key(name: str) -> str:
    return " ".join(name.split()).casefold().rstrip(":")
