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
from rag_glossary.parsing.data_language import localized
from rag_glossary.parsing.data_lists import TERM_KEYS, records_of_list
from rag_glossary.parsing.fields import (
    FieldSpec,
    find_columns,
    key_name,
    section_of,
    slug_keyed,
    title_of,
)
from rag_glossary.parsing.paired_keys import PairLines, catalogue_prefix, join_pairs
from rag_glossary.parsing.record_names import names_body
from rag_glossary.parsing.slug import slugify
from rag_glossary.parsing.slug_titles import readable_title
from rag_glossary.parsing.term_groups import string_groups

_LIST_KEYS = ("terms", "glossary", "entries", "items", "words", "definitions", "data")
_NOT_A_GLOSSARY = "no list or mapping of terms with definitions"
_DEFINITION_WORDS = 3  # a shorter value is a setting, not a definition
_MAX_DEPTH = 6  # how deep a glossary may sit in a data file's wrapper objects
_MIN_GROUP = 2  # records that make a group of glossary entries


def parse_json(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except (ValueError, RecursionError) as exc:
        if isinstance(exc, json.JSONDecodeError) and exc.msg == "Extra data":
            from rag_glossary.parsing.json_lines import parse_json_lines

            lines = parse_json_lines(text, "", spec)  # JSON Lines saved as .json
            if lines.sections:
                return lines
        where = f" at line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else ""
        return Parsed([], problem=f"not valid JSON{where}")
    from rag_glossary.parsing.jsonld import is_json_ld, read_json_ld

    if is_json_ld(data):  # linked data: its keys are a vocabulary's, not record fields
        return read_json_ld(data, text.lstrip("\ufeff"), spec)
    return Parsed(*data_records(data, spec, JsonLines(text)))


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


class JsonLines:
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
    data, term_keys = join_pairs(data)
    if term_keys:
        lines = PairLines(lines, term_keys)
    elif isinstance(data, Mapping) and (prefix := catalogue_prefix(data)):
        return [], None, None, f"an i18n message catalogue of one page ({prefix}...), no terms"
    if isinstance(data, Mapping) and _one_record(data, spec):
        data = [data]  # one file per term: the file is the record
    elif isinstance(data, Mapping) and not _is_term_mapping(data, spec):
        inner = _inner_list(data)
        if inner is not None:
            path, data = (inner,), data[inner]
    sections = _from_group(data, spec, lines, path)
    if not sections and (nested := _largest_group(data, spec)) is not None:
        sections = _from_group(nested[1], spec, lines, nested[0])
    if not sections and (groups := _term_groups(data, spec)):
        sections = [s for k, g in groups for s in _from_mapping(g, spec, lines, (*path, k))]
    if slug_keyed([s.slug_text or s.title for s in sections]):
        sections = [_humanized(s) for s in sections]
    return sections, None, None, None if sections else _NOT_A_GLOSSARY


def _from_group(data: Any, spec: FieldSpec, lines: Any, path: tuple[Any, ...]) -> list[Section]:
    if isinstance(data, list):
        return records_of_list(data, spec, lines, path)
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


def _term_groups(data: Any, spec: FieldSpec) -> list[tuple[Any, Mapping[Any, Any]]]:
    """Letter or topic groups of ``{term: definition}`` (``{"A": {"Address": "..."}, "B":
    {...}}``) whose terms together read as one such mapping: the labels are no terms."""
    groups = string_groups(data) or []
    joined = {k: v for _, g in groups for k, v in g.items()}
    return groups if groups and _is_term_mapping(joined, spec) else []


def _records_with_definition(node: Mapping[Any, Any] | list[Any], spec: FieldSpec) -> int:
    values = list(node.values()) if isinstance(node, Mapping) else node
    records = [localized(v, spec) for v in values if isinstance(v, Mapping)]
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
    named = spec.term is not None or key_name(cols.term) in TERM_KEYS
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
        1 for v in objects if find_columns(list(localized(v, spec)), spec).definition
    )
    return strings + with_definition >= max(2, len(values) // 2 + 1)


def _from_mapping(
    data: Mapping[Any, Any], spec: FieldSpec, lines: Any, path: tuple[Any, ...]
) -> list[Section]:
    sections: list[Section] = []
    for key, value in data.items():
        term = str(key)
        if isinstance(value, Mapping):
            record = localized(value, spec)
            cols = find_columns(list(record), spec)
            named = str(record.get(cols.term) or "") if cols.term else ""
            section = section_of(
                record, cols, lines.line((*path, key), term), named or term, markdown=True
            )
            if section and named and not section.anchor and slugify(term) == term:
                section.anchor = term  # ``"ev": {"term": "EV (Exposure Value)"}``: the key
            elif section and named and _other_name(term, section):
                section.aliases.append(term)  # ["Read-Modify-Write"] label "... (RMW)"
            if section and not section.body:
                section.body = names_body(record)  # names in other languages only
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


def _other_name(key: str, section: Section) -> bool:
    """A record's key that names its term otherwise than its title and aliases do (case,
    hyphens and underscores aside): another name of the term."""
    names = {key_name(n) for n in (section.title, *section.aliases)}
    return bool(key.strip()) and key_name(key) not in names
