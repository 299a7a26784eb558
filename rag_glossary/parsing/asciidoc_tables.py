"""AsciiDoc tables of terms (``|===``): the first column the term, the other columns the
definition, as ``Header: text`` lines when a header row names them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

_BLOCK_ATTRS = re.compile(r"^\[(?P<inner>[^\[\]]*)\]$")


class _LineLike(Protocol):
    @property
    def number(self) -> int: ...
    @property
    def raw(self) -> str: ...
    @property
    def block(self) -> str: ...


@dataclass(frozen=True)
class TableRow:
    number: int  # the line of the term cell
    term: str  # as written
    body: str


def table_rows(lines: Sequence[_LineLike], read: Callable[[str], str]) -> list[TableRow]:
    """Every term row of the file's tables, the cells read as text by ``read``."""
    rows: list[TableRow] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.block or not re.match(r"^[|!]={3,}$", line.raw):
            i += 1
            continue
        end = next((j for j in range(i + 1, len(lines)) if lines[j].raw == line.raw), len(lines))
        rows.extend(_table(lines, i, end, read))
        i = end + 1
    return rows


def _table(
    lines: Sequence[_LineLike], start: int, end: int, read: Callable[[str], str]
) -> list[TableRow]:
    sep = lines[start].raw[0]
    attrs = lines[start - 1].raw if start and _BLOCK_ATTRS.match(lines[start - 1].raw) else ""
    body = lines[start + 1 : end]
    cells: list[tuple[int, str]] = []
    for line in body:
        if line.raw.startswith(sep):
            for part in line.raw[1:].split(sep):
                cells.append((line.number, part.strip()))
        elif line.raw.strip() and cells:
            number, text = cells[-1]
            cells[-1] = (number, f"{text} {line.raw.strip()}")
    ncols = _columns(attrs, body, sep)
    if ncols < 2 or len(cells) < ncols:
        return []
    rows = [cells[k : k + ncols] for k in range(0, len(cells) - ncols + 1, ncols)]
    header: list[str] = []
    if _has_header(attrs, body):
        header = [read(t) for _, t in rows[0]]
        rows = rows[1:]
    found = []
    for row in rows:
        parts = [read(t) for _, t in row[1:]]
        if ncols > 2 and header:
            parts = [f"{h}: {p}" for h, p in zip(header[1:], parts, strict=True) if p]
        found.append(TableRow(row[0][0], row[0][1], "\n".join(p for p in parts if p)))
    return found


def _columns(attrs: str, body: Sequence[_LineLike], sep: str) -> int:
    cols = re.search(r'cols="?([^",\]]*(?:,[^",\]]*)*)"?', attrs)
    if cols and "," in cols.group(1):
        return len(cols.group(1).split(","))
    if cols and cols.group(1).strip().isdigit():
        return int(cols.group(1).strip())
    first = next((ln.raw for ln in body if ln.raw.strip()), "")
    return first.count(sep) if first.startswith(sep) else 0


def _has_header(attrs: str, body: Sequence[_LineLike]) -> bool:
    if re.search(r"(?<!no)header", attrs):
        return True
    # Asciidoctor's implicit header: the first line holds every cell and a blank line follows.
    return len(body) > 1 and body[0].raw.startswith(("|", "!")) and not body[1].raw.strip()
