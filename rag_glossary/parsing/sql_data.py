"""Dialect ``sql``: a seed script or dump whose rows hold a glossary (``.sql``).

The script is never run: its tokens are read (sql_tokens.py) for the rows it writes, from
``INSERT INTO t (columns) VALUES (...), (...)`` (one or many rows, also inside a PL/pgSQL ``DO``
block; without a column list, the columns of the table's ``CREATE TABLE``) and from
PostgreSQL's ``COPY t (columns) FROM stdin;`` data lines. A value is its literal: a string, a
number, ``NULL``, an array (``ARRAY['a', 'b']``, ``'{a,b}'``) as a list; casts (``::text[]``)
are dropped and anything else (a variable, a function call, a sub-query) is no value. Each
table's rows are records read as a JSON list is (datafile.py): columns by name (``term``,
``definition_md``, ``synonyms``...), a ``source`` column a ``source: ...`` line. When several
tables give entries, those named as a glossary's (``glossary_terms``, ``words``) are read, else
the largest. A schema, a migration or a dump with no such rows gives no entries.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from rag_glossary.parsing.base import Parsed, Section
from rag_glossary.parsing.datafile import data_records
from rag_glossary.parsing.fields import FieldSpec, key_name
from rag_glossary.parsing.record_lines import RowLines, line_numbers
from rag_glossary.parsing.sql_tokens import Token, tokens

_NO_ROWS = "no INSERT ... VALUES or COPY rows of a table with term and definition columns"
# A table so named holds a glossary's terms (``glossary_terms``, ``public.words``).
_GLOSSARY_TABLE_WORDS = frozenset(
    (
        "glossary", "glossaries", "term", "terms", "definition", "definitions", "dictionary",
        "dictionaries", "vocabulary", "vocabularies", "lexicon", "word", "words", "terminology",
    )
)  # fmt: skip
_CONSTRAINTS = frozenset(
    ("constraint", "primary", "foreign", "unique", "key", "index", "check", "fulltext", "exclude")
)
_COPY = re.compile(
    r"^COPY\s+(?P<table>[\w.\"]+)\s*\((?P<columns>[^)]*)\)\s+FROM\s+stdin\b[^;\n]*;[ \t]*\n",
    re.IGNORECASE | re.MULTILINE,
)
_COPY_END = re.compile(r"^\\\.[ \t]*$", re.MULTILINE)
_COPY_ESCAPE = re.compile(r"\\(.)")
_COPY_CHARS = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


@dataclass
class _Table:
    columns: list[str] = field(default_factory=list)
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)  # (offset, values)
    named_rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)


def parse_sql(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source
    text = text.lstrip("\ufeff")
    tables: dict[str, _Table] = {}
    masked = _read_copies(text, tables)
    _read_statements(tokens(masked), tables)
    found = [
        (name, sections)
        for name, table in tables.items()
        if (sections := _sections(text, table, spec))
    ]
    if not found:
        return Parsed([], problem=_NO_ROWS)
    if len(found) > 1:
        named = [f for f in found if _glossary_table(f[0])]
        found = named or [max(found, key=lambda f: len(f[1]))]
    sections = sorted((s for _, group in found for s in group), key=lambda s: s.line)
    return Parsed(sections)


def _glossary_table(name: str) -> bool:
    words = set(key_name(name.rsplit(".", 1)[-1]).split())
    return bool(words & _GLOSSARY_TABLE_WORDS)


def _sections(text: str, table: _Table, spec: FieldSpec) -> list[Section]:
    records = [*table.named_rows]
    for at, values in table.rows:
        keys = table.columns or [f"column {n + 1}" for n in range(len(values))]
        records.append((at, dict(zip(keys, values, strict=False))))
    if not records:
        return []
    records.sort(key=lambda r: r[0])
    lines = RowLines(line_numbers(text, [at for at, _ in records]))
    sections, _, _, _ = data_records([r for _, r in records], spec, lines)
    return sections


# --- COPY ... FROM stdin ------------------------------------------------------------


def _read_copies(text: str, tables: dict[str, _Table]) -> str:
    """Read every COPY block's rows; the text with those blocks blanked (they are no SQL)."""
    pieces: list[str] = []
    at = 0
    for match in _COPY.finditer(text):
        if match.start() < at:
            continue
        end = _COPY_END.search(text, match.end())
        stop = end.end() if end else len(text)
        table = tables.setdefault(_table_name(match.group("table")), _Table())
        columns = [_unquoted(c) for c in match.group("columns").split(",")]
        offset = match.end()
        for row in text[match.end() : end.start() if end else len(text)].split("\n"):
            if row.strip():
                values = [_copy_value(v) for v in row.split("\t")]
                table.named_rows.append((offset, dict(zip(columns, values, strict=False))))
            offset += len(row) + 1
        pieces.append(text[at : match.start()])
        pieces.append(re.sub(r"[^\n]", " ", text[match.start() : stop]))
        at = stop
    pieces.append(text[at:])
    return "".join(pieces)


def _copy_value(raw: str) -> Any:
    if raw == "\\N":
        return None
    value = _COPY_ESCAPE.sub(lambda m: _COPY_CHARS.get(m.group(1), m.group(1)), raw)
    return _array_literal(value) if value.startswith("{") and value.endswith("}") else value


# --- statements ---------------------------------------------------------------------


def _read_statements(toks: list[Token], tables: dict[str, _Table]) -> None:
    i = 0
    while i < len(toks):
        word = toks[i].value.lower() if toks[i].kind == "word" else ""
        if word == "create":
            i = _create_table(toks, i + 1, tables)
        elif word == "insert":
            i = _insert(toks, i + 1, tables)
        else:
            i += 1


def _create_table(toks: list[Token], i: int, tables: dict[str, _Table]) -> int:
    """``CREATE [TEMP] TABLE [IF NOT EXISTS] name (col type ..., ...)``: the column names."""
    while i < len(toks) and toks[i].kind == "word" and toks[i].value.lower() != "table":
        if toks[i].value.lower() not in ("temp", "temporary", "unlogged", "global", "local"):
            return i
        i += 1
    if i >= len(toks):
        return i
    name, i = _qualified_name(toks, _skip_words(toks, i + 1, ("if", "not", "exists")))
    if not name or i >= len(toks) or toks[i].value != "(":
        return i
    columns: list[str] = []
    for item in _items(toks, i + 1):
        first = item[0] if item else None
        if first is None or first.kind not in ("word", "name", "dquote"):
            continue
        if first.kind == "word" and first.value.lower() in _CONSTRAINTS:
            continue
        columns.append(first.value)
    table = tables.setdefault(name, _Table())
    table.columns = table.columns or columns
    return _closing(toks, i) + 1


def _insert(toks: list[Token], i: int, tables: dict[str, _Table]) -> int:
    """``INSERT [IGNORE] INTO name [(columns)] VALUES (...), (...)``: the rows."""
    i = _skip_words(toks, i, ("ignore", "or", "replace", "rollback", "abort", "fail", "into"))
    name, i = _qualified_name(toks, i)
    if not name:
        return i
    table = tables.setdefault(name, _Table())
    columns: list[str] | None = None
    if i < len(toks) and toks[i].value == "(":
        listed = list(_items(toks, i + 1))
        if not (listed and listed[0] and listed[0][0].value.lower() in ("select", "with")):
            columns = [item[0].value for item in listed if item]
            i = _closing(toks, i) + 1
    if i >= len(toks) or toks[i].value.lower() not in ("values", "value"):
        return i
    i += 1
    while i < len(toks) and toks[i].value == "(":
        values = [_value(item) for item in _items(toks, i + 1)]
        if columns is not None:
            table.named_rows.append((toks[i].at, dict(zip(columns, values, strict=False))))
        else:
            table.rows.append((toks[i].at, values))
        i = _closing(toks, i) + 1
        if i < len(toks) and toks[i].value == ",":
            i += 1
    return i


def _skip_words(toks: list[Token], i: int, words: tuple[str, ...]) -> int:
    while i < len(toks) and toks[i].kind == "word" and toks[i].value.lower() in words:
        i += 1
    return i


def _qualified_name(toks: list[Token], i: int) -> tuple[str, int]:
    """``public.glossary_terms``, ```db`.`glossary```, ``"GlossaryTerm"``: the table's name."""
    parts: list[str] = []
    while i < len(toks) and toks[i].kind in ("word", "name", "dquote"):
        parts.append(toks[i].value)
        i += 1
        if i < len(toks) and toks[i].value == ".":
            i += 1
        else:
            break
    return (parts[-1].casefold() if parts else ""), i


def _table_name(raw: str) -> str:
    return _unquoted(raw.rsplit(".", 1)[-1]).casefold()


def _unquoted(name: str) -> str:
    return name.strip().strip('"`[]').strip()


def _closing(toks: list[Token], i: int) -> int:
    """Index of the bracket closing the one at ``i``."""
    depth = 0
    for j in range(i, len(toks)):
        if toks[j].kind == "punct" and toks[j].value in "([":
            depth += 1
        elif toks[j].kind == "punct" and toks[j].value in ")]":
            depth -= 1
            if depth == 0:
                return j
    return len(toks)


def _items(toks: list[Token], i: int) -> Iterator[list[Token]]:
    """The comma-separated items inside the bracket opened just before ``i``."""
    item: list[Token] = []
    depth = 0
    for j in range(i, len(toks)):
        tok = toks[j]
        if tok.kind == "punct" and tok.value in "([":
            depth += 1
        elif tok.kind == "punct" and tok.value in ")]":
            if depth == 0:
                break
            depth -= 1
        elif tok.kind == "punct" and tok.value == "," and depth == 0:
            yield item
            item = []
            continue
        item.append(tok)
    yield item


def _value(item: list[Token]) -> Any:
    """A value's literal (string, number, None, list of strings); None for an expression."""
    cast = next((n for n, t in enumerate(item) if t.kind == "cast"), len(item))
    cast_to_array = cast < len(item) and any(t.value == "[" for t in item[cast:])
    item = item[:cast]  # "ARRAY[]::text[]", "'x'::varchar"
    if not item:
        return None
    first = item[0]
    if first.kind == "word" and first.value.lower() == "array":
        return [t.value for t in item[1:] if t.kind in ("string", "dquote")]
    if first.kind == "word" and first.value.startswith("_") and len(item) == 2:
        item = item[1:]  # MySQL's charset introducer: _utf8'text'
    if len(item) != 1:
        return None
    token = item[0]
    if token.kind in ("string", "dquote"):
        braced = token.value.startswith("{") and token.value.endswith("}")
        return _array_literal(token.value) if braced and cast_to_array else token.value
    if token.kind == "number":
        return token.value
    if token.kind == "word" and token.value.lower() in ("true", "false"):
        return token.value.lower()
    return None


_ARRAY_ITEM = re.compile(r'"((?:[^"\\]|\\.)*)"|([^,{}]+)')


def _array_literal(value: str) -> list[str]:
    """PostgreSQL's ``{a,"b, c"}``: its items."""
    items = []
    for match in _ARRAY_ITEM.finditer(value[1:-1]):
        quoted, bare = match.groups()
        item = re.sub(r"\\(.)", r"\1", quoted) if quoted is not None else bare.strip()
        if item and item.upper() != "NULL":
            items.append(item)
    return items
