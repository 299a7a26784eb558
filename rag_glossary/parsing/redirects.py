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

from rag_glossary.models import Entry
from rag_glossary.parsing.base import without_parenthetical
from rag_glossary.parsing.slug import slugify


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
        extra = [n for n in names.get(entry.id, []) if n != entry.title]
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
