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

    def line(self, path: tuple[Any, ...], term: str) -> int:
        del path
        forms = dict.fromkeys((term, html.escape(term, quote=False)))
        spellings = [f"{a}{form}{b}" for form in forms for a, b in self._delimiters]
        found = [(at, s) for s in spellings if (at := self._text.find(s, self._pos)) >= 0]
        if found:
            at, spelling = min(found)
            self._pos = at + len(spelling)
            return self._text.count("\n", 0, at) + 1
        return self._text.count("\n", 0, self._pos) + 1
