"""The rows of a pipe table inside an entry's body, read as statements and as names.

A table inside an entry (Full Scale's "| Unit | Meaning |" table of absolute units, the
Beaufort scale) holds terms of its own: the row "LKFS | Loudness K-weighted relative to
Full Scale (ITU-R BS.1770)" is what the glossary says about LKFS. The answer quotes a
row as one statement, its first cell as the name and the header cells as labels where
they add something ("LUFS m / ML: Momentary Loudness; Measure Time Range: 400 ms");
the coverage lookup and the retriever read the row's names (``row_names``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.models import Entry

# A table's delimiter row: "| --- | :--: |", one dash per cell is enough.
DELIMITER_ROW = lazy_regex(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_CELL_SPLIT = lazy_regex(r"(?<!\\)\|")
# header cells that say only "this column explains the first": no label of their own
_PLAIN_HEADERS = frozenset(
    (
        "meaning",
        "description",
        "definition",
        "explanation",
        "expansion",
        "full form",
        "full name",
        "full term",
        "stands for",
        "name",
        "term",
        "value",
    )
)
_NUMBER = lazy_regex(r"^[-+~≈]?\d[\d.,]*$")
_STOP = lazy_regex(r"[.!?]$")
_PARENTHETICAL = lazy_regex(r"\s*\(([^()]+)\)\s*")
_NAME_WORDS = 6  # a cell longer than this is a statement, not a name
_ABBREVIATION = lazy_regex(r"^[A-Za-z][A-Za-z0-9.-]*(?: [A-Za-z][A-Za-z0-9]{0,3})?$")


@dataclass(frozen=True)
class TableRow:
    """A body row of a pipe table: its cells and its table's header cells, aligned."""

    line: int  # the row's line in the body (0-based)
    cells: tuple[str, ...]
    header: tuple[str, ...]

    @property
    def name(self) -> str:
        """The first cell as a name ("Spotify:" -> "Spotify"); "" when it is empty."""
        return self.cells[0].rstrip(":").strip() if self.cells else ""


def _cells(line: str) -> tuple[str, ...]:
    stripped = line.strip()
    stripped = stripped[1:] if stripped.startswith("|") else stripped
    stripped = (
        stripped[:-1] if stripped.endswith("|") and not stripped.endswith("\\|") else stripped
    )
    return tuple(c.strip().replace("\\|", "|") for c in _CELL_SPLIT.split(stripped))


def table_rows(lines: Sequence[str]) -> list[TableRow]:
    """The body rows of each pipe table (a header row, then its delimiter row). Pipe lines
    with no delimiter row (a matrix drawn in text) are no table."""
    out: list[TableRow] = []
    header: tuple[str, ...] = ()
    previous = -2
    for i in range(1, len(lines)):
        starts = i >= 2 and DELIMITER_ROW.match(lines[i - 1]) and "|" in lines[i - 2]
        if starts:
            header = _cells(lines[i - 2])
        line = lines[i].strip()
        if not (starts or previous == i - 1) or not line.startswith("|"):
            continue
        if DELIMITER_ROW.match(line):
            continue
        cells = _cells(line)
        if any(cells):
            out.append(TableRow(i, cells, header))
            previous = i
    return out


@lru_cache(maxsize=512)
def body_rows(body: str) -> tuple[TableRow, ...]:
    """The table rows of an entry body (memoized: bodies repeat across calls)."""
    return tuple(table_rows(body.splitlines()))


def _label(row: TableRow, j: int) -> str:
    """The header of column ``j`` when it says what the cell is: not a plain "Meaning",
    and not already said by the cell itself."""
    head = row.header[j].rstrip(":").strip() if j < len(row.header) else ""
    if not head or head.casefold() in _PLAIN_HEADERS:
        return ""
    return "" if head.casefold() in row.cells[j].casefold() else head


def row_text(row: TableRow) -> str:
    """The row as one readable statement: "LKFS: Loudness K-weighted relative to Full
    Scale (ITU-R BS.1770)", "Spotify — Loudness Target: -14 LUFS i", "Near Gale (Beaufort
    No. 7) — Wind Speed: 49.9 – 61.2 kph; ..."."""
    name = row.name
    start = 1
    if name and _NUMBER.match(name) and len(row.cells) > 1 and _named(row.cells[1]):
        # "7" alone says nothing: the row's name is its next cell, "Near Gale (Beaufort No. 7)"
        number = f"{first} {name}" if (first := _label(row, 0)) else name
        name, start = f"{row.cells[1]} ({number})", 2
    said = ""
    opened_labelled = False
    for j in range(start, len(row.cells)):
        cell = row.cells[j]
        if not cell:
            continue
        label = _label(row, j)
        part = f"{label}: {cell}" if label else cell
        if not said:
            opened_labelled = bool(label)
            said = part
        elif _STOP.search(said):
            said += " " + part
        else:
            said += ("; " if label else ", ") + part
    if not name:
        return said
    if not said:
        return name
    return f"{name} — {said}" if opened_labelled else f"{name}: {said}"


def _named(cell: str) -> bool:
    """A cell short enough to name its row, not a statement ("Near Gale")."""
    return 0 < len(cell.split()) <= _NAME_WORDS and not _STOP.search(cell)


def row_names(row: TableRow) -> tuple[str, ...]:
    """What a row names: its first cell, each of its "/" halves ("LUFS s / STL"), the
    name without and inside its brackets ("Netflix (Dialog)"); the second cell too when
    it expands the first ("Momentary Loudness" of "LUFS m / ML", a plain "Meaning"
    column) or the first is a number ("7 | Near Gale")."""
    first = row.name
    names: list[str] = []
    if first and not _NUMBER.match(first):
        for part in (first, *first.split(" / ")):
            names.append(part.strip())
            inner = _PARENTHETICAL.findall(part)
            names.extend(i.strip() for i in inner)
            outer = _PARENTHETICAL.sub(" ", part).strip()
            names.append(outer)
    second = row.cells[1] if len(row.cells) > 1 else ""
    expands = bool(first) and (_ABBREVIATION.match(first) is not None or " / " in first)
    plain = len(row.header) > 1 and row.header[1].casefold() in _PLAIN_HEADERS
    if second and ((plain and expands) or (first and _NUMBER.match(first))):
        expansion = _PARENTHETICAL.sub(" ", second).strip()
        if 0 < len(expansion.split()) <= _NAME_WORDS and not _STOP.search(expansion):
            names.append(expansion)
    return tuple(dict.fromkeys(n for n in names if n and re.search(r"[^\W\d_]", n)))


def named_row(entry: Entry, key: tuple[str, ...]) -> TableRow | None:
    """The first row of the entry's tables that names the term (its phrase key)."""
    for row in body_rows(entry.definition):
        if any(phrase_key(words(name)) == key for name in row_names(row)):
            return row
    return None


def rows_naming(entries: Sequence[Entry], term: str) -> list[int]:
    """The positions of the entries whose tables have a row the term names."""
    key = phrase_key(words(term))
    return [i for i, entry in enumerate(entries) if key and named_row(entry, key) is not None]
