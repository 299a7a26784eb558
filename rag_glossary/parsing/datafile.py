"""Dialects ``yaml`` and ``json``: a data file behind a documentation site.

Accepted shapes: a list of objects; a mapping of term -> object or term ->
definition string; or an object whose one list of objects (``terms``,
``glossary``, ``entries``...) holds the glossary. A multilingual record keeps
each language's term and definition under a language code (``en: {term, def}``,
as The Carpentries' Glosario does); one language is read: English unless
corpus.toml names another (``language = "fr"``). Fields are found by name
(fields.py). A line is the line where the record (YAML) or its term (JSON)
starts. Anything else gives no entries and a one-line ``problem``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from rag_glossary.parsing.base import Parsed, Section, acronym_aliases, defined_acronym_aliases
from rag_glossary.parsing.data_shape import keys_by_shape
from rag_glossary.parsing.fields import (
    FieldSpec,
    find_columns,
    key_name,
    language_keys,
    language_named,
    section_of,
    slug_keyed,
    title_of,
)
from rag_glossary.parsing.slug import slugify
from rag_glossary.parsing.slug_titles import readable_title

_LIST_KEYS = ("terms", "glossary", "entries", "items", "words", "definitions", "data")
_NOT_A_GLOSSARY = "no list or mapping of terms with definitions"
# A record keyed so is a glossary term; "name"/"title" are not enough (links have those).
_TERM_KEYS = ("term", "glossary term", "headword", "concept")
_DEFINITION_WORDS = 3  # a shorter value is a setting, not a definition
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:[_-][a-zA-Z]{2,4})?")
_TWO_LETTER_CODE = re.compile(r"[a-z]{2}(?:[_-][a-zA-Z]{2,4})?")  # en, cs, pt-BR, zh_Hans
DEFAULT_LANGUAGE = "en"
_MAX_DEPTH = 6  # how deep a glossary may sit in a data file's wrapper objects
_MIN_GROUP = 2  # records that make a group of glossary entries
_NOTE_LABELS = frozenset(("note", "notes", "nb", "n.b", "tip", "warning", "caution", "disclaimer"))
_MIN_NOTE_LIST = 3


def parse_json(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except (ValueError, RecursionError) as exc:
        where = f" at line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else ""
        return Parsed([], problem=f"not valid JSON{where}")
    return Parsed(*data_records(data, spec, _JsonLines(text)))


def parse_yaml(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source
    import yaml  # only needed for YAML files; keeps the query path light

    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        return Parsed([], problem=f"not valid YAML{where}")
    return Parsed(*data_records(data, spec, _YamlLines(node)))


class _JsonLines:
    """Line of each term, found by scanning the text for the term's JSON string in order."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._pos = 0

    def line(self, path: tuple[Any, ...], term: str) -> int:
        needle = json.dumps(term, ensure_ascii=False)
        found = self._text.find(needle, self._pos)
        if found < 0:
            found = self._text.find(json.dumps(term), self._pos)
        if found < 0:
            return self._text.count("\n", 0, self._pos) + 1
        self._pos = found + len(needle)
        return self._text.count("\n", 0, found) + 1


class _YamlLines:
    """Line of each record, from the composed YAML node tree."""

    def __init__(self, node: Any) -> None:
        self._root = node

    def line(self, path: tuple[Any, ...], term: str) -> int:
        node = self._root
        for n, step in enumerate(path):
            node = _child(node, step, key=n == len(path) - 1)
            if node is None:
                return 1
        return int(node.start_mark.line) + 1


def _child(node: Any, step: Any, *, key: bool) -> Any:
    """The sequence item, or the mapping entry's key node (last step) or value node."""
    value = getattr(node, "value", None)
    if not isinstance(value, list):
        return None
    if value and isinstance(value[0], tuple):
        for pair in value:
            if str(getattr(pair[0], "value", None)) == str(step):
                return pair[0] if key else pair[1]
        return None
    if isinstance(step, int) and step < len(value):
        return value[step]
    return None


def data_records(
    data: Any, spec: FieldSpec, lines: Any
) -> tuple[list[Section], None, None, str | None]:
    """The sections of a parsed data file (JSON, YAML, TOML), a problem when none; ``lines``
    tells each record's line by its path (``line(path, term)``)."""
    path: tuple[Any, ...] = ()
    if isinstance(data, Mapping) and _one_record(data, spec):
        data = [data]  # one file per term: the file is the record
    elif isinstance(data, Mapping) and not _is_term_mapping(data, spec):
        inner = _inner_list(data)
        if inner is not None:
            path, data = (inner,), data[inner]
    sections = _from_group(data, spec, lines, path)
    if not sections and (nested := _largest_group(data, spec)) is not None:
        sections = _from_group(nested[1], spec, lines, nested[0])
    if slug_keyed([s.slug_text or s.title for s in sections]):
        sections = [_humanized(s) for s in sections]
    return sections, None, None, None if sections else _NOT_A_GLOSSARY


def _from_group(data: Any, spec: FieldSpec, lines: Any, path: tuple[Any, ...]) -> list[Section]:
    if isinstance(data, list):
        return _from_list(data, spec, lines, path)
    if isinstance(data, Mapping) and _is_term_mapping(data, spec):
        return _from_mapping(data, spec, lines, path)
    return []


def _largest_group(data: Any, spec: FieldSpec) -> tuple[tuple[Any, ...], Any] | None:
    """(path, group) of the largest list or mapping of records with a term and a definition
    at any depth: an i18n message catalogue keeps a glossary page's entries under
    ``glossary`` -> ``entries`` next to the page's interface strings (which are no terms)."""
    best: tuple[int, tuple[Any, ...], Any] | None = None
    stack: list[tuple[tuple[Any, ...], Any]] = [((), data)]
    while stack:
        path, node = stack.pop()
        if len(path) > _MAX_DEPTH or not isinstance(node, Mapping | list):
            continue
        size = _records_with_definition(node, spec)
        if size >= _MIN_GROUP and (best is None or size > best[0]):
            best = (size, path, node)
        children = node.items() if isinstance(node, Mapping) else enumerate(node)
        stack.extend(((*path, key), child) for key, child in children)
    return (best[1], best[2]) if best else None


def _records_with_definition(node: Mapping[Any, Any] | list[Any], spec: FieldSpec) -> int:
    values = list(node.values()) if isinstance(node, Mapping) else node
    records = [_localized(v, spec) for v in values if isinstance(v, Mapping)]
    if len(records) * 2 < len(values):
        return 0  # mostly strings or lists: interface text or settings, not records
    found = [find_columns(list(r), spec) for r in records]
    return sum(1 for cols in found if cols.term is not None and cols.definition is not None)


def _humanized(section: Section) -> Section:
    raw = section.slug_text or section.title
    section.title = title_of(raw)
    if raw == raw.lower():
        section.title = readable_title(section.title.split(), section.body)
        section.aliases.extend(acronym_aliases(section.title))
        # "nhst": "Null Hypothesis Significance Testing": a one-word slug its definition
        # opens by spelling out is an acronym (the expansion becomes an alias).
        expansion = defined_acronym_aliases(raw.upper(), section.body) if raw.isalpha() else []
        if expansion:
            section.title = raw.upper()
            section.aliases.extend(re.sub(r"(?i)^(?:the|an?)\s+", "", x) for x in expansion)
    if section.title != raw and not section.anchor:
        section.anchor = slugify(raw)
    section.aliases = [a for a in section.aliases if a.casefold() != section.title.casefold()]
    return section


def _one_record(data: Mapping[Any, Any], spec: FieldSpec) -> bool:
    """``{term: ..., definition: ...}``: a file that holds one glossary term (keyed by a
    glossary's own word, so a page's ``title``/``description`` is no term)."""
    cols = find_columns([str(k) for k in data], spec)
    if cols.term is None or cols.definition is None:
        return False
    named = spec.term is not None or key_name(cols.term) in _TERM_KEYS
    definition = data.get(cols.definition)
    return named and isinstance(definition, str) and len(definition.split()) >= _DEFINITION_WORDS


def _inner_list(data: Mapping[Any, Any]) -> Any:
    lists = [k for k, v in data.items() if isinstance(v, list) and v and isinstance(v[0], Mapping)]
    named = [k for k in lists if key_name(k) in _LIST_KEYS]
    if named:
        return named[0]
    return lists[0] if len(lists) == 1 else None


def _is_term_mapping(data: Mapping[Any, Any], spec: FieldSpec) -> bool:
    """``{term: definition}`` or ``{term: {definition: ...}}`` rather than a wrapper
    object or a settings file (``title: My site``: values too short to define anything)."""
    values = list(data.values())
    texts = [v for v in values if isinstance(v, str) and v.strip()]
    prose = sum(len(v.split()) >= _DEFINITION_WORDS for v in texts)
    strings = sum(isinstance(v, str) for v in values) if prose * 2 >= len(texts) else 0
    objects = [v for v in values if isinstance(v, Mapping)]
    with_definition = sum(
        1 for v in objects if find_columns(list(_localized(v, spec)), spec).definition
    )
    return strings + with_definition >= max(2, len(values) // 2 + 1)


def _from_list(
    items: list[Any], spec: FieldSpec, lines: Any, path: tuple[Any, ...]
) -> list[Section]:
    sections: list[Section] = []
    objects = [_localized(item, spec) for item in items if isinstance(item, Mapping)]
    if renamed := _unnamed_keys(objects, spec):
        items = [_one_language(dict(i), renamed) if isinstance(i, Mapping) else i for i in items]
        objects = [_localized(item, spec) for item in items if isinstance(item, Mapping)]
    if not _glossary_list(objects, spec):
        return []  # a list of links or settings, not of definitions
    for i, item in enumerate(items):
        if not isinstance(item, Mapping):
            continue
        record = _localized(item, spec)
        cols = find_columns(list(record), spec)
        if cols.term is None:
            continue
        term = str(record.get(cols.term) or "")
        section = section_of(record, cols, lines.line((*path, i), term), markdown=True)
        if section:
            sections.append(section)
    return _without_leading_note(sections)


def _without_leading_note(sections: list[Section]) -> list[Section]:
    """``{"term_en": "NOTE", "definition_en": "For ... see separate glossary ..."}`` before
    ``ABSORPTION``: a first record titled as a note and out of the alphabetical order of
    the next one is a remark about the glossary, no term (a "Note" in its place stays)."""
    if len(sections) < _MIN_NOTE_LIST:
        return sections
    first, second = sections[0].title.casefold(), sections[1].title.casefold()
    if first.rstrip(":.") in _NOTE_LABELS and first > second:
        return sections[1:]
    return sections


def _unnamed_keys(objects: list[dict[str, Any]], spec: FieldSpec) -> dict[str, str]:
    """Term and definition keys told by their values' shape (data_shape.py), for records
    none of whose keys is named as a term or a definition."""
    if spec.term or spec.definition:
        return {}
    for cols in (find_columns(list(item), spec) for item in objects):
        if cols.term is not None or cols.definition is not None:
            return {}
    return keys_by_shape(objects)


def _glossary_list(objects: list[dict[str, Any]], spec: FieldSpec) -> bool:
    """Most records define their term; or records keyed by a glossary's own word
    (``term``, ``headword``) of which some define it: a glossary still being written,
    whose other terms become stubs. A list of ``title``/``url`` links defines nothing."""
    columns = [find_columns(list(item), spec) for item in objects]
    defined = sum(1 for cols in columns if cols.definition)
    if defined * 2 >= len(objects):
        return True
    named = sum(
        1 for cols in columns if cols.term and (spec.term or key_name(cols.term) in _TERM_KEYS)
    )
    return defined > 0 and named * 2 > len(objects)


def _from_mapping(
    data: Mapping[Any, Any], spec: FieldSpec, lines: Any, path: tuple[Any, ...]
) -> list[Section]:
    sections: list[Section] = []
    for key, value in data.items():
        term = str(key)
        if isinstance(value, Mapping):
            record = _localized(value, spec)
            cols = find_columns(list(record), spec)
            named = str(record.get(cols.term) or "") if cols.term else ""
            section = section_of(
                record, cols, lines.line((*path, key), term), named or term, markdown=True
            )
            if section and named and not section.anchor and slugify(term) == term:
                section.anchor = term  # ``"ev": {"term": "EV (Exposure Value)"}``: the key
            elif section and named and _other_name(term, section):
                section.aliases.append(term)  # ["Read-Modify-Write"] label "... (RMW)"
        elif isinstance(value, str | int | float) or value is None:
            record = {"term": term, "definition": "" if value is None else value}
            section = section_of(
                record,
                find_columns(list(record), FieldSpec()),
                lines.line((*path, key), term),
                markdown=True,
            )
        else:
            section = None
        if section:
            sections.append(section)
    return sections


def _fields_in_language(record: dict[str, Any], term: Any, spec: FieldSpec) -> dict[str, Any]:
    """``term = {en = "Affect", cs = "Afekt"}``: a term given per language (keyed by
    two-letter codes) makes every field keyed by those codes read in one language."""
    if not (isinstance(term, Mapping) and term and all(map(_is_language_text, term.items()))):
        return record
    codes = set(term)
    wanted = spec.language or DEFAULT_LANGUAGE
    if wanted not in codes and spec.language is None:
        wanted = next(iter(term))
    return {
        key: value.get(wanted, "")
        if isinstance(value, Mapping) and value and set(value) <= codes
        else value
        for key, value in record.items()
    }


def _is_language_text(pair: tuple[Any, Any]) -> bool:
    return bool(_TWO_LETTER_CODE.fullmatch(str(pair[0]))) and isinstance(pair[1], str)


def _other_name(key: str, section: Section) -> bool:
    """A record's key that names its term otherwise than its title and aliases do (case,
    hyphens and underscores aside): another name of the term."""
    names = {key_name(n) for n in (section.title, *section.aliases)}
    return bool(key.strip()) and key_name(key) not in names


def _one_language(record: dict[str, Any], renamed: dict[str, str]) -> dict[str, Any]:
    """The record with the chosen language's keys named by role and the other languages'
    term, definition and alias keys left out (the fields it shares are kept)."""
    kept: dict[str, Any] = {}
    for key, value in record.items():
        if key in renamed:
            kept.setdefault(renamed[key], value)
        elif language_named(key) is None:
            kept.setdefault(key, value)
    return kept


def _localized(item: Mapping[Any, Any], spec: FieldSpec) -> dict[str, Any]:
    """One language of a multilingual record, its shared fields (id, see-also) kept.

    ``{slug, ref, en: {term, def}, de: {term, def}}`` reads as ``{slug, ref, term,
    def}`` in the chosen language, and so does ``{term: {en, de}, def: {en, de}}``.
    Without that language the record has no term (and is skipped) when corpus.toml
    chose it; otherwise its first language is read.
    """
    record = {str(k): v for k, v in item.items()}
    if (term := find_columns(list(record), spec).term) is not None:
        return _fields_in_language(record, record[term], spec)
    if renamed := language_keys(list(record), spec):
        return _one_language(record, renamed)
    languages = {
        key: value
        for key, value in record.items()
        if isinstance(value, Mapping)
        and _LANGUAGE_CODE.fullmatch(key)
        and find_columns([str(k) for k in value], spec).definition
    }
    if not languages:
        return record
    wanted = spec.language or DEFAULT_LANGUAGE
    chosen = languages.get(wanted)
    if chosen is None and spec.language is None:
        chosen = next(iter(languages.values()))
    shared = {k: v for k, v in record.items() if k not in languages}
    return {**shared, **({str(k): v for k, v in chosen.items()} if chosen else {})}
