"""Dialect ``xml``: an XML glossary (DocBook ``<glossary>``, DITA ``<glossentry>``, JATS
``<def-item>``, TBX and MultiTerm termbases), or any XML data file of term/definition records.

Parsed with ``defusedxml`` (no external entities, no entity expansion): the DOCTYPE, with
any internal subset, is dropped first, and a named entity the DTD would have defined is
read as HTML names it (``&nbsp;``), else as its name. Each entry element gives one entry:
its term element (``glossterm``/``term``) is the title, ``acronym``/``abbrev`` (and DITA's
``glossAlt`` forms) outside the definition are aliases, the definition (``glossdef``/``def``)
is the body (paragraphs and ``- item`` lines, xml_text.py), a DITA ``glossSurfaceForm``
gives its acronym (and itself when it is more than "term (ACRONYM)"), ``glossseealso`` texts are
see-also names and a ``glosssee`` entry reads "See X." (an ``id`` named instead of a term is
read as the term it identifies). A Divergloss glossary's ``<concept>`` is read by
divergloss.py. A termbase's concept (TBX ``<termEntry>`` /
``<conceptEntry>``, MultiTerm ``<conceptGrp>``) is read by termbase.py. An XLIFF or TMX
file is read by xliff_units.py, an Android string resource file (``<resources>``) by
android_strings.py. A file with no entry element is read as data: each element a record of its
children (and attributes), through the JSON/YAML reader (datafile.py), so a ``pom.xml`` or a
config file gives no entries. A DITA document's definition lists and prose topics are read
by dita_topics.py (a DITA topic with neither glossentries nor term lists gives none).
"""

from __future__ import annotations

import html
import re
from collections.abc import Container, Iterator
from functools import partial
from html.entities import html5
from typing import Any

from rag_glossary.parsing import android_strings, dita_topics, divergloss, termbase
from rag_glossary.parsing.base import (
    Parsed,
    Section,
    acronym_aliases,
    defined_acronym_aliases,
    without_parenthetical,
)
from rag_glossary.parsing.datafile import data_records
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.record_lines import XML_DELIMITERS, TermLines, line_numbers
from rag_glossary.parsing.xliff_units import ROOTS as TRANSLATION_ROOTS
from rag_glossary.parsing.xliff_units import parse_units
from rag_glossary.parsing.xml_text import block_text, inline_text, local_name

_ENTRY_TAGS = ("glossentry", "termentry", "conceptentry", "conceptgrp", "def-item")
_TERM_TAGS = frozenset(("glossterm", "term"))
_DEFINITION_TAGS = frozenset(("glossdef", "def", "definition"))
_ALIAS_TAGS = frozenset(
    ("acronym", "abbrev", "glossacronym", "glossabbreviation", "glosssynonym", "glossshortform")
)
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DOCTYPE = re.compile(r"<!DOCTYPE\b[^\[>]*(?P<subset>\[)?", re.I)
_SUBSET_END = re.compile(r"\]\s*>")
_ENTITY = re.compile(r"&([A-Za-z][\w.-]*);")
_XML_ENTITIES = frozenset(("lt", "gt", "amp", "quot", "apos"))
_ENTRY_START = re.compile(r"<(?:[\w.-]+:)?(?:" + "|".join(_ENTRY_TAGS) + r")\b", re.I)
_VALUE_START = re.compile(r"<(?:string|item)(?=[\s/>])")
_CONCEPT_START = re.compile(r"<(?:[\w.-]+:)?concept(?=[\s/>])")
_UNIT_START = re.compile(r"<(?:[\w.-]+:)?(?:trans-unit|unit|tu)(?=[\s/>])")
_NO_ENTRIES = "no glossary entries (no entry element has a term)"


def parse_xml(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source
    root, problem = xml_root(text)
    if root is None:
        return Parsed([], problem=problem)
    if local_name(root) in TRANSLATION_ROOTS:  # XLIFF / TMX: xliff_units.py
        return parse_units(root, _entry_lines(text, _UNIT_START))
    entries = [el for el in root.iter() if local_name(el) in _ENTRY_TAGS]
    if not entries and local_name(root) == android_strings.ROOT:
        return android_strings.parse_resources(root, _entry_lines(text, _VALUE_START))
    if not entries and divergloss.is_divergloss(root):  # Divergloss: divergloss.py
        return divergloss.parse_concepts(root, _entry_lines(text, _CONCEPT_START), spec.language)
    dita = dita_topics.is_dita(root, text)
    if not entries and not dita:
        sections, _, _, problem = data_records(as_data(root), spec, TermLines(text, XML_DELIMITERS))
        return Parsed(sections, problem=problem)
    line_of = dita_topics.prepare(root, partial(_entry_lines, text)) if dita else {}
    lines = _entry_lines(text)
    names = _names_by_id(entries)
    concepts = [e for e in entries if local_name(e) in termbase.CONCEPTS]
    language = termbase.main_language(root, concepts, spec.language) if concepts else ""
    sections = []
    for n, element in enumerate(entries):
        line = lines[n] if n < len(lines) else (lines[-1] if lines else 1)
        if local_name(element) in termbase.CONCEPTS:  # TBX, MultiTerm: termbase.py
            section = termbase.concept_section(element, line, language)
        else:
            section = _entry_section(element, line, names)
        if section is not None:
            sections.append(section)
    problem = None if sections else termbase.no_terms() if concepts else _NO_ENTRIES
    if dita:  # DITA: definition lists and prose topics too (dita_topics.py)
        sections, problem = dita_topics.topic_sections(root, sections, line_of)
    return Parsed(sections, title=_document_title(root), problem=problem)


def xml_root(text: str) -> tuple[Any, str | None]:
    """The parsed tree's root, or None and why not."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    cleaned = _ENTITY.sub(_entity_text, _without_doctype(text.lstrip("\ufeff")))
    try:
        return fromstring(cleaned, forbid_dtd=True), None
    except ParseError as exc:
        return None, f"not well-formed XML ({exc})"
    except DefusedXmlException as exc:
        return None, f"XML not read for safety ({exc})"


def _without_doctype(text: str) -> str:
    """The text without its DOCTYPE declaration and internal subset (entity declarations)."""
    start = _DOCTYPE.search(text)
    if start is None:
        return text
    if start.group("subset"):
        end = _SUBSET_END.search(text, start.end())
        return text[: start.start()] + (text[end.end() :] if end else "")
    close = text.find(">", start.end())
    return text[: start.start()] + (text[close + 1 :] if close >= 0 else "")


def _entity_text(match: re.Match[str]) -> str:
    name = match.group(1)
    if name in _XML_ENTITIES:
        return match.group(0)
    char = html5.get(f"{name};")
    return html.escape(char, quote=False) if char is not None else name


def _entry_lines(text: str, start_tag: re.Pattern[str] = _ENTRY_START) -> list[int]:
    """Line of each entry element's start tag, in document order (none inside comments)."""
    starts: list[int] = []
    at = 0
    while at < len(text):
        comment = text.find("<!--", at)
        end = len(text) if comment < 0 else comment
        starts.extend(m.start() for m in start_tag.finditer(text, at, end))
        close = text.find("-->", comment + 4) if comment >= 0 else -1
        at = len(text) if close < 0 else close + 3
    return line_numbers(text, starts)


def _walk(element: Any, stop: Container[str]) -> Iterator[Any]:
    """Every element below ``element`` (document order), not entering a ``stop`` element."""
    for child in element:
        yield child
        if local_name(child) not in stop:
            yield from _walk(child, stop)


def _names_by_id(entries: list[Any]) -> dict[str, str]:
    """The term each ``id`` names (on the entry or on its term element)."""
    names: dict[str, str] = {}
    for entry in entries:
        term = next(
            (e for e in _walk(entry, _DEFINITION_TAGS) if local_name(e) in _TERM_TAGS), None
        )
        title = inline_text(term) if term is not None else ""
        for element in (entry, term):
            if title and element is not None and element.get("id"):
                names[element.get("id")] = title
    return names


def _entry_section(entry: Any, line: int, names: dict[str, str]) -> Section | None:
    outside = list(_walk(entry, _DEFINITION_TAGS))
    term = next((e for e in outside if local_name(e) in _TERM_TAGS), None)
    title = inline_text(term) if term is not None else ""
    if not title:
        return None
    body = "\n\n".join(
        text for e in outside if local_name(e) in _DEFINITION_TAGS if (text := block_text(e))
    )
    see = _pointers(entry, "glosssee", names)
    see_also = _pointers(entry, "glossseealso", names)
    if not body and see:
        body = " ".join(f"See {name}." for name in see)
    aliases = [t for e in outside if local_name(e) in _ALIAS_TAGS if (t := inline_text(e))]
    surfaces = [t for e in outside if local_name(e) == "glosssurfaceform" if (t := inline_text(e))]
    aliases += [name for form in surfaces for name in _surface_names(form, title)]
    return _section(title, line, body, aliases, [*see, *see_also])


def _surface_names(form: str, title: str) -> list[str]:
    """A DITA surface form's names: its acronym, and the form itself when it is more than
    the term with that acronym ("Parkinson's Disease (PD)" gives only "PD")."""
    kept = without_parenthetical(form).casefold() != title.casefold()
    return [*([form] if kept else []), *acronym_aliases(form)]


def _pointers(entry: Any, tag: str, names: dict[str, str]) -> list[str]:
    """Names a ``glosssee``/``glossseealso`` gives: its text, or the term its id names."""
    found = []
    for element in entry.iter():
        if local_name(element) != tag:
            continue
        text = inline_text(element)
        name = names.get(text) or text or names.get(element.get("otherterm") or "", "")
        if name:
            found.append(name)
    return found


def _section(title: str, line: int, body: str, aliases: list[str], see_also: list[str]) -> Section:
    names = [*aliases, *acronym_aliases(title), *defined_acronym_aliases(title, body)]
    kept = [a for a in dict.fromkeys(names) if a.casefold() != title.casefold()]
    return Section(title=title, line=line, body=body, aliases=kept, see_also=see_also)


def _document_title(root: Any) -> str | None:
    for container in (root, *(c for c in root if local_name(c) in ("info", "glossaryinfo"))):
        title = next((c for c in container if local_name(c) == "title"), None)
        if title is not None and (text := inline_text(title)):
            return text
    return None


def as_data(element: Any) -> Any:
    """An element as JSON-like data: its text when it has no child elements (or mixed
    text), else a mapping of its children (repeated names as lists) and attributes."""
    children = [c for c in element if local_name(c)]
    attributes = {k.rsplit("}", 1)[-1]: v for k, v in element.attrib.items()}
    if not children or _mixed(element):
        text = block_text(element)
        return {**attributes, "text": text} if attributes and text else attributes or text
    data: dict[str, Any] = dict(attributes)
    lists: set[str] = set()
    for child in children:
        key, value = local_name(child), as_data(child)
        if key in lists:
            data[key].append(value)
        elif key in data:
            data[key] = [data[key], value]
            lists.add(key)
        else:
            data[key] = value
    return data


def _mixed(element: Any) -> bool:
    return bool((element.text or "").strip()) or any((c.tail or "").strip() for c in element)
