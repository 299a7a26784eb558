"""Abbreviation lists written as a two-column table (``| Abbreviation | Full Term |``).

Such a table names no definition column, so each row used to become an entry with an
empty body and its expansion was lost. A row is an abbreviation and its expansion; a
row whose abbreviation or expansion names an entry found elsewhere on the page adds both
as that entry's aliases (no empty duplicate), and any other row is an entry whose text
is its expansion.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.acronyms import looks_like_acronym
from rag_glossary.parsing.base import Section, acronym_aliases, without_parenthetical
from rag_glossary.parsing.inline import display_title

_MAX_ABBR_CHARS = 12
_MAX_EXPANSION_WORDS = 8
_SHARE = 0.8  # rows that must read as an abbreviation and its expansion
_PARENTHETICAL = re.compile(r"\(([^()]+)\)")


def is_abbreviation_list(rows: Sequence[tuple[str, str]]) -> bool:
    """Most rows pair one short capitalised token with a short phrase of several words
    that is not a sentence (``BID`` | ``Twice Daily``, ``AUC`` | ``Area Under the Curve``)."""
    if len(rows) < 2:
        return False
    good = sum(_abbreviation_row(abbr, expansion) for abbr, expansion in rows)
    return good >= _SHARE * len(rows)


def _abbreviation_row(abbr: str, expansion: str) -> bool:
    words = expansion.split()
    return (
        0 < len(abbr) <= _MAX_ABBR_CHARS
        and " " not in abbr
        and looks_like_acronym(abbr)
        and 1 <= len(words) <= _MAX_EXPANSION_WORDS
        and not expansion.rstrip().endswith((".", "!", "?"))
    )


def abbreviation_section(abbr: str, expansion: str, line: int) -> Section:
    """A row as an entry: the expansion is its text and another name of it."""
    return Section(title=abbr, line=line, body=expansion, aliases=[expansion], abbreviation=True)


def merge_abbreviations(sections: Sequence[Section]) -> list[Section]:
    """Rows of an abbreviation list that name an entry of the page become its aliases."""
    entries = [s for s in sections if not s.abbreviation]
    index: dict[str, Section] = {}
    for section in entries:
        for name in _names(section):
            index.setdefault(name, section)
    out: list[Section] = []
    for section in sections:
        target = _target(section, index) if section.abbreviation else None
        if target is None:
            out.append(section)
            continue
        title = display_title(target.title)
        known = {_key(n) for n in (title, without_parenthetical(title), *target.aliases)}
        for name in (section.title, *section.aliases):
            if _key(name) not in known:
                target.aliases.append(name)
                known.add(_key(name))
    return out


def _target(row: Section, index: dict[str, Section]) -> Section | None:
    keys = (_key(row.title), *(_key(a) for a in row.aliases))
    return next((index[k] for k in keys if k in index), None)


def _names(section: Section) -> list[str]:
    """The title, the title without its parentheses, what they hold, and its aliases."""
    title = display_title(section.title)
    inner = _PARENTHETICAL.findall(title)
    names = (title, without_parenthetical(title), *inner, *section.aliases)
    return [k for k in {_key(n) for n in (*names, *acronym_aliases(title))} if k]


def _key(name: str) -> str:
    return " ".join(re.findall(r"\w+", name.casefold()))
