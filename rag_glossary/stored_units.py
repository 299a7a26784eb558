"""Every entry's answer units, split once at index build and kept in the generation.

Splitting an entry into units (``answer.segment.entry_units``: blocks, pysbd sentences,
the cleaning rules) was the largest cost of the answer path on the entries a process had
not seen yet (round 39: about 40% of what ``answer_first`` added to a search). The build
already splits every entry to embed its units (unit_vectors.py); it also writes the units
themselves to ``entry_units.jsonl``: one JSON line per entry, in entry order, a list of
units, each the fields of ``Unit`` that differ from their defaults.

Nothing is read when the index loads (a fresh ``search`` starts as before): the first
entry asked for reads the file's lines, and each entry's line is decoded when that entry
is first asked for, then kept (one object per unit, as ``segment`` promises).

Beside them, ``entry_lines.jsonl`` holds each entry's whole text cleaned as one line
(``answer.inline.whole_line``: one JSON string per entry, in entry order), which the
composer reads of every hit to tell a stub or a pointer (answer/stubs.py): cleaning a
long text was a tenth of what ``answer_first`` added to a search (round 41).

Units depend only on the entry's text (definition and see-also) and on how entries are
split, which ``UNITS_VERSION`` names (the line only on the entry's text and
``clean_inline``, which the units use too): an index whose manifest has another version has no
stored units here (``ensure_index`` rebuilds it, vectors reused; one kept as built, read-
only, has its units split per query as before). ``segment.entry_units`` looks an entry up
by its text in the stores of the retrievers alive in the process (``use``), so an entry
whose text is not the stored one is split afresh.
"""

from __future__ import annotations

import json
import weakref
from collections import Counter
from collections.abc import Sequence
from dataclasses import MISSING, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rag_glossary.errors import REBUILD_HINT, IndexCorruptError

if TYPE_CHECKING:
    from rag_glossary.answer.segment import Unit
    from rag_glossary.models import Entry

ENTRY_UNITS = "entry_units.jsonl"
ENTRY_LINES = "entry_lines.jsonl"
# a unit text this many entries say word for word is boilerplate ("Standard orbital
# mechanics term."): it tells the entries apart by nothing
SHARED_ENTRIES = 3

_Text = tuple[str, tuple[str, ...]]  # an entry's definition and see-also: all units read


def save_entry_units(folder: Path, per_entry: Sequence[Sequence[Unit]]) -> None:
    """Write each entry's units, one line per entry in entry order."""
    with (folder / ENTRY_UNITS).open("w", encoding="utf-8") as fh:  # a line at a time
        for units in per_entry:
            fields_ = [_fields(u) for u in units]
            fh.write(json.dumps(fields_, ensure_ascii=False, separators=(",", ":")) + "\n")


def save_entry_lines(folder: Path, lines: Sequence[str]) -> None:
    """Write each entry's whole text as one cleaned line, one JSON string per entry."""
    with (folder / ENTRY_LINES).open("w", encoding="utf-8") as fh:  # a line at a time
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")


def _fields(unit: Unit) -> dict[str, Any]:
    out = {}
    for f in fields(unit):
        value = getattr(unit, f.name)
        if f.default is MISSING or value != f.default:
            out[f.name] = value
    return out


class StoredUnits:
    """The stored units of one index's entries, read on first use."""

    def __init__(self, path: Path, entries: Sequence[Entry]) -> None:
        self.path = path
        self._entries = entries
        self._lines: list[bytes] = []
        self._line_of: dict[_Text, int] | None = None
        self._decoded: dict[int, tuple[Unit, ...]] = {}
        self._shared: frozenset[str] | None = None
        self._texts: list[bytes] = []
        self._line_by_body: dict[str, int] | None = None

    @classmethod
    def open(cls, generation: Path, entries: Sequence[Entry], version: int) -> StoredUnits | None:
        """The generation's stored units; None when its manifest's ``units_version`` is not
        this code's (split per query instead). Only checks that the file is there."""
        from rag_glossary.unit_vectors import UNITS_VERSION

        if version != UNITS_VERSION:
            return None
        path = generation / ENTRY_UNITS
        for name in (ENTRY_UNITS, ENTRY_LINES):
            if not (generation / name).is_file():
                raise IndexCorruptError(f"index file {name} is missing: {REBUILD_HINT}")
        return cls(path, entries)

    def units_of(self, text: _Text) -> tuple[Unit, ...] | None:
        """The units stored for an entry with this definition and see-also (None: none)."""
        line_of = self._line_of if self._line_of is not None else self._read()
        i = line_of.get(text)
        if i is None:
            return None
        found = self._decoded.get(i)
        # setdefault: two threads decoding the same line keep one set of objects
        return found if found is not None else self._decoded.setdefault(i, self._decode(i))

    def line_of(self, body: str) -> str | None:
        """The stored whole-text line of an entry with this body (None: none)."""
        by_body = self._line_by_body if self._line_by_body is not None else self._read_texts()
        i = by_body.get(body)
        if i is None:
            return None
        try:
            line = json.loads(self._texts[i])
        except ValueError as exc:
            raise IndexCorruptError(f"index file {ENTRY_LINES} is damaged: {REBUILD_HINT}") from exc
        if not isinstance(line, str):
            raise IndexCorruptError(f"index file {ENTRY_LINES} is damaged: {REBUILD_HINT}")
        return line

    def shared(self) -> frozenset[str]:
        """The unit texts (casefolded) that ``SHARED_ENTRIES`` or more entries say word for
        word: a glossary's boilerplate, read once on first use."""
        if self._shared is None:
            line_of = self._line_of if self._line_of is not None else self._read()
            counts: Counter[str] = Counter()
            for i in set(line_of.values()):  # decoded apart: only asked entries are kept
                counts.update({str(d["text"]).casefold() for d in self._fields_of(i)})
            self._shared = frozenset(t for t, n in counts.items() if n >= SHARED_ENTRIES)
        return self._shared

    def _fields_of(self, i: int) -> list[dict[str, Any]]:
        try:
            found: list[dict[str, Any]] = json.loads(self._lines[i])
        except ValueError as exc:
            raise IndexCorruptError(f"index file {ENTRY_UNITS} is damaged: {REBUILD_HINT}") from exc
        return found

    def _read_lines(self, name: str) -> list[bytes]:
        """The lines of the generation's file ``name``, one per entry."""
        try:
            lines = (self.path.parent / name).read_bytes().split(b"\n")
        except OSError as exc:
            raise IndexCorruptError(f"cannot read index file {name}: {REBUILD_HINT}") from exc
        if lines[-1] == b"":
            lines.pop()
        if len(lines) != len(self._entries):
            raise IndexCorruptError(f"index file {name} does not match the index: {REBUILD_HINT}")
        return lines

    def _read_texts(self) -> dict[str, int]:
        self._texts = self._read_lines(ENTRY_LINES)
        by_body: dict[str, int] = {}
        for n, entry in enumerate(self._entries):
            by_body.setdefault(entry.body, n)
        self._line_by_body = by_body
        return by_body

    def _read(self) -> dict[_Text, int]:
        self._lines = self._read_lines(ENTRY_UNITS)
        line_of: dict[_Text, int] = {}
        for i, entry in enumerate(self._entries):
            line_of.setdefault((entry.definition, entry.see_also), i)
        self._line_of = line_of
        return line_of

    def _decode(self, i: int) -> tuple[Unit, ...]:
        from rag_glossary.answer.segment import Unit

        try:
            return tuple(Unit(**d) for d in json.loads(self._lines[i]))
        except (ValueError, TypeError) as exc:
            raise IndexCorruptError(f"index file {ENTRY_UNITS} is damaged: {REBUILD_HINT}") from exc


_LIVE: list[weakref.ref[StoredUnits]] = []  # newest first; a retriever holds each alive


def use(stored: StoredUnits | None) -> StoredUnits | None:
    """Answer from ``stored`` while something holds it (the retriever that loaded it)."""
    if stored is not None:
        _LIVE[:] = [weakref.ref(stored), *(r for r in _LIVE if r() not in (None, stored))]
    return stored


def stored_units(entry: Entry) -> tuple[Unit, ...] | None:
    """The entry's units as an index in use stored them; None when none stored them."""
    if not _LIVE:
        return None
    text = (entry.definition, entry.see_also)
    for ref in _LIVE:
        store = ref()
        if store is not None and (found := store.units_of(text)) is not None:
            return found
    return None


def stored_line(body: str) -> str | None:
    """The whole-text line an index in use stored for an entry with this body; None when
    none stored it."""
    for ref in _LIVE:
        store = ref()
        if store is not None and (found := store.line_of(body)) is not None:
            return found
    return None


def boilerplate(unit: Unit) -> bool:
    """The unit's text is one that many entries of an index in use say word for word."""
    text = unit.text.casefold()
    return any((store := ref()) is not None and text in store.shared() for ref in _LIVE)
