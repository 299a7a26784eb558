"""The build's big JSON files written as they are encoded, in bounded memory.

``json.dumps`` of a 10,000-entry glossary's entries or coverage tables holds the
whole text at once, and its encoder's pieces beside it (round 45: the coverage
save alone took ~50 MB of a build's peak). Here a top-level list (or a dict's
list values) is encoded a batch of items at a time with the same ``json.dumps``
and written to the file: the bytes are those ``json.dumps(value, ensure_ascii=False)``
gives, the memory one batch's text.

The coverage tables (``coverage/stored.py``'s ``coverage.json``) are written from
the tables as ``_to_state`` lays them out, without its copies of every item: the
code that derives them stays where it is (its digest is the file's key, so the
file a build writes keeps its bytes).
"""

from __future__ import annotations

import io
import itertools
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from rag_glossary.coverage.lookup import CoverageIndex
from rag_glossary.coverage.stored import code_key
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
    writes (tests/test_round46_memory.py compares them)."""
    write_json(path, _coverage_state(_Tables(entries)))


class _Tables(CoverageIndex):
    """The tables a lookup stores, without the ones it derives from them on loading."""

    def _derive(self) -> None:
        return None


def _coverage_state(index: CoverageIndex) -> dict[str, Any]:
    """``coverage.stored._to_state``'s layout, its lists streamed from the tables."""
    return {
        "code": code_key(),
        "ids": Streamed(e.id for e in index.entries),
        "names": Streamed(index._names.items()),
        "entry_names": index._entry_names,
        "bags": Streamed(index._bags.items()),
        "wider": Streamed(index._wider.items()),
        "leads": index._leads,
        "initials": index._initials,
        "texts": index._texts,
        "doc_freq": index._doc_freq,
        "spelled": Streamed(index._spelled.items()),
        "language": index._language,
        "joined": Streamed(_joined_pairs(index)),
    }


def _joined_pairs(index: CoverageIndex) -> Iterator[tuple[str, str]]:
    joined = index._joined
    return (joined[key] for key in sorted(joined))
