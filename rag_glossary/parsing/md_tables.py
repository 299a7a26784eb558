"""Term tables of the ``md-terms`` dialect: a term column and a definition column.

Columns are found by header name (fields.py); other columns become ``Header:
value`` lines. Without a known definition header, a table whose first column
holds short terms takes its prose column as the definition (several:
``Header: text`` lines), and a two-column table of abbreviations beside short
expansions is an abbreviation list (abbrev_tables.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from rag_glossary.parsing.abbrev_rows import abbreviation_column, said_by_header, with_expansions
from rag_glossary.parsing.abbrev_tables import abbreviation_section, is_abbreviation_list
from rag_glossary.parsing.base import Section
from rag_glossary.parsing.clean import markdown_text
from rag_glossary.parsing.fields import Columns, FieldSpec, find_columns, section_of
from rag_glossary.parsing.inline import clean_title

MAX_TERM_WORDS = 12
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TEXT_WORDS = 6  # mean words per filled cell of a prose column
_JOINED = "\x00definition"  # the record key of a definition found by its text, not its header
_MAX_NAMED_COLUMNS = 3  # more columns beside the names: a data table
_NAME_WORDS = 3  # mean words per cell of a column of second names
_MIN_NAMED_ROWS = 3  # rows that show a column of second names is one
# a number with an optional unit or sign: "12", "3.5 kg", "-40 °C", "25%", "$1,200", "1:2"
_DATA_CELL = re.compile(
    r"[-+~≈<>±$€£]?\s*\d[\d.,:/x×]*\s*(?:[%°]?\s*[A-Za-zµΩ]{0,4}\.?|[-–]\s*\d[\d.,]*\s*\S{0,4})?"
)
# a cell of only Markdown links or URLs, and the commas, "and"s or <br>s between them; the
# blanks between two links go to one ``\s*`` (``(\s* link \s* sep?)+`` matched the same
# cells but backtracked exponentially on a dozen blank-separated links and a word)
_LINK_OR_URL = r"(?:\[[^\]]*\]\([^)]*\)|<?https?://[^\s>]+>?)"
_LINK_SEP = r"(?:[,;/·|]|<br\s*/?>|\band\b)"
_ONLY_LINKS = re.compile(
    rf"\s*{_LINK_OR_URL}(?:\s*(?:{_LINK_SEP}\s*)?{_LINK_OR_URL})*\s*{_LINK_SEP}?",
    re.IGNORECASE,
)


def _cell(text: str) -> str:
    return clean_title(text.replace("<br>", " ").replace("<br/>", " "))


def table_sections(tokens: Sequence[Any], spec: FieldSpec, offset: int) -> list[Section]:
    header, rows = _rows(tokens, offset)
    cols = find_columns(header, spec)
    if cols.definition is None and header:
        term = cols.term or header[0]
        records = [(line, _record(header, cells, term)) for line, cells in rows]
        text = _text_columns(header, [r for _, r in records], term)
        if text and _term_like([r.get(term, "") for _, r in records]):
            names = _name_columns(header, [r for _, r in records], term, text, cols)
            more = (*cols.more_aliases, *names)
            cols = replace(cols, term=term, definition=_JOINED, more_aliases=more)
            return _sections_of([(line, _joined(r, text)) for line, r in records], cols)
    if cols.definition is None and len(header) == 2:
        pairs = [(line, _cell(cells[0]), _cell(cells[1])) for line, cells in rows if len(cells) > 1]
        if is_abbreviation_list([(abbr, full) for _, abbr, full in pairs]):
            return [abbreviation_section(a, full, line) for line, a, full in pairs if a and full]
    keyed = abbreviation_column(header, [cells for _, cells in rows]) if cols.term is None else None
    if cols.definition is None and keyed is not None:
        records = [(line, _keyed(_record(header, cells, keyed), keyed)) for line, cells in rows]
        return _sections_of(records, replace(cols, term=keyed, definition=_JOINED))
    if cols.definition is None and _named_rows(header, rows, cols.term):
        cols = replace(cols, term=header[0], definition=header[1])
    elif cols.term is None and cols.definition is None and len(header) != 2:
        return []  # a data table, not a glossary
    if cols.term is None:
        cols = replace(cols, term=next((h for h in header if h != cols.definition), None))
    if cols.definition is None and len(header) == 2:  # | Format | Contenance |: whatever
        cols = replace(cols, definition=next((h for h in header if h != cols.term), None))
    records = [(line, _record(header, cells, cols.term)) for line, cells in rows]
    sections = _sections_of(records, cols)
    if len(header) == 2 and cols.definition is not None:
        return with_expansions(sections, said_by_header(cols.term, cols.definition))
    return sections


def _keyed(record: dict[str, str], term: str) -> dict[str, str]:
    """A row keyed by its abbreviation: its text is every cell as ``Header: value`` on one
    line, one fact (the key's too: ``U.S. abbreviation: sc`` beside ``U.K. abbreviation: dc``)."""
    cells = [f"{key}: {' '.join(value.split())}" for key, value in record.items() if value]
    return {term: record.get(term, ""), _JOINED: "; ".join(cells)}


def _named_rows(
    header: Sequence[str], rows: Sequence[tuple[int, list[str]]], term: str | None
) -> bool:
    """``| Role | Responsibility |``, ``| Fiber | Properties | Common Uses |``: whatever the
    headers say, a first column of unique short names beside a column of words is a term
    and its definition. Numbers or units in the first column, mostly in the second, or more
    than ``_MAX_NAMED_COLUMNS`` columns make it a data table."""
    if not 2 <= len(header) <= _MAX_NAMED_COLUMNS or term not in (None, header[0]):
        return False
    pairs = [(_cell(cells[0]), _cell(cells[1])) for _, cells in rows if len(cells) > 1]
    names = [name for name, _ in pairs if name]
    texts = [text for _, text in pairs if text]
    if len(names) < 2 or len(set(map(str.casefold, names))) < len(names) or len(texts) < len(names):
        return False
    if any(len(n.split()) > MAX_TERM_WORDS or _DATA_CELL.fullmatch(n) for n in names):
        return False
    numeric = sum(bool(_DATA_CELL.fullmatch(t)) for t in texts)
    return numeric * 5 <= len(texts) and _mean_words(texts) >= 2


def table_text(tokens: Sequence[Any]) -> str:
    """The table as Markdown pipe rows (header, rule, one row a line), the way an HTML
    table inside an entry is kept (html_tree.py)."""
    header, rows = _rows(tokens, 0)
    width = max([len(header), *(len(cells) for _, cells in rows)])
    lines = [header, ["---"] * width, *([_cell(c) for c in cells] for _, cells in rows)]
    return "\n".join(_pipe_row(cells, width) for cells in lines)


def _pipe_row(cells: Sequence[str], width: int) -> str:
    padded = [c.replace("|", "\\|") for c in cells] + [""] * (width - len(cells))
    return "| " + " | ".join(padded) + " |"


def link_table(tokens: Sequence[Any], spec: FieldSpec) -> bool:
    """A table whose cells beside the term column hold only links (``| Concept | Related
    Articles |`` rows of ``[Pipeline](pipeline.md)``): it points elsewhere, no terms."""
    header, rows = _rows(tokens, 0)
    if not header:
        return False
    term = find_columns(header, spec).term or header[0]
    others = [
        cell.strip()
        for _, cells in rows
        for key, cell in zip(header, cells, strict=False)
        if key != term and cell.strip()
    ]
    return bool(others) and all(_ONLY_LINKS.fullmatch(cell) for cell in others)


def _rows(tokens: Sequence[Any], offset: int) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header's cell texts and each row's (line, raw cells)."""
    rows: list[tuple[int, list[str]]] = []
    header: list[str] = []
    row: list[str] = []
    row_line = 0
    for tok in tokens:
        if tok.type == "tr_open":
            row, row_line = [], offset + tok.map[0] + 1
        elif tok.type == "inline":
            row.append(tok.content)
        elif tok.type == "tr_close":
            if not header:
                header = [_cell(c) for c in row]
            else:
                rows.append((row_line, row))
    return header, rows


def _record(header: Sequence[str], cells: Sequence[str], term: str | None) -> dict[str, str]:
    return {key: _value(key, value, term) for key, value in zip(header, cells, strict=False)}


def _sections_of(records: Sequence[tuple[int, dict[str, str]]], cols: Columns) -> list[Section]:
    sections = []
    for line, record in records:
        section = section_of(record, cols, line)
        if section:
            sections.append(section)
    return sections


def _text_columns(header: Sequence[str], records: Sequence[dict[str, str]], term: str) -> list[str]:
    """Columns of prose (``Definition / Significance``): the definition when no header says so."""
    out = []
    for key in header:
        values = [r[key] for r in records if r.get(key)]
        if key != term and values and _mean_words(values) >= _TEXT_WORDS:
            out.append(key)
    return out


def _name_columns(
    header: Sequence[str],
    records: Sequence[dict[str, str]],
    term: str,
    text: Sequence[str],
    cols: Columns,
) -> list[str]:
    """Unnamed columns between the term and its text that give each term a second name
    (``| Svenska | Engelska | Beskrivning |``: ``Arv`` beside ``Inheritence``): filled in
    nearly every row, short, no numbers, a different name on each row. A column of few
    values repeated (``Type``, ``Category``) or of data is no name column."""
    known = {term, *text, *cols.alias_keys(), cols.id, cols.link, cols.see_also, cols.summary}
    between = header[header.index(term) + 1 : header.index(text[0])] if term in header else []
    out = []
    for key in between:
        values = [_cell(r[key]) for r in records if r.get(key)]
        if key in known or len(values) < _MIN_NAMED_ROWS or len(values) * 10 < len(records) * 9:
            continue
        distinct = len({v.casefold() for v in values})
        if distinct * 10 < len(values) * 9 or _mean_words(values) > _NAME_WORDS:
            continue
        if any(_DATA_CELL.fullmatch(v) or len(v.split()) > MAX_TERM_WORDS / 2 for v in values):
            continue
        if not all(any(c.isalpha() for c in v) for v in values):
            continue  # "📚", "10³": marks and numbers, not names
        out.append(key)
    return out


def _term_like(values: Sequence[str]) -> bool:
    filled = [v for v in values if v]
    return bool(filled) and _mean_words(filled) <= MAX_TERM_WORDS / 2


def _mean_words(values: Sequence[str]) -> float:
    return sum(len(v.split()) for v in values) / len(values)


def _joined(record: dict[str, str], text: Sequence[str]) -> dict[str, str]:
    """One text column is the definition; several are joined as ``Header: text`` lines."""
    rest = {k: v for k, v in record.items() if k not in text}
    if len(text) == 1:
        return {**rest, _JOINED: record.get(text[0], "")}
    lines = [f"{key}: {record[key]}" for key in text if record.get(key)]
    return {**rest, _JOINED: "\n".join(lines)}


def _value(key: str, value: str, term_key: str | None) -> str:
    if key == term_key:
        return _cell(value)
    return markdown_text(_BR.sub("\n", value))  # a cell's <br> is its line break
