"""The entries a glossary titles or aliases by an acronym, and its CamelCase words with the
letters of their pieces: the tables name lookups read an acronym by (built once per index,
out of coverage/name_lookup.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.models import Entry

_ACRONYM = re.compile(r"[A-Za-z]{3,6}")
_CAMEL = re.compile(r"\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\b")


def acronym_titles(entries: Sequence[Entry]) -> tuple[dict[str, tuple[int, ...]], dict[str, str]]:
    """The entries titled or aliased by an acronym (two capitals or more: "GEP", "ISel"),
    by its letters; and the CamelCase words of the glossary ("GetElementPtr") with the
    letters of their pieces ("gep")."""
    titles: dict[str, list[int]] = {}
    camel: dict[str, str] = {}
    for i, entry in enumerate(entries):
        for name in (entry.title, *entry.aliases):
            name = name.strip()
            if _ACRONYM.fullmatch(name) and sum(c.isupper() for c in name) >= 2:
                titles.setdefault(name.lower(), []).append(i)
        for word in _CAMEL.findall(" ".join((entry.title, *entry.aliases, entry.body))):
            camel.setdefault(word.lower(), "".join(c for c in word if c.isupper()).lower())
    return {k: tuple(dict.fromkeys(v)) for k, v in titles.items()}, camel
