"""Line of each record of a data file whose parser keeps no positions (XML trees, JS literals)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

# A string value or quoted key, or an unquoted key (``  orbit: '...'``, ``{orbit: ...``).
JS_QUOTES = (("'", "'"), ('"', '"'), ("`", "`"), (" ", ":"), ("\t", ":"), ("{", ":"))
XML_DELIMITERS = ((">", "<"), ('"', '"'), ("'", "'"))


class TermLines:
    """Line of each term, found by scanning the text in record order (from ``start``) for the
    term between the delimiters a value has there (quotes in JavaScript, ``>...<`` or an
    attribute's quotes in XML, which also escapes it); a term not found takes the last line
    found. A bare search would stop at the term's word inside the previous definition."""

    def __init__(self, text: str, delimiters: Sequence[tuple[str, str]], start: int = 0) -> None:
        self._text = text
        self._delimiters = delimiters
        self._pos = start
        self._counted = (0, 1)  # (offset, its line): lines are counted once, onwards

    def line(self, path: tuple[Any, ...], term: str) -> int:
        del path
        # a quoted term's apostrophe may be written escaped (``'athlete\'s foot'``)
        escaped = term.replace("'", "\\'")
        forms = dict.fromkeys((term, html.escape(term, quote=False), escaped))
        spellings = [f"{a}{form}{b}" for form in forms for a, b in self._delimiters]
        found = [(at, s) for s in spellings if (at := self._text.find(s, self._pos)) >= 0]
        if not found:
            return self._line_at(self._pos)
        at, spelling = min(found)
        self._pos = at + len(spelling)
        return self._line_at(at)

    def _line_at(self, offset: int) -> int:
        done, line = self._counted
        if offset < done:
            return self._text.count("\n", 0, offset) + 1
        self._counted = (offset, line + self._text.count("\n", done, offset))
        return self._counted[1]


class RowLines:
    """Line of each record by its index in the list handed to ``data_records`` (the last
    path step), from lines a parser found itself (SQL rows, constructor calls)."""

    def __init__(self, lines: list[int]) -> None:
        self._lines = lines

    def line(self, path: tuple[Any, ...], term: str) -> int:
        del term
        index = path[-1] if path and isinstance(path[-1], int) else 0
        return self._lines[index] if index < len(self._lines) else (self._lines or [1])[-1]


def line_numbers(text: str, offsets: Sequence[int]) -> list[int]:
    """The line of each offset (ascending), counting the text once."""
    lines, done, line = [], 0, 1
    for offset in offsets:
        line += text.count("\n", done, offset)
        done = offset
        lines.append(line)
    return lines
