"""Dialect ``toml``: a TOML data file behind a documentation site (Hugo's ``data/glossary.toml``).

Parsed with the standard library's ``tomllib``; the parsed data is then read exactly as a
JSON or YAML data file is (datafile.py): tables keyed by the term (``[GPIO]``,
``["Slew Rate"]``) holding ``label``/``name``/``term`` and ``definition``/``description``,
arrays of tables (``[[entries]]``, ``[[terms]]``) of such records, or ``term = "definition"``
pairs. A line is the line of the record's table header (or of its ``key = ...`` line).
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

from rag_glossary.parsing.base import Parsed
from rag_glossary.parsing.datafile import data_records
from rag_glossary.parsing.fields import FieldSpec

# "[a.b]", "[[a]]", '["Slew Rate"]' (a trailing comment allowed)
_HEADER = re.compile(r"^\s*(\[\[?)\s*(?P<key>[^\[\]#]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY_LINE = re.compile(r"^\s*(?P<key>[\w\-.]+|\"[^\"\n]*\"|'[^'\n]*')\s*=")
_MULTILINE_QUOTES = re.compile(r'"""|\'\'\'')


def parse_toml(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source
    try:
        data = tomllib.loads(text.lstrip("\ufeff"))
    except tomllib.TOMLDecodeError as exc:
        return Parsed([], problem=f"not valid TOML ({exc})")
    return Parsed(*data_records(data, spec, TomlLines(text)))


class TomlLines:
    """Line of each table header and key line, by the path of keys (and array indexes) it
    opens, found by scanning the text once."""

    def __init__(self, text: str) -> None:
        self._lines: dict[tuple[str, ...], int] = {}
        self._counts: dict[tuple[str, ...], int] = {}
        table: tuple[str, ...] = ()
        in_string = False
        for number, line in enumerate(text.lstrip("\ufeff").split("\n"), 1):
            if in_string:
                in_string = len(_MULTILINE_QUOTES.findall(line)) % 2 == 0
                continue
            header = _HEADER.match(line)
            if header and (keys := _keys(header.group("key"))):
                table = self._resolve(keys, array=header.group(1) == "[[")
                self._lines.setdefault(table, number)
            elif key_line := _KEY_LINE.match(line):
                keys = _keys(key_line.group("key"))
                if keys:
                    self._lines.setdefault((*table, *keys), number)
                in_string = len(_MULTILINE_QUOTES.findall(line)) % 2 == 1

    def _resolve(self, keys: tuple[str, ...], *, array: bool) -> tuple[str, ...]:
        """The full path of a header: an array of tables gets the index of its element."""
        path: list[str] = []
        for n, key in enumerate(keys):
            path.append(key)
            here = tuple(path)
            if array and n == len(keys) - 1:
                self._counts[here] = self._counts.get(here, -1) + 1
                path.append(str(self._counts[here]))
            elif here in self._counts:
                path.append(str(self._counts[here]))
        return tuple(path)

    def line(self, path: tuple[Any, ...], term: str) -> int:
        del term
        wanted = tuple(str(step) for step in path)
        if wanted in self._lines:
            return self._lines[wanted]
        inside = [n for p, n in self._lines.items() if p[: len(wanted)] == wanted]
        return min(inside) if inside else 1


def _keys(raw: str) -> tuple[str, ...]:
    """``a."b c".d`` as ``("a", "b c", "d")``, parsed by tomllib itself; empty when not a key."""
    try:
        parsed: Any = tomllib.loads(f"{raw} = 0")
    except tomllib.TOMLDecodeError:
        return ()
    keys: list[str] = []
    while isinstance(parsed, dict) and len(parsed) == 1:
        key, parsed = next(iter(parsed.items()))
        keys.append(key)
    return tuple(keys)
