"""XLIFF (1.2 ``<trans-unit>``, 2.x ``<unit>``) and TMX (``<tu>``) files kept as glossaries.

A translation file is a glossary when its units define their strings: one entry per unit, its
source text the title (the ``id`` attribute is a key, not the term: the anchor is the title's
slug, as everywhere), its notes the body (translators' instructions in them are the file's text
and stay), its target an alias when it differs from the source (the term's name in the target
language: a question in either language finds it). A TMX unit is read in the header's source
language (``srclang``, else its first variant); its other variants are aliases.

An application's strings are no glossary: a file whose units record where the code uses them
(Angular's ``<context-group purpose="location">``, XLIFF 2's ``<note category="location">``),
or in which fewer than half of the units have a note, gives no entries; nor does a unit whose
source holds placeholders (``<x/>``, ``<ph>``: a sentence with slots, no term). ``meaning``
and ``location`` notes are labels, not text.
"""

from __future__ import annotations

from typing import Any

from rag_glossary.parsing.base import Parsed, Section, acronym_aliases, defined_acronym_aliases
from rag_glossary.parsing.xml_text import block_text, inline_text, local_name

ROOTS = frozenset(("xliff", "tmx"))
_UNITS = frozenset(("trans-unit", "unit", "tu"))
_PLACEHOLDERS = frozenset(("x", "ph", "bx", "ex", "bpt", "ept", "it", "sc", "ec", "cp"))
_LABEL_NOTES = frozenset(("location", "meaning", "linenumber", "sourcefile"))
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_APP_STRINGS = "an application's interface strings (its units record where the code uses them)"
_UNDEFINED = "a translation file whose units mostly have no note defining them"


def parse_units(root: Any, lines: list[int]) -> Parsed:
    """Entries of an XLIFF or TMX root (``lines``: each unit's line, in document order)."""
    units = [el for el in root.iter() if local_name(el) in _UNITS]
    if any(_records_location(unit) for unit in units):
        return Parsed([], problem=_APP_STRINGS)
    source_language = _tmx_source_language(root)
    read = [_unit(unit, source_language) for unit in units]
    noted = sum(1 for r in read if r is not None and r[1])
    if not read or noted * 2 < len(read):
        return Parsed([], problem=_UNDEFINED)
    sections = []
    for n, found in enumerate(read):
        if found is None:
            continue
        title, body, aliases = found
        line = lines[n] if n < len(lines) else (lines[-1] if lines else 1)
        names = [*aliases, *acronym_aliases(title), *defined_acronym_aliases(title, body)]
        kept = [a for a in dict.fromkeys(names) if a.casefold() != title.casefold()]
        sections.append(Section(title=title, line=line, body=body, aliases=kept))
    return Parsed(sections)


def _records_location(unit: Any) -> bool:
    for element in unit.iter():
        name = local_name(element)
        if name == "context-group" and (element.get("purpose") or "").lower() == "location":
            return True
        if name == "note" and (element.get("category") or "").lower() == "location":
            return True
    return False


def _unit(unit: Any, source_language: str | None) -> tuple[str, str, list[str]] | None:
    """(title, body, aliases) of one unit; None when its source is no term."""
    if local_name(unit) == "tu":
        return _tmx_unit(unit, source_language)
    sources = [e for e in _own(unit) if local_name(e) == "source"]
    if not sources or any(_has_placeholder(s) for s in sources):
        return None
    title = " ".join(t for s in sources if (t := inline_text(s)))
    if not title:
        return None
    targets = " ".join(t for e in _own(unit) if local_name(e) == "target" if (t := inline_text(e)))
    return title, _notes(unit), [targets] if targets else []


def _own(unit: Any) -> list[Any]:
    """The unit's elements, its segments' included, not those of ``alt-trans`` proposals."""
    found = []
    for child in unit:
        name = local_name(child)
        if name in ("segment", "ignorable"):
            found.extend(child)
        elif name != "alt-trans":
            found.append(child)
    return found


def _has_placeholder(source: Any) -> bool:
    return any(local_name(e) in _PLACEHOLDERS for e in source.iter())


def _notes(unit: Any) -> str:
    """The unit's own notes (XLIFF 2 keeps them in ``<notes>``), ``alt-trans`` ones left out."""
    own = _own(unit) if local_name(unit) != "tu" else list(unit)
    notes = []
    for element in (n for e in own for n in ([e] if local_name(e) == "note" else e)):
        if local_name(element) != "note":
            continue
        label = (element.get("from") or element.get("category") or "").lower()
        if label not in _LABEL_NOTES and (text := block_text(element)):
            notes.append(text)
    return "\n\n".join(dict.fromkeys(notes))


def _tmx_source_language(root: Any) -> str | None:
    header = next((e for e in root if local_name(e) == "header"), None)
    language = header.get("srclang") if header is not None else None
    return language.lower() if language and language != "*all*" else None


def _tmx_unit(unit: Any, source_language: str | None) -> tuple[str, str, list[str]] | None:
    variants = []
    for tuv in (e for e in unit if local_name(e) == "tuv"):
        seg = next((e for e in tuv if local_name(e) == "seg"), None)
        if seg is not None and not _has_placeholder(seg) and (text := inline_text(seg)):
            language = str(tuv.get(_XML_LANG) or tuv.get("lang") or "").lower()
            variants.append((language, text))
    if not variants:
        return None
    first = next((v for v in variants if source_language and v[0] == source_language), variants[0])
    aliases = [text for v in variants if v is not first for text in (v[1],)]
    return first[1], _notes(unit), aliases
