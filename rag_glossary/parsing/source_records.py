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
_DECLARERS = frozenset(("record", "class", "struct", "interface"))
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
    fields_of = _declarations(toks)
    for type_name, params in _struct_types(toks, text):
        fields_of.setdefault(type_name, params)
    calls = _calls(toks)
    for enum in enum_values(toks):
        params = _parameters(toks, enum.parameters_at) if enum.parameters_at is not None else []
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


# --- declarations ---------------------------------------------------------------------


def _declarations(toks: list[Token]) -> dict[str, list[str]]:
    """Each type's field names in constructor order, from the first declaration found."""
    found: dict[str, list[str]] = {}
    for i, tok in enumerate(toks[:-2]):
        if tok.kind != "name" or tok.text not in _DECLARERS:
            continue
        name = toks[i + 1]
        if name.kind != "name" or name.text in found:
            continue
        after = _after_generics(toks, i + 2)
        if after < len(toks) and toks[after].text == "(":
            params = _parameters(toks, after)
        else:
            params = _body_fields(toks, after)
        if params:
            found[name.text] = params
    for type_name, params in _constructors(toks):
        found.setdefault(type_name, params)
    return found


_MODIFIERS = frozenset(("public", "private", "internal", "protected", "const", "factory"))


def _constructors(toks: list[Token]) -> Iterator[tuple[str, list[str]]]:
    """``public GlossaryTerm(string id, string term) {`` (C#, Java), ``const
    GlossaryTerm({required this.term})`` (Dart): a constructor's parameters."""
    for i in range(1, len(toks) - 1):
        tok = toks[i]
        if tok.kind != "name" or toks[i + 1].text != "(" or toks[i - 1].text not in _MODIFIERS:
            continue
        end = group_end(toks, i + 1)
        if end + 1 < len(toks) and toks[end + 1].text in ("{", ":", ";"):
            params = _parameters(toks, i + 1)
            if params:
                yield tok.text, params


def _struct_types(toks: list[Token], text: str) -> Iterator[tuple[str, list[str]]]:
    """Go's ``type Name struct {`` (a field opens each line: ``Term string``) and Rust's
    ``struct Name {`` (``pub term: String``): the fields in order."""
    for i in range(len(toks) - 3):
        go = toks[i].text == "type" and toks[i + 2].text == "struct" and toks[i + 3].text == "{"
        rust = toks[i].text == "struct" and toks[i + 2].text == "{"
        if not (go or rust) or toks[i + 1].kind != "name":
            continue
        opener = i + 3 if go else i + 2
        end = group_end(toks, opener)
        names, depth = [], 0
        for j in range(opener, end):
            tok, prev = toks[j], toks[j - 1]
            if tok.kind == "punct" and tok.text in "({[":
                depth += 1
            elif tok.kind == "punct" and tok.text in ")}]":
                depth -= 1
            if tok.kind != "name" or depth != 1:
                continue
            go_field = go and (prev.text == "{" or "\n" in text[prev.offset : tok.offset])
            rust_field = rust and toks[j + 1].text == ":" and prev.text in ("{", ",", "pub")
            if go_field or rust_field:
                names.append(tok.text)
        if names:
            yield toks[i + 1].text, names


def _after_generics(toks: list[Token], at: int) -> int:
    if at < len(toks) and toks[at].text == "<":
        depth = 0
        for j in range(at, len(toks)):
            depth += {"<": 1, ">": -1}.get(toks[j].text, 0)
            if depth == 0:
                return j + 1
    return at


def _parameters(toks: list[Token], opener: int) -> list[str]:
    """``(string Id, string Term = null)``, ``(val term: String)``, ``({required this.x})``:
    the parameter names; empty when a parameter holds a literal before any default."""
    end = group_end(toks, opener)
    names: list[str] = []
    for a, b in split_items(toks, opener + 1, end):
        span = [t for t in toks[a:b] if t.text not in "{}[]"]
        cut = next((k for k, t in enumerate(span) if t.text in ("=", ":")), len(span))
        head = [t for t in span[:cut] if t.kind == "name"]
        if any(t.kind == "str" for t in span[:cut]) or not head:
            return []
        if cut < len(span) and span[cut].text == ":":
            names.append(head[-1].text)  # Kotlin / Scala / Swift: "val name: Type"
        elif len(head) >= 2:
            names.append(head[-1].text)  # C# / Java / Dart: "Type name", "this.name"
        else:
            return []
    return names


def _body_fields(toks: list[Token], at: int) -> list[str]:
    """A Swift struct's memberwise-init parameters, in order: its stored ``let``/``var``
    properties, less a ``let`` with a value, a computed ``var x: T { ... }`` and statics."""
    opener = next((j for j in range(at, min(at + 40, len(toks))) if toks[j].text == "{"), None)
    if opener is None:
        return []
    end = group_end(toks, opener)
    names: list[str] = []
    j = opener + 1
    while j < end:
        tok = toks[j]
        if tok.text in "({[":
            j = group_end(toks, j) + 1
            continue
        if tok.text in ("let", "var") and j + 1 < end and toks[j + 1].kind == "name":
            stop = _member_end(toks, j + 2, end)
            texts = {t.text for t in toks[j + 2 : stop + 1]}
            static = toks[j - 1].text in ("static", "class")
            if (
                not static
                and (stop >= end or toks[stop].text != "{")
                and not (tok.text == "let" and "=" in texts)
            ):
                names.append(toks[j + 1].text)
            j = stop
            continue
        j += 1
    return names


def _member_end(toks: list[Token], j: int, end: int) -> int:
    """Where a property declaration ends: the next member keyword at its own depth."""
    while j < end:
        text = toks[j].text
        if text in ("let", "var", "func", "init", "static", "}", "case", "subscript"):
            return j
        if text == "{":
            return j  # a computed property's (or an observer's) body
        if text in "([":
            j = group_end(toks, j)
        j += 1
    return end


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
