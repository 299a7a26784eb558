"""An acronym in one file names one thing: the entry whose name spells it.

``CORS (Cross-Origin Resource Sharing)`` and ``Credentialed Request (CORS)`` both read
``CORS`` as an alias from their parentheses; in the second it says which topic the term
belongs to, not another name for it, and a question about CORS must not take it for the
term. When entries of one file share an acronym alias and some of them spell it out
(their title or another alias), the others lose it; when none does, all keep it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from rag_glossary.acronyms import looks_like_acronym, spells_out
from rag_glossary.models import Entry

__all__ = ["settle_acronyms"]


def settle_acronyms(entries: Sequence[Entry]) -> list[Entry]:
    """``entries`` with each shared acronym alias left only on the entries that spell it."""
    owners: dict[str, list[int]] = defaultdict(list)
    for i, entry in enumerate(entries):
        for alias in entry.aliases:
            if looks_like_acronym(alias):
                owners[alias.casefold()].append(i)
    lose: dict[int, set[str]] = defaultdict(set)
    for key, found in owners.items():
        if len(found) < 2:
            continue
        spelling = [i for i in found if _spells(entries[i], key)]
        if spelling and len(spelling) < len(found):
            for i in set(found) - set(spelling):
                lose[i].add(key)
    return [
        replace(e, aliases=tuple(a for a in e.aliases if a.casefold() not in lose[i]))
        if i in lose
        else e
        for i, e in enumerate(entries)
    ]


def _spells(entry: Entry, key: str) -> bool:
    """The entry is titled by the acronym or one of its names spells it out."""
    head = _without_brackets(entry.title)
    if head.casefold() == key:
        return True
    names = (n for n in (head, *entry.aliases) if n.casefold() != key)
    return any(spells_out(key.upper(), name) for name in names)


def _without_brackets(title: str) -> str:
    head = title.split("(", 1)[0].strip()
    return head or title
