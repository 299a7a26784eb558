"""The build's big JSON files written as they are encoded, in bounded memory.

``json.dumps`` of a 10,000-entry glossary's entries or coverage tables holds the
whole text at once, and its encoder's pieces beside it (round 45: the coverage
save alone took ~50 MB of a build's peak). Here a top-level list (or a dict's
list values) is encoded a batch of items at a time with the same ``json.dumps``
and written to the file: the bytes are those ``json.dumps(value, ensure_ascii=False)``
gives, the memory one batch's text.

The coverage tables (``coverage/stored.py``'s ``coverage.json``) are written from
the tables as ``_to_state`` lays them out, its long lists ``Streamed`` instead of
copied.
"""

from __future__ import annotations

import io
import itertools
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from rag_glossary.coverage.lookup import CoverageIndex
from rag_glossary.coverage.stored import _to_state
from rag_glossary.models import Entry

_BATCH = 2048  # items encoded at once: a few hundred KB of text on long entries


class Streamed:
    """A JSON array whose items are produced while it is written (not held as a list)."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items


def write_json(path: Path | IO[bytes], value: Any) -> None:
    """Write ``value`` as ``json.dumps(value, ensure_ascii=False)`` would, batch by batch,
    in UTF-8 to a file (a path, or a binary file object left open).

    ``Streamed`` values (at the top or as a dict's values) are consumed once."""
    if isinstance(path, Path):
        with path.open("w", encoding="utf-8") as fh:
            _write_value(fh, value, top=True)
        return
    text = io.TextIOWrapper(path, encoding="utf-8")
    _write_value(text, value, top=True)
    text.flush()
    text.detach()


def _write_value(fh: IO[str], value: Any, *, top: bool) -> None:
    if isinstance(value, Streamed):
        _write_array(fh, value.items)
    elif isinstance(value, list) and len(value) > _BATCH:
        _write_array(fh, value)
    elif top and isinstance(value, dict) and all(isinstance(k, str) for k in value):
        fh.write("{")
        for n, (key, item) in enumerate(value.items()):
            fh.write(f"{', ' if n else ''}{json.dumps(key, ensure_ascii=False)}: ")
            _write_value(fh, item, top=False)
        fh.write("}")
    else:
        fh.write(json.dumps(value, ensure_ascii=False))


def _write_array(fh: IO[str], items: Iterable[Any]) -> None:
    fh.write("[")
    iterator = iter(items)
    first = True
    while batch := list(itertools.islice(iterator, _BATCH)):
        text = json.dumps(batch, ensure_ascii=False)
        fh.write(text[1:-1] if first else f", {text[1:-1]}")
        first = False
    fh.write("]")


def entry_dicts(entries: Sequence[Entry]) -> Streamed:
    return Streamed(e.to_dict() for e in entries)


def write_coverage(entries: Sequence[Entry], path: Path | IO[bytes]) -> None:
    """``coverage.json`` of ``entries``: the bytes ``save_coverage(CoverageIndex(entries))``
    writes (tests/test_round46_m.py compares them)."""
    write_json(path, _to_state(_Tables(entries), Streamed))


class _Tables(CoverageIndex):
    """The tables a lookup stores, without the ones it derives from them on loading."""

    def _derive(self) -> None:
        return None
