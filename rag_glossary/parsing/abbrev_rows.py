"""Tables of abbreviations beside their spelled-out forms.

``| Abbreviation | Description |`` with rows like ``| sc | single crochet |``: the
description is the abbreviation's expansion, so it is another name of the entry, even
when the letters are not the expansion's initials. A row titled ``BL or BLO`` names two
forms, each another name (``back loop or back loop only`` pairs them one to one). The
table says so by its header (an abbreviation term column or an expansion column) or by
its rows: most spell their short description, letter by letter in order, the first
letter opening a word (Schwartz and Hearst's test: ``cm`` centimeter, ``yd`` yard).

A table with no term or definition column but an abbreviation column (``| Stitch | U.S.
abbreviation | U.K. abbreviation |``) is keyed by that column: one entry a row, the other
cells ``Header: value`` lines of its text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from rag_glossary.parsing.base import Section
from rag_glossary.parsing.fields import key_name
from rag_glossary.parsing.inline import display_title
from rag_glossary.parsing.slug import slugify

_ABBREVIATION_WORDS = frozenset(
    ("abbreviation", "abbreviations", "abbr", "abbrev", "acronym", "acronyms")
)
_EXPANSION_NAMES = frozenset(
    ("expansion", "full term", "full form", "full name", "stands for", "long form", "spelled out")
)
_OR = re.compile(r"\s+or\s+")
_GLOSS = re.compile(r"\s+[=\-\u2013\u2014]\s+")  # an expansion's gloss: its value or a note
_MAX_FORM_CHARS = 12
_MAX_FORM_WORDS = 2
_MAX_EXPANSION_WORDS = 8
_MAX_KEY_WORDS = 3  # an abbreviation column's cells
_SHARE = 0.8  # rows that must spell their description when the header says nothing
_MIN_ROWS = 3
_MEAN_FORM_CHARS = 6  # an abbreviation list's titles, on average
_NOT_A_NAME = re.compile(r"[.!?;:,()]|\be\.g\b|\bi\.e\b")


def names_abbreviation(header: str) -> bool:
    """``Abbreviation``, ``U.S. abbreviation``, ``Acronyms``: a column of abbreviations."""
    return bool(_ABBREVIATION_WORDS & set(key_name(header).split()))


def abbreviation_column(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str | None:
    """The first column named for abbreviations whose filled cells are short."""
    for i, name in enumerate(header):
        if not names_abbreviation(name):
            continue
        cells = [row[i].strip() for row in rows if len(row) > i and row[i].strip()]
        short = sum(len(c.split()) <= _MAX_KEY_WORDS for c in cells)
        if cells and short >= _SHARE * len(cells):
            return name
    return None


def forms(title: str) -> list[str]:
    """``BL or BLO`` -> ``[BL, BLO]``; a title that is not a choice of short forms: itself."""
    title = display_title(title)
    parts = _OR.split(title)
    if len(parts) < 2 or any(not _short_form(p) for p in parts):
        return [title]
    return parts


def _short_form(part: str) -> bool:
    return 0 < len(part) <= _MAX_FORM_CHARS and len(part.split()) <= _MAX_FORM_WORDS


def spells(abbreviation: str, expansion: str) -> bool:
    """The abbreviation's letters and digits appear in order in the longer expansion, the
    first one opening a word (``sc`` single crochet, ``RetP`` return pass, not ``oz``
    ounce)."""
    chars = [c for c in abbreviation.casefold() if c.isalnum()]
    text = expansion.casefold()
    if not chars or len(text) <= len(abbreviation):
        return False
    for start in re.finditer(r"\b\w", text):
        if text[start.start()] == chars[0] and _in_order(chars[1:], text[start.start() + 1 :]):
            return True
    return False


def _in_order(chars: Sequence[str], text: str) -> bool:
    rest = iter(text)
    return all(c in rest for c in chars)


def row_names(title: str, description: str) -> list[str]:
    """Other names a row gives its entry: each form of its title and the expansion it
    abbreviates; none when the description is not a short expansion every form spells."""
    description = _GLOSS.split(description, 1)[0]  # "Tonne = 1000 kg", "Ex Works - ..."
    words = description.split()
    if not 1 <= len(words) <= _MAX_EXPANSION_WORDS or _NOT_A_NAME.search(description):
        return []
    parts = forms(title)
    longs = _OR.split(description)
    pairs = list(zip(parts, longs, strict=True)) if len(longs) == len(parts) > 1 else []
    pairs = pairs or [(part, description) for part in parts]
    spoken = [(part, long) for part, long in pairs if any(c.isalnum() for c in part)]
    if not spoken or not all(spells(part, long) for part, long in spoken):
        return []
    names = [part for part, _ in spoken] if len(parts) > 1 else []
    return _unique([*names, *(long for _, long in spoken)], display_title(title))


def _unique(names: Sequence[str], title: str) -> list[str]:
    seen = {title.casefold()}
    out = []
    for name in names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


def said_by_header(term: str | None, definition: str | None) -> bool:
    """The header names the term column for abbreviations or the other for expansions."""
    expansion = definition is not None and key_name(definition) in _EXPANSION_NAMES
    return expansion or (term is not None and names_abbreviation(term))


def with_expansions(sections: Sequence[Section], said: bool) -> list[Section]:
    """Rows of an abbreviation table with their forms and expansions as aliases; a row
    whose first form is a symbol (``” or in``) anchored at the forms that have letters."""
    found = [row_names(s.title, s.body) for s in sections]
    if not sections or not (said or _spelled_table([s.title for s in sections], found)):
        return list(sections)
    out = []
    for section, names in zip(sections, found, strict=True):
        if not names:
            out.append(section)
            continue
        known = {a.casefold() for a in section.aliases}
        aliases = [*section.aliases, *(n for n in names if n.casefold() not in known)]
        out.append(replace(section, aliases=aliases, anchor=_symbol_anchor(section)))
    return out


def _spelled_table(titles: Sequence[str], found: Sequence[list[str]]) -> bool:
    """No header says so: most rows spell their description and the titles are short
    (words of a term list spell a short definition by chance: ``Cross`` | ``Crossing
    hands across body``)."""
    spelled = sum(bool(names) for names in found)
    lengths = [len(form) for title in titles for form in forms(title)]
    short = sum(lengths) <= _MEAN_FORM_CHARS * len(lengths)
    return len(titles) >= _MIN_ROWS and spelled >= _SHARE * len(titles) and short


def _symbol_anchor(section: Section) -> str | None:
    parts = forms(section.title)
    if section.anchor or len(parts) < 2 or any(c.isalnum() for c in parts[0]):
        return section.anchor
    return slugify(" or ".join(p for p in parts if any(c.isalnum() for c in p))) or None
