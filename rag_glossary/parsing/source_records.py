"""Dialect ``source``: a program (C#, Java, Kotlin, Swift, Go, Rust, Dart, Scala) that holds
a glossary as constructor calls or struct literals of one record type.

``new GlossaryTerm("wip", "Work in Progress (WIP)", "An accounting ...", "financial", new[]
{ "WIP Report" }, new[] { "overbilling" })`` (C#), ``GlossaryTerm(term: "Thrust", meaning:
"...")`` (Swift, Dart), ``GlossaryTerm(1, "Artifact", "Interference ...", R.drawable.x)``
(Kotlin, Java), ``{Term: "API", Definition: "..."}`` (Go), ``Term { name: "x", def: "..." }``
(Rust). Named arguments are read by their names; positional ones are named through the
type's declaration in the same file (``record GlossaryTerm(string Id, string Term, ...)``,
``data class``, a constructor's parameters, a Swift struct's stored properties, a Go or
Rust struct's fields). The calls of each type become records whose string, string-list
and null arguments (code arguments are left out) go through the JSON/YAML record reader
(datafile.py): the same field names and the same check that the records are a glossary,
so a program's other calls (options, view models, quiz questions) give nothing.

In a program a record's id field is the key its code looks terms up by, not a published
anchor: the entry is keyed by its display term, and see-also fields that hold ids are
turned into the terms those ids key. A type whose calls are positional with no declaration
in the file is read when one string position holds names and a later one prose. Enum values
are calls of their enum (source_enums.py, swift_enums.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from rag_glossary.parsing.base import Parsed, Section
from rag_glossary.parsing.datafile import data_records
from rag_glossary.parsing.fields import (
    ID_NAMES,
    SEE_ALSO_NAMES,
    TERM_NAMES,
    FieldSpec,
    key_name,
)
from rag_glossary.parsing.record_lines import RowLines, line_numbers
from rag_glossary.parsing.source_declarations import declared_fields, parameters
from rag_glossary.parsing.source_enums import enum_values, glossary_enum, without_message_keys
from rag_glossary.parsing.source_tokens import (
    NOT_DATA,
    Token,
    group_end,
    split_items,
    tokens,
    value_of,
)
from rag_glossary.parsing.swift_enums import case_records, swift_enums

_NOTHING = "no constructor calls or struct literals of glossary records"
# Before a capitalised name: a method call, a Java/Kotlin/Dart annotation, a Swift property
# wrapper or a Rust attribute, none of them a record.
_NOT_CONSTRUCTOR = frozenset((".", "@", "#"))
_MIN_CALLS = 2  # calls of one type that can make a glossary
_NAME_WORDS = 8  # mean words of a names position (fallback without a declaration)
_PROSE_WORDS = 6  # mean words of a prose position


@dataclass(frozen=True)
class CallRecords:
    """The calls of one type (or callee): each call's (named values, positional values,
    offset)."""

    records: list[tuple[dict[str, object], list[object], int]] = field(default_factory=list)


def parse_source(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source
    toks = tokens(text)
    fields_of = declared_fields(toks, text)
    calls = _calls(toks)
    for enum in enum_values(toks):
        params = parameters(toks, enum.parameters_at) if enum.parameters_at is not None else []
        if glossary_enum(enum.name, params):
            records = [r for at in enum.openers if (r := _call_record(toks, at)) is not None]
            calls[enum.name] = CallRecords(without_message_keys(records))
            if params:
                fields_of[enum.name] = params
    for swift in swift_enums(toks):
        if glossary_enum(swift.name, swift.properties):
            raw_is_term = glossary_enum(swift.name, [])
            calls[swift.name] = CallRecords(case_records(swift, raw_is_term))
    sections = call_sections(calls, fields_of, text, spec)
    return Parsed(sections, problem=None if sections else _NOTHING)


def call_sections(
    calls: dict[str, CallRecords], fields_of: dict[str, list[str]], text: str, spec: FieldSpec
) -> list[Section]:
    """The entries of the one type (callee) whose calls read as the largest glossary."""
    sections: list[Section] = []
    for name, group in calls.items():
        if len(group.records) < _MIN_CALLS:
            continue
        records, offsets = _named(group, fields_of.get(name))
        found = _sections(records, line_numbers(text, offsets), spec) if records else []
        if len(found) > len(sections):
            sections = found  # the glossary is the largest: other types are other data
    return sections


def _sections(records: list[dict[str, object]], lines: list[int], spec: FieldSpec) -> list[Section]:
    records = keyed_by_term(records, spec)
    found, _, _, _ = data_records(records, spec, RowLines(lines))
    return found


# --- calls ----------------------------------------------------------------------------


def _calls(toks: list[Token]) -> dict[str, CallRecords]:
    """Every ``Name(...)`` / ``Name{...}`` / ``new Name(...)`` / Go's elided ``{Key: ...}``
    with a string argument, by type name."""
    found: dict[str, CallRecords] = {}
    for at, name in _call_sites(toks):
        record = _call_record(toks, at)
        if record is not None:
            found.setdefault(name, CallRecords()).records.append(record)
    return found


def _call_record(toks: list[Token], at: int) -> tuple[dict[str, object], list[object], int] | None:
    """The named and positional values of the argument list opened at ``at``; None
    without a string among them."""
    named: dict[str, object] = {}
    positional: list[object] = []
    for a, b in split_items(toks, at + 1, group_end(toks, at)):
        label = _label(toks, a, b)
        value = value_of(toks, a + 2 if label else a, b)
        if label:
            named[label] = value
        else:
            positional.append(value)
    if any(isinstance(v, str) for v in (*named.values(), *positional)):
        return named, positional, toks[at].offset
    return None


def _call_sites(toks: list[Token]) -> Iterator[tuple[int, str]]:
    """``Name(`` / ``Name{`` (a type's name is capitalised in every one of these
    languages), and Go's elided elements of ``[]Name{ {...}, {...} }`` as ``Name``."""
    element: dict[int, str] = {}  # the closing index of a "[]Name{" group -> Name
    open_groups: list[int] = []
    for i, tok in enumerate(toks):
        if tok.kind != "punct":
            continue
        while open_groups and open_groups[-1] < i:
            open_groups.pop()
        if tok.text not in "({":
            continue
        prev = toks[i - 1] if i else None
        if prev is not None and prev.kind == "name" and prev.text[:1].isupper():
            if i > 1 and _not_constructor(toks, i - 2):
                continue
            if tok.text == "{" and i > 1 and toks[i - 2].text == "]":
                end = group_end(toks, i)
                element[end] = prev.text
                open_groups.append(end)
            yield i, prev.text
        elif tok.text == "{" and (prev is None or prev.text in ",{"):
            if open_groups and open_groups[-1] in element:
                yield i, element[open_groups[-1]]
            elif _label(toks, i + 1, group_end(toks, i)):
                yield i, "{}"  # {Term: "...", Definition: "..."} of an unnamed type


def _not_constructor(toks: list[Token], at: int) -> bool:
    """A method (``x.Create(``), an annotation (``@Schema(``) or a C# attribute: a ``[``
    that opens a declaration's line (``[Display(...)]``), not an array (``= [Term(...)``)."""
    text = toks[at].text
    if text == "[":
        return at == 0 or toks[at - 1].text in (";", "{", "}", "]")
    return text in _NOT_CONSTRUCTOR


def _label(toks: list[Token], a: int, b: int) -> str | None:
    """``term: value`` (C#, Swift, Dart, Go, Rust) or ``term = value`` (Kotlin, C#
    initializers): the argument's name."""
    if b - a >= 3 and toks[a].kind == "name" and toks[a + 1].text in (":", "="):
        return toks[a].text
    return None


# --- records --------------------------------------------------------------------------


def _named(
    calls: CallRecords, declared: list[str] | None
) -> tuple[list[dict[str, object]], list[int]]:
    positions = declared or _fallback_positions(calls)
    records, offsets = [], []
    for named, positional, offset in calls.records:
        record: dict[str, object] = {}
        for k, value in enumerate(positional):
            if positions and k < len(positions) and positions[k]:
                record[positions[k]] = value
        record.update(named)
        kept = {k: v for k, v in record.items() if v is not NOT_DATA}
        if kept:
            records.append(kept)
            offsets.append(offset)
    return records, offsets


def _fallback_positions(calls: CallRecords) -> list[str]:
    """Without a declaration: ``term`` for the first string position of short values,
    ``definition`` for a later one of prose; no names (nothing read) otherwise."""
    width = max(len(p) for _, p, _ in calls.records)
    words = [_mean_words([p[k] for _, p, _ in calls.records if k < len(p)]) for k in range(width)]
    term = next((k for k, w in enumerate(words) if 0 < w <= _NAME_WORDS), None)
    if term is None:
        return []
    prose = next(
        (k for k in range(term + 1, width) if words[k] >= max(_PROSE_WORDS, 2 * words[term])), None
    )
    if prose is None:
        return []
    names = [""] * width
    names[term], names[prose] = "term", "definition"
    return names


def _mean_words(values: list[object]) -> float:
    texts = [v for v in values if isinstance(v, str)]
    if len(texts) < len(values) or not texts:
        return 0.0
    return sum(len(t.split()) for t in texts) / len(texts)


def keyed_by_term(records: list[dict[str, object]], spec: FieldSpec) -> list[dict[str, object]]:
    """Drop the id field (a lookup key of the program) when the record has a term field
    besides it, turning see-also ids into the terms they key."""
    if spec.id is not None or not records:
        return records
    keys = list(dict.fromkeys(k for record in records for k in record))
    id_key = next((k for k in keys if key_name(k) in ID_NAMES), None)
    term_key = next((k for k in keys if key_name(k) in TERM_NAMES and k != id_key), None)
    if id_key is None or term_key is None:
        return records
    by_id = {
        str(r[id_key]): r[term_key]
        for r in records
        if isinstance(r.get(term_key), str) and r.get(id_key) is not None
    }
    see_keys = [k for k in keys if key_name(k) in SEE_ALSO_NAMES]
    out = []
    for record in records:
        kept = {k: v for k, v in record.items() if k != id_key}
        for key in see_keys:
            value = kept.get(key)
            if isinstance(value, list):
                kept[key] = [by_id.get(v, v) for v in value]
        out.append(kept)
    return out
