"""Dialects ``lua``, ``ruby`` and ``elixir``: a script that holds a glossary as data literals.

A game's ``Glossary.terms = { { id = "xp", term = "XP (Experience Points)", definition =
"...", seeAlso = {"level_up"} }, ... }`` or a Pandoc filter's ``local terms = { ["orbit"]
= "..." }`` (Lua); ``GLOSSARY = { "API" => "...", ... }.freeze``, ``TERMS = [{ term: "x",
definition: "y" }]``, ``vocab["pred"] = "..."`` lines, or a Rails seed file's
``Term.create(name: "x", definition: "y")`` calls (Ruby); ``@terms [%{term: "x", definition:
"y"}]`` or ``%Term{...}`` structs (Elixir). Three places hold the data:

- a table / hash / map / array literal assigned or returned (``X = {``, ``return {``,
  Elixir's ``@attribute [``);
- ``name["key"] = value`` assignments, one a line: together, a mapping;
- calls of one callee with a table, keyword arguments or strings (``Term.create(...)``,
  ``define{ ... }``), read as records by the constructor-call reader (source_records.py).

Tokens come from script_tokens.py, values from script_values.py, and the data goes through
the JSON/YAML record reader (datafile.py): the same field names and the same check that
records are a glossary, so settings, name maps and a program's other calls give nothing.
The literals' or the calls' entries (the more) are kept when they read as a glossary: three
or more, mostly defined by sentences, under mostly distinct names that are not dotted
message ids. A record's ``id`` is the script's lookup key,
not an anchor: the entry is keyed by its term and see-also ids become the terms they key.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from rag_glossary.parsing.base import Parsed, Section
from rag_glossary.parsing.datafile import data_records
from rag_glossary.parsing.fields import ID_NAMES, FieldSpec, find_columns, key_name
from rag_glossary.parsing.record_lines import line_numbers
from rag_glossary.parsing.script_tokens import elixir_tokens, lua_tokens, ruby_tokens
from rag_glossary.parsing.script_values import Literal, Path, read_literal
from rag_glossary.parsing.source_records import CallRecords, call_sections, keyed_by_term
from rag_glossary.parsing.source_tokens import NOT_DATA, Token, group_end, split_items

_NOTHING = "no table, hash or call data of glossary records"
_MIN_TERMS = 3  # literal entries that can make a glossary
_DISTINCT = 0.9  # share of distinct names (a glossary seldom repeats a term)
_MIN_PROSE_WORDS = 4  # mean words of their definitions (name maps and settings are shorter)
_DOTTED = re.compile(r"\w+(?:\.\w+)+")  # a dotted message or setting key, no term
_LITERAL_AFTER = frozenset(("=", "return"))
_NOT_CALLEE = frozenset(
    ("if", "elseif", "while", "until", "and", "or", "not", "return", "in", "function", "def")
)


def parse_lua(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source
    return _parse(lua_tokens(text), text, spec)


def parse_ruby(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source
    return _parse(ruby_tokens(text), text, spec)


def parse_elixir(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source
    return _parse(elixir_tokens(text), text, spec)


def _parse(toks: list[Token], text: str, spec: FieldSpec) -> Parsed:
    literal: list[Section] = []
    for found in (*_assigned(toks), *_index_assignments(toks)):
        literal.extend(literal_sections(found, text, spec))
    calls = call_sections(_calls(toks), {}, text, spec)
    literal, calls = (s if glossary_like(s) else [] for s in (literal, calls))
    sections = literal if len(literal) >= len(calls) else calls
    return Parsed(sections, problem=None if sections else _NOTHING)


def glossary_like(sections: list[Section]) -> bool:
    """Enough entries, mostly defined by sentences, under mostly distinct names that are not
    message ids (``en.validation.required``, ``error`` in every ``put_flash(:error, ...)``)."""
    defined = [len(s.body.split()) for s in sections if s.body.strip()]
    if len(sections) < _MIN_TERMS or len(defined) * 2 < len(sections):
        return False
    titles = [s.title for s in sections]
    repeated = len(set(titles)) < _DISTINCT * len(titles)
    if repeated or sum(map(_message_id, titles)) * 2 > len(titles):
        return False
    return sum(defined) / len(defined) >= _MIN_PROSE_WORDS


def _message_id(title: str) -> bool:
    return bool(_DOTTED.fullmatch(title))


# --- literals ---------------------------------------------------------------------------


def _assigned(toks: list[Token]) -> Iterator[Literal]:
    """Each outermost literal assigned or returned (``X = {``, ``return [``)."""
    i = 0
    while i < len(toks):
        tok = toks[i]
        after = i == 0 or toks[i - 1].text in _LITERAL_AFTER or _attribute(toks, i)
        if tok.kind == "punct" and tok.text in ("{", "[") and after:
            found = read_literal(toks, i)
            if isinstance(found.value, dict | list) and found.value:
                yield found
            i = max(found.end, i + 1)
        else:
            i += 1


def _attribute(toks: list[Token], i: int) -> bool:
    """Elixir's module attribute: ``@terms [`` / ``@glossary %{``."""
    return i >= 2 and toks[i - 2].text == "@" and toks[i - 1].kind == "name"


def _index_assignments(toks: list[Token]) -> Iterator[Literal]:
    """``name["key"] = value`` statements of one table, gathered as one mapping."""
    found: dict[str, tuple[dict[str, object], dict[Path, int]]] = {}
    for i in range(1, len(toks) - 4):
        key, close = toks[i + 1], toks[i + 2]
        if not (
            toks[i].text == "["
            and toks[i - 1].kind == "name"
            and key.kind == "str"
            and close.text == "]"
            and toks[i + 3].text == "="
        ):
            continue
        value = read_literal(toks, i + 4)
        if value.value is NOT_DATA:
            continue
        mapping, offsets = found.setdefault(toks[i - 1].text, ({}, {}))
        mapping.setdefault(key.text, value.value)
        offsets.setdefault((key.text,), toks[i - 1].offset)
    for mapping, offsets in found.values():
        yield Literal(mapping, 0, offsets)


def literal_sections(found: Literal, text: str, spec: FieldSpec) -> list[Section]:
    offsets = dict(found.offsets)
    data = _keyed(found.value, spec, (), offsets)
    sections, *_ = data_records(data, spec, _PathLines(Literal(data, found.end, offsets), text))
    return sections


def _keyed(value: Any, spec: FieldSpec, path: Path, offsets: dict[Path, int]) -> Any:
    """Lists of records keyed by their term (not their id), at any depth; a table of records
    under lookup keys (``xp = { term = "XP (Experience Points)", ... }``) is such a list, its
    keys the records' ids."""
    if isinstance(value, list) and value and all(_pair(v) for v in value):
        for n, (term, _) in enumerate(value):  # { {"Term", "Definition"}, ... }: a mapping
            if (*path, n) in offsets:
                offsets.setdefault((*path, term), offsets[(*path, n)])
        return dict(value)
    if isinstance(value, dict) and _records_by_key(value, spec):
        _renumbered(path, list(value), offsets)
        value = [{"id": k, **v} if _id_key(v) is None else v for k, v in value.items()]
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return keyed_by_term(value, spec)
    if isinstance(value, dict):
        return {k: _keyed(v, spec, (*path, k), offsets) for k, v in value.items()}
    return value


def _renumbered(path: Path, keys: list[str], offsets: dict[Path, int]) -> None:
    """Offsets of a keyed table's records again under their positions (it becomes a list)."""
    at = {k: n for n, k in enumerate(keys)}
    depth = len(path)
    for known, offset in list(offsets.items()):
        if known[:depth] == path and len(known) > depth and known[depth] in at:
            offsets.setdefault((*path, at[str(known[depth])], *known[depth + 1 :]), offset)


def _pair(item: object) -> bool:
    return isinstance(item, list) and len(item) == 2 and all(isinstance(v, str) for v in item)


def _records_by_key(value: dict[str, Any], spec: FieldSpec) -> bool:
    records = list(value.values())
    if len(records) < _MIN_TERMS or not all(isinstance(v, dict) for v in records):
        return False
    columns = [find_columns(list(v), spec) for v in records]
    return all(c.term is not None and c.definition is not None for c in columns)


def _id_key(record: dict[str, Any]) -> str | None:
    return next((k for k in record if key_name(k) in ID_NAMES), None)


class _PathLines:
    """The line of a record by its path in the literal (its longest known prefix)."""

    def __init__(self, found: Literal, text: str) -> None:
        paths = list(found.offsets)
        numbers = line_numbers(text, sorted(found.offsets.values()))
        at_line = dict(zip(sorted(found.offsets.values()), numbers, strict=True))
        self._lines = {p: at_line[found.offsets[p]] for p in paths}

    def line(self, path: tuple[Any, ...], term: str) -> int:
        del term
        for n in range(len(path), -1, -1):
            if (line := self._lines.get(tuple(path[:n]))) is not None:
                return line
        return 1


# --- calls ------------------------------------------------------------------------------


def _calls(toks: list[Token]) -> dict[str, CallRecords]:
    """Each callee's calls with data: ``Term.create(name: "x", ...)``, ``f{ ... }``,
    ``add("x", "y")``, ``Term.create!([{...}, ...])`` (one record a hash)."""
    found: dict[str, CallRecords] = {}
    for i, tok in enumerate(toks):
        if tok.kind != "punct" or tok.text not in ("(", "{"):
            continue
        callee = _callee(toks, i)
        if callee is None:
            continue
        records = _arguments(toks, i) if tok.text == "(" else [_table_argument(toks, i)]
        for named, positional in records:
            if any(isinstance(v, str) for v in (*named.values(), *positional)):
                group = found.setdefault(callee, CallRecords())
                group.records.append((named, positional, tok.offset))
    return found


def _callee(toks: list[Token], i: int) -> str | None:
    """``Term.create!``, ``Glossary::Term.new``, ``glossary:add``: the name called, or None."""
    j = i - 1
    if j >= 0 and toks[j].text in ("!", "?"):
        j -= 1
    if j < 0 or toks[j].kind != "name" or toks[j].text in _NOT_CALLEE:
        return None
    start = j
    while (
        start >= 2 and toks[start - 1].text in (".", ":", "::") and toks[start - 2].kind == "name"
    ):
        start -= 2
    if start > 0 and toks[start - 1].text in ("function", "def"):
        return None  # a definition, not a call
    return "".join(t.text for t in toks[start:i])


_Record = tuple[dict[str, object], list[object]]


def _table_argument(toks: list[Token], i: int) -> _Record:
    value = read_literal(toks, i).value
    return (value, []) if isinstance(value, dict) else ({}, [])


def _arguments(toks: list[Token], i: int) -> list[_Record]:
    end = group_end(toks, i)
    named: dict[str, object] = {}
    positional: list[object] = []
    spans = split_items(toks, i + 1, end)
    for a, b in spans:
        if b - a >= 3 and toks[a].kind in ("name", "str") and toks[a + 1].text in (":", "=>"):
            named[toks[a].text] = _exactly(toks, a + 2, b)
            continue
        value = _exactly(toks, a, b)
        if len(spans) == 1 and isinstance(value, dict):
            return [(value, [])]
        if len(spans) == 1 and isinstance(value, list) and _records(value):
            return [(v, []) for v in value]
        positional.append(value)
    kept = {k: v for k, v in named.items() if v is not NOT_DATA}
    tables = [v for v in positional if isinstance(v, dict)]
    if not kept and len(tables) == 1 and all(v is NOT_DATA or v is tables[0] for v in positional):
        return [(tables[0], [])]  # table.insert(terms, { term = ..., ... })
    return [(kept, positional)]


def _exactly(toks: list[Token], a: int, b: int) -> object:
    found = read_literal(toks, a)
    return found.value if found.end == b else NOT_DATA


def _records(value: list[Any]) -> bool:
    return bool(value) and all(isinstance(v, dict) for v in value)
