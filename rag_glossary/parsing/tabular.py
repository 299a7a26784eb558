"""Dialect ``csv``: a spreadsheet export (CSV or TSV) with a term and a definition column.

The delimiter is sniffed (comma, semicolon, tab, pipe) unless corpus.toml sets
it; quoted fields may hold newlines; a space after the delimiter is ignored.
The first row is the header when it names a term or definition column (or
``csv.Sniffer`` thinks so); a ``#`` comment line before the rows that splits like
a row and names such a column (``# slug<TAB>label<TAB>definition``) is the header
too; without one the first two columns are term and definition. Each entry's line is
where its row starts in the file.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import io
import sys
from dataclasses import dataclass
from typing import Any

from rag_glossary.parsing.base import Parsed, Section
from rag_glossary.parsing.data_language import DEFAULT_LANGUAGE, one_language
from rag_glossary.parsing.fields import (
    Columns,
    FieldSpec,
    find_columns,
    key_name,
    language_keys,
    language_named,
    section_of,
)
from rag_glossary.parsing.record_names import (
    NAMES_KEY,
    gathered,
    language_code,
    sibling_languages,
)

DELIMITERS = ",;\t|"
_SNIFF_CHARS = 64_000
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # a long definition is not an error


def parse_table(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source
    text = text.lstrip("\ufeff")
    start = _skip_comments(text)
    body = text[start:]
    if not body.strip():
        return Parsed([], problem="no rows")
    delimiter = spec.delimiter or sniff_delimiter(body)
    first_line = text[:start].count("\n") + 1
    try:
        rows = _rows(body, delimiter, first_line)
    except csv.Error as exc:
        return Parsed([], problem=f"unreadable CSV ({exc})")
    if not rows:
        return Parsed([], problem="no rows")
    header: list[str] | None
    renamed: dict[str, str] = {}
    commented = _commented_header(text[:start], delimiter, len(rows[0][1]), spec)
    if commented is not None:
        (header, cols), data = commented, rows
    else:
        header, cols, renamed = _header(rows[0][1], spec, body)
        data = rows[1:] if header else rows
    if not data:
        return Parsed([], problem="a header row and no data rows")
    if cols.term is None:
        return Parsed([], problem=f"no term column among {', '.join(header or ['(none)'])}")
    own = language_code(spec.language or DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE
    read = _Read(header, cols, renamed, own)
    sections = [s for s in (read.section(row, line) for line, row in data) if s]
    return Parsed(sections)


def sniff_delimiter(sample: str) -> str:
    head = sample[:_SNIFF_CHARS]
    try:
        return csv.Sniffer().sniff(head, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = head.split("\n", 1)[0]
        return max(DELIMITERS, key=first.count)


def _skip_comments(text: str) -> int:
    """Offset of the first line that is not blank and not a ``#`` comment."""
    pos = 0
    for line in text.splitlines(keepends=True):
        if line.strip() and not line.lstrip().startswith("#"):
            break
        pos += len(line)
    return pos


def _commented_header(
    comments: str, delimiter: str, width: int, spec: FieldSpec
) -> tuple[list[str], Columns] | None:
    """The last comment line that reads as a header row: as many cells as the first row
    (two or more), naming a term or definition column."""
    for line in reversed(comments.splitlines()):
        cells = [c.strip() for c in line.strip().lstrip("#").split(delimiter)]
        if len(cells) < 2 or len(cells) != width or not all(cells):
            continue
        cols = find_columns(cells, spec)
        if cols.term is not None or cols.definition is not None:
            return cells, cols
    return None


def _rows(body: str, delimiter: str, first_line: int) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter, skipinitialspace=True)
    rows: list[tuple[int, list[str]]] = []
    consumed = 0
    for row in reader:
        line = first_line + consumed
        consumed = reader.line_num
        cells = [c.strip() for c in row]
        if any(cells):
            rows.append((line, cells))
    return rows


def _header(
    first: list[str], spec: FieldSpec, body: str
) -> tuple[list[str] | None, Columns, dict[str, str]]:
    named = find_columns(first, spec)
    renamed: dict[str, str] = {}
    if named.term is None and spec.term is None and (renamed := language_keys(first, spec)):
        # term_en,term_ru,definition_en,...: one language's columns by role; the other
        # languages' terms are the rows' other names (data_language.one_language)
        roles = [renamed.get(h, h) for h in first if h in renamed or not language_named(h)]
        named = find_columns([*roles, NAMES_KEY], spec)
    if named.term is not None or named.definition is not None or _sniffed_header(body):
        cols = named
        if cols.term is None and spec.term is None:
            cols = _positional(first, named)
        return first, cols, renamed
    return None, Columns("0", "1" if len(first) > 1 else None, None, None, None, None), {}


def _positional(header: list[str], named: Columns) -> Columns:
    """No term column by name: the first column that is not the definition."""
    term = next((h for h in header if h != named.definition and key_name(h)), None)
    return Columns(
        term, named.definition, named.aliases, named.id, named.link, named.see_also,
        summary=named.summary,
    )  # fmt: skip


def _sniffed_header(body: str) -> bool:
    try:
        return csv.Sniffer().has_header(body[:_SNIFF_CHARS])
    except csv.Error:
        return False


@dataclass(frozen=True)
class _Read:
    """Rows as sections. A column of the term in another language (``term_ru`` beside
    ``term_en``, ``fr`` beside ``term``) gives the row's other names, as a data record's
    do (record_names.py): ``Term,Definition,fr,de`` / ``Ledger,...,grand livre,Hauptbuch``
    is titled Ledger with the aliases grand livre and Hauptbuch."""

    header: list[str] | None
    cols: Columns
    renamed: dict[str, str]  # a language's term_XX / definition_XX columns by role
    own: str  # the glossary's language code

    @functools.cached_property
    def named(self) -> Columns:
        """``cols`` that also read the other languages' names as aliases."""
        extra = () if NAMES_KEY in self.cols.alias_keys() else (NAMES_KEY,)
        return dataclasses.replace(self.cols, more_aliases=(*self.cols.more_aliases, *extra))

    def section(self, row: list[str], line: int) -> Section | None:
        keys = self.header if self.header is not None else [str(i) for i in range(len(row))]
        record: dict[str, Any] = {}
        for i, cell in enumerate(row):
            record.setdefault(keys[i] if i < len(keys) and keys[i] else f"column {i + 1}", cell)
        if self.renamed:
            return section_of(one_language(record, self.renamed), self.cols, line)
        if self.header is None or self.cols.term is None:
            return section_of(record, self.cols, line)
        siblings = sibling_languages(record, self.cols.term)
        if not siblings:
            return section_of(record, self.cols, line)
        others = {str(language_code(k)): [v] for k, v in siblings.items()}
        kept = {k: v for k, v in record.items() if k not in siblings}
        return section_of(gathered(kept, self.own, others), self.named, line)
