"""The coverage lookup's tables kept beside an index, so a fresh process skips building them.

Building a :class:`CoverageIndex` normalizes every entry's names and text
(a few tenths of a second on the shipped corpus); reading them back is a
JSON load. The file is a cache: it carries a key of the code that derives
the tables and the entries they were derived from, and one that is missing,
damaged or stale is rebuilt and rewritten (atomically, best effort: a
read-only index still answers).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from rag_glossary import __version__
from rag_glossary.coverage.lookup import CoverageIndex
from rag_glossary.models import Entry

COVERAGE_FILE = "coverage.json"
_CODE = Path(__file__).resolve().parent  # every module of the lookup derives or reads a table
_LEXICAL = _CODE.parent / "lexical.py"  # the stemmer


@cache
def code_key() -> str:
    """A digest of the code the tables come from: any edit to it makes stored tables stale."""
    digest = hashlib.sha256(__version__.encode())
    for path in [*sorted(_CODE.glob("*.py")), _LEXICAL]:
        digest.update(path.name.encode())
        with contextlib.suppress(OSError):  # no sources (a frozen app): the version decides
            digest.update(path.read_bytes())
    return digest.hexdigest()


class CoverageTables:
    """The coverage lookup of one index, loaded on first use: once, however many threads
    ask. A server's first requests arrive together (after a generation swap too), and
    each copy they loaded (~10 MB of Python objects on the shipped corpus) stayed in
    the process's peak memory. ``folder`` None: built from the entries, nothing stored."""

    def __init__(self, entries: Sequence[Entry], folder: Path | None) -> None:
        self._entries = entries
        self._folder = folder
        self._index: CoverageIndex | None = None
        self._lock = threading.Lock()

    def get(self) -> CoverageIndex:
        if self._index is None:
            with self._lock:
                if self._index is None:
                    self._index = self._load()
        return self._index

    def _load(self) -> CoverageIndex:
        if self._folder is None:
            return CoverageIndex(self._entries)
        return load_coverage(self._entries, self._folder)


def load_coverage(entries: Sequence[Entry], folder: Path) -> CoverageIndex:
    """The tables stored in ``folder`` when they match the code and ``entries``, else
    built (and stored for the next process)."""
    stored = _read(folder / COVERAGE_FILE)
    if stored is not None and _matches(stored, entries):
        return _from_state(entries, stored)
    index = CoverageIndex(entries)
    save_coverage(index, folder)
    return index


def save_coverage(index: CoverageIndex, folder: Path) -> None:
    """Write the tables atomically; a folder that cannot be written keeps none."""
    path = folder / COVERAGE_FILE
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        try:
            tmp.write_text(json.dumps(_to_state(index), ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)


def _read(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


def _matches(stored: dict[str, Any], entries: Sequence[Entry]) -> bool:
    return stored.get("code") == code_key() and stored.get("ids") == [e.id for e in entries]


def _to_state(
    index: CoverageIndex, listed: Callable[[Iterable[Any]], Any] = list
) -> dict[str, Any]:
    """The tables ``CoverageIndex._derive`` cannot derive, and the glossary's language
    (deciding it reads every language's word list); dicts as ordered pairs (the order of
    names and words breaks ties in the fuzzy lookups). ``listed`` makes each long list
    (``index/json_files.Streamed`` writes them without holding a copy)."""
    joined = index._joined
    return {
        "code": code_key(),
        "ids": listed(e.id for e in index.entries),
        "names": listed(index._names.items()),
        "entry_names": index._entry_names,
        "bags": listed(index._bags.items()),
        "wider": listed(index._wider.items()),
        "leads": index._leads,
        "initials": index._initials,
        "texts": index._texts,
        "doc_freq": index._doc_freq,
        "spelled": listed(index._spelled.items()),
        "language": index._language,
        # sorted: the lookup sorts the joined words, fast when they come sorted
        "joined": listed(joined[key] for key in sorted(joined)),
    }


def _from_state(entries: Sequence[Entry], s: dict[str, Any]) -> CoverageIndex:
    """The index ``CoverageIndex(entries)`` would build, from its stored tables."""
    index = object.__new__(CoverageIndex)
    index.entries = list(entries)
    index._names = {tuple(k): tuple(v) for k, v in s["names"]}
    index._entry_names = [[tuple(k) for k in keys] for keys in s["entry_names"]]
    index._bags = {tuple(k): tuple(v) for k, v in s["bags"]}
    index._wider = {tuple(k): tuple(v) for k, v in s["wider"]}
    index._leads = s["leads"]
    index._initials = s["initials"]
    index._texts = s["texts"]
    index._doc_freq = s["doc_freq"]
    index._spelled = {k: tuple(v) for k, v in s["spelled"]}
    index._joined = {a + b: (a, b) for a, b in s["joined"]}
    index._language = s["language"]
    index._derive()
    return index
