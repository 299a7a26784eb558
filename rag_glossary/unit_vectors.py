"""Answer-unit vectors: every answer unit of every entry, embedded once at index build.

The API (small and stable; other stages rely on it):

- ``UnitVectors``: the stored vectors of one index. ``UnitVectors.embed(entries,
  encoder, progress, previous)`` at build time (units from the composer's own segmenter,
  ``answer.segment.units``; vectors of unit texts ``previous`` already holds are reused),
  ``.save(folder)`` into a generation, ``UnitVectors.load(folder, n_entries, dim)``
  (None for an index built before they were kept: answers then go without them).
- ``UnitSimilarity``: what the answer stage is given for one question:
  ``similarity(entry_id, unit_or_text) -> float | None``, the cosine between the
  question's vector (the one retrieval already computed: no new encoding) and that unit
  of that entry; None when the index has no vector for it. ``similarity.best(entry_id)``
  is the entry's best unit cosine (None when unknown).
- ``unit_key(text)``: the key a unit is stored under (a hash of its normalized text).

Files in a generation: ``units.npy`` (float16, L2-normalized rows, memory-mapped at
load), ``units.json`` (``entry``: each row's entry index, ``key``: its unit key,
rows grouped by entry in entry order) and, since version 29, ``entry_units.jsonl``
(the units themselves, read by the query path: stored_units.py); since version 30,
``entry_lines.jsonl`` (each entry's whole text cleaned as one line, read the same way).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np
import numpy.typing as npt

from rag_glossary.errors import REBUILD_HINT, IndexCorruptError
from rag_glossary.stored_units import save_entry_lines, save_entry_units

if TYPE_CHECKING:
    from rag_glossary.answer.segment import Unit
    from rag_glossary.embedding import Encoder
    from rag_glossary.models import Entry

# manifest.units_version; an index with another is rebuilt (vectors reused). Bump it with
# any change to how entries split into units or to ``clean_inline``: the query path reads
# the units and lines the build stored (stored_units.py) instead of splitting entries again.
UNITS_VERSION = 56  # 56: round 60 CL, a backquote named in typographic quotes (‘`’) kept, a
# "$" right after a word or number ("60$", "US$") opens no maths, an abbreviation's stop
# before a piece that continues it kept ("stb. nyelvi") (answer/inline.py, answer/sentences.py)
# (55: round 60 KF, a question opened by a connective that restates ("In other words, when a
# positive value is predicted, how often is the prediction correct?") is a whole unit, not a
# rhetorical question (answer/cleaning.py))
# (54: round 59 LK, a link's whole text after an entry's first unit (a
# trailing "[Moduli 02](../02-.../README.md)", a line that is one link) is link_text, cut off
# a short paragraph it ends after a stop (answer/link_labels.py)
# (53: round 59 FT, a stop after a closing bracket or quote before a
# word of a caseless script ends a sentence ("(cache). மாற்றுநர் ...": answer/sentences.py);
# round 59 CO, sentences around a code block: a whole statement ending in ":" over code (or
# an entry's opening one) is a sentence; a sentence running through a block ("Defining X
# like" + code + "doesn't work ...") and one pointing at code ("like above") are no units
# (answer/code_leads.py)
# (52: round 58 CL, Bengali's danda look-alike "৷" and a "|" after an
# Indic word end sentences; a line ending in ":" goes on in a line of a caseless script; a
# lone "23. aprīlis" line is no list item; spaced abbreviations ("u. tml.", "z. B.") and a
# short lower-case one after a comma ("npr. kuće") end no sentence (answer/sentences.py,
# answer/blocks.py); round 58 PK, a code span naming a
# predicate or mutator is quoted ('"eq?"', '"set!"': answer/inline.py), its mark no sentence's;
# round 58 CY: a stop inside a bracket that closes later, and a Latin abbreviation of two or
# three consonants ("pl. Java", "gk. Āzijas") end none
# (51: round 56 WH, a list item closing on its joint ("...; and") is
# whole, the joint dropped ("- ... vector control functions; and": answer/cleaning.py)
# (49: round 56 FB, a one-word opening gloss over other paragraphs or
# items is a unit ("Lepoa." over a dictionary entry's examples: answer/openings.py)
# (48: round 54 WX, a reading in another script after a word keeps its
# brackets ("pip [пип]": answer/inline.py)
# (47: round 53 EN, "et." before "al." ends no sentence ("Solaris, et.
# al.": answer/sentences.py)
# (46: round 52 WP, an example's brackets after a space in Arabic or
# Hebrew script stay ("پسر [سام بن ایرج]": answer/inline.py)
# (45: round 51 lead, a dotted abbreviation of short parts before a
# lower-case word ("t.ex. av", "f.eks. vælger", "m.fl. faktorer") ends no sentence
# (44: round 51 HI, a word with marks on its letters ("गैस") counts as a
# word of prose (answer/cleaning.py, answer/blocks.py); Hindi "के बारे में और जानें" link texts
# are no units (pointer_words.py))
# (43: round 51 HI, a danda (।, ॥), "؟", "۔", "։", "።" ends a sentence, and so does a stop
# before a word of a script without capitals (answer/sentences.py))
# (42: round 50 K, a Python special name ("__enter__") keeps its underscores)
# (39: round 47's lanes S and D merged (S: 36-37, D: 36-38))
# (S 37: a sentence ending in a quoted question it reports is a unit; 36: the same, a
# label over the quotation too)
# (D 38: a clause closing in ";" after "word(s)" is prose, not code; 37: a lower-case
# opening before a spaced "(" is prose, re-cased; 36: "more information" pointers in any
# language, announcements of a table not shown, editors' notes are no units; "Ex. code" is
# one sentence, its ";" kept)
# (35: a pointer line in any language ("См. X", "Siehe X") is no unit)
# (34: a name led by a dot (".NET") ends no sentence, answer/sentences.py)
# (33: a sentence ending in ":" over a display formula states it)
# (2: a stop inside a code span no longer splits a sentence, answer/sentences.py)
# (7: a line that stops inside its clause runs on into the next one, answer/blocks.py)
# (8: "aka.", "e.g.", "i.e.", "cf.", "vs.", "viz." end no sentence, answer/sentences.py)
# (9: "Here is an example of ..." without its example is no unit; a footnote's number before
#  a sentence is dropped, answer/cleaning.py)
# (10: a unit keeps the in-entry heading it sits under, answer/segment.py)
# (11: a data record's fields are no units of its text: Entry.definition)
# (12: a bracket opened at the end of a cut text, "(example:", is dropped, answer/cleaning.py)
# (13: a short entry's labelled value, "Units: L/h.", is a unit, answer/cleaning.py)
# (19: a stop before a lower-case clause, "memberlist is ...", ends a sentence, answer/sentences.py)
# (24: a stranded preposition ending a relative clause, an acronym "ARE", "(what if...)" and
#  prose with money amounts are whole units; an entry the rules leave empty keeps its rough
#  sentences, answer/cleaning.py, answer/segment.py)
# (24: a table row is one unit with its header cells as labels, table_rows.py; a table's
#  intro sentence is a unit of its own, answer/segment.py; "dB" keeps its case)
# (25: round 30's unit changes merged; the 24s were built apart)
# (27: a line that is only a formula, "=SLG-AVG", is a unit, answer/cleaning.py)
# (28: a line ending "19 and" runs on; "; barley" and "Per bu." after "32 lbs." go on the
#  sentence before, answer/blocks.py, answer/sentences.py)
# (29: the units themselves are stored, entry_units.jsonl, stored_units.py)
# (30: each entry's whole text cleaned as one line is stored too, entry_lines.jsonl)
# (31: a one-word opening gloss that more text follows is a unit, answer/openings.py)
# (32: an interval's brackets stay, a lower-case "name: ..." after a stop starts a sentence)
UNIT_VECTORS = "units.npy"
UNIT_TABLE = "units.json"


class Progress(Protocol):
    def start(self, description: str, total: int) -> None: ...

    def advance(self, n: int) -> None: ...


def unit_key(text: str) -> str:
    """The key of a unit's text: the same words, whatever their case and spacing."""
    normal = " ".join(text.lower().split())
    return hashlib.blake2b(normal.encode("utf-8"), digest_size=8).hexdigest()


@dataclass(frozen=True)
class UnitVectors:
    """One row per (entry, distinct unit text), rows grouped by entry in entry order."""

    entry: npt.NDArray[np.int32]
    keys: tuple[str, ...]
    vectors: npt.NDArray[np.float16]
    # each entry's units, as the build split them (saved as stored_units.ENTRY_UNITS);
    # None when loaded: the query path reads them lazily (stored_units.StoredUnits)
    per_entry: tuple[tuple[Unit, ...], ...] | None = field(default=None, compare=False, repr=False)
    # each entry's whole text as one cleaned line (stored_units.ENTRY_LINES); None when loaded
    lines: tuple[str, ...] | None = field(default=None, compare=False, repr=False)
    _rows: dict[tuple[int, str], int] = field(default_factory=dict, compare=False, repr=False)

    @property
    def count(self) -> int:
        return len(self.keys)

    def row(self, entry_index: int, key: str) -> int | None:
        if not self._rows and self.count:
            pairs = zip(self.entry.tolist(), self.keys, strict=True)
            self._rows.update({pair: i for i, pair in enumerate(pairs)})
        return self._rows.get((entry_index, key))

    def by_key(self) -> dict[str, np.ndarray]:
        return {k: self.vectors[i] for i, k in enumerate(self.keys)}

    # ---------------------------------------------------------------- build

    @classmethod
    def embed(
        cls,
        entries: Sequence[Entry],
        encoder: Encoder,
        progress: Progress | None = None,
        previous: UnitVectors | None = None,
    ) -> UnitVectors:
        """Every entry's units embedded as documents (texts ``previous`` holds reused)."""
        from rag_glossary.answer.inline import whole_line
        from rag_glossary.answer.segment import split_units

        rows: list[tuple[int, str]] = []
        texts: dict[str, str] = {}
        per_entry = tuple(tuple(split_units(item)) for item in entries)
        for i, units in enumerate(per_entry):
            seen: set[str] = set()
            for unit in units:
                key = unit_key(unit.text)
                if key not in seen:
                    seen.add(key)
                    rows.append((i, key))
                    texts.setdefault(key, unit.text)
        cached = previous.by_key() if previous is not None else {}
        todo = sorted(k for k in texts if k not in cached)
        if progress is not None:
            progress.start("Embedding answer units", len(todo))
        on_progress = progress.advance if progress is not None else None
        fresh = (
            encoder.encode_documents([texts[k] for k in todo], on_progress=on_progress)
            if todo
            else np.zeros((0, encoder.dimension), dtype=np.float32)
        )
        found = {**cached, **{k: fresh[j] for j, k in enumerate(todo)}}
        dim = encoder.dimension
        vectors = np.zeros((len(rows), dim), dtype=np.float16)
        for r, (_, key) in enumerate(rows):
            vectors[r] = found[key]
        entry = np.array([i for i, _ in rows], dtype=np.int32)
        lines = tuple(whole_line(item.body) for item in entries)
        return cls(entry, tuple(k for _, k in rows), vectors, per_entry=per_entry, lines=lines)

    # ---------------------------------------------------------------- disk

    def save(self, folder: Path) -> None:
        np.save(folder / UNIT_VECTORS, self.vectors)
        table = {"version": UNITS_VERSION, "entry": self.entry.tolist(), "key": list(self.keys)}
        (folder / UNIT_TABLE).write_text(json.dumps(table), encoding="utf-8")
        if self.per_entry is not None:
            save_entry_units(folder, self.per_entry)
        if self.lines is not None:
            save_entry_lines(folder, self.lines)

    @classmethod
    def load(cls, folder: Path, n_entries: int, dimension: int) -> UnitVectors | None:
        """The stored unit vectors; None when the index was built without them."""
        if not (folder / UNIT_VECTORS).exists() and not (folder / UNIT_TABLE).exists():
            return None
        try:
            vectors: np.ndarray = np.load(folder / UNIT_VECTORS, mmap_mode="r")
            table = json.loads((folder / UNIT_TABLE).read_text(encoding="utf-8"))
            entry = np.asarray(table["entry"], dtype=np.int32)
            keys = tuple(str(k) for k in table["key"])
        except (OSError, ValueError, EOFError, KeyError, TypeError) as exc:
            raise IndexCorruptError(f"index unit vectors are damaged: {REBUILD_HINT}") from exc
        ok = (
            vectors.dtype == np.float16
            and vectors.shape == (len(keys), dimension)
            and entry.shape == (len(keys),)
            and (len(keys) == 0 or (int(entry.min()) >= 0 and int(entry.max()) < n_entries))
        )
        if not ok:
            raise IndexCorruptError(f"index unit vectors do not match the index: {REBUILD_HINT}")
        return cls(entry, keys, vectors)


class UnitSimilarity:
    """``similarity(entry_id, unit) -> float | None``: the question's cosine to a unit."""

    def __init__(
        self, query: np.ndarray, stored: UnitVectors, position: Callable[[str], int | None]
    ) -> None:
        self._query = np.asarray(query, dtype=np.float32)
        self._stored = stored
        self._position = position
        self._best: dict[str, float | None] = {}

    def __call__(self, entry_id: str, unit: Unit | str) -> float | None:
        i = self._position(entry_id)
        if i is None:
            return None
        row = self._stored.row(i, unit_key(unit if isinstance(unit, str) else unit.text))
        if row is None:
            return None
        return float(self._stored.vectors[row].astype(np.float32) @ self._query)

    def best(self, entry_id: str) -> float | None:
        """The entry's best unit cosine (None: no unit of it is stored)."""
        if entry_id not in self._best:
            i = self._position(entry_id)
            rows = np.flatnonzero(self._stored.entry == (-1 if i is None else i))
            scores = self._stored.vectors[rows].astype(np.float32) @ self._query
            self._best[entry_id] = float(scores.max()) if len(rows) else None
        return self._best[entry_id]

    def rows_of(self, entry_index: int) -> np.ndarray:
        """The unit vectors of the entry at ``entry_index`` (none: an empty array)."""
        rows = np.flatnonzero(self._stored.entry == entry_index)
        return self._stored.vectors[rows].astype(np.float32)
