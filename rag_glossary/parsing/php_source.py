"""A PHP file's two layers, and the array literals of its code as data.

``php_parts`` splits a file at its ``<?php ... ?>`` / ``<?= ... ?>`` tags into the code and
the page around it (each with the other blanked, newlines kept, so offsets and lines hold),
knowing PHP's strings, heredocs and comments (a ``?>`` inside a string does not close the
code; one inside a ``//`` comment does, as PHP reads it). ``array_literals`` reads the
array literals assigned in the code (``$glossary = ['Term' => 'Definition', ...]``,
``$entries = array('TERM' => array('definition' => '...'))``, ``return [...]``) into Python
lists and dicts: strings (escapes decoded, ``'a' . 'b'`` joined), numbers, ``true`` /
``false`` / ``null`` and nested arrays. Anything else in a literal (a variable, a call) makes
it code, not data, and it is skipped. Nothing is ever run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from rag_glossary.lazy_re import lazy_regex

_OPEN_TAG = lazy_regex(r"<\?(?:php\b|=|(?![xX][mM][lL]))")
# The next token of PHP code that opens a string or comment, or closes the code.
_CODE_TOKEN = lazy_regex(r"""['"`]|//|#|/\*|<<<|\?>""")
_HEREDOC = lazy_regex(r"""<<<[ \t]*(["']?)([A-Za-z_]\w*)\1\r?\n""")
_LINE_COMMENT_END = lazy_regex(r"\n|\?>")
_STRINGS = {
    "'": lazy_regex(r"'(?:[^'\\]|\\.)*'", re.S),
    '"': lazy_regex(r'"(?:[^"\\]|\\.)*"', re.S),
    "`": lazy_regex(r"`(?:[^`\\]|\\.)*`", re.S),
}
# "$glossary = [", "$this->terms = array(", "const TERMS = [", "return [" (a file of data).
_LITERAL_START = lazy_regex(
    r"(?:(?:\$|->)[A-Za-z_]\w*(?:[ \t]*\[[^\]\n]*\])*[ \t]*=(?![=>])"
    r"|\bconst[ \t]+[A-Za-z_]\w*[ \t]*=|\breturn\b)\s*(?=\[|array\s*\()",
    re.I,
)
PHP_QUOTES = (("'", "'"), ('"', '"'))


@dataclass(frozen=True)
class PhpParts:
    """The file's code and its page, each with the other blanked (same offsets)."""

    code: str
    page: str


def php_parts(text: str) -> PhpParts:
    spans = list(_code_spans(text))
    code, page, at = [], [], 0
    for start, end in spans:
        page.append(text[at:start])
        code.append(_blank(text[at:start]))
        page.append(_blank(text[start:end]))
        code.append(text[start:end])
        at = end
    page.append(text[at:])
    code.append(_blank(text[at:]))
    return PhpParts("".join(code), "".join(page))


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _code_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each PHP block, its tags included; an unclosed one runs to the end."""
    at = 0
    while (tag := _OPEN_TAG.search(text, at)) is not None:
        end = _code_end(text, tag.end())
        yield tag.start(), end
        at = end


def _code_end(text: str, at: int) -> int:
    while (found := _CODE_TOKEN.search(text, at)) is not None:
        token, at = found.group(), found.start()
        if token == "?>":
            return at + 2
        if token in _STRINGS:
            string = _STRINGS[token].match(text, at)
            at = string.end() if string else len(text)
        elif token in ("//", "#"):
            stop = _LINE_COMMENT_END.search(text, at)
            at = stop.start() if stop else len(text)  # "?>" ends the comment and the code
            if stop and stop.group() == "\n":
                at += 1
        elif token == "/*":
            close = text.find("*/", at + 2)
            at = len(text) if close < 0 else close + 2
        else:
            at = _heredoc_end(text, at)
    return len(text)


def _heredoc_end(text: str, at: int) -> int:
    opening = _HEREDOC.match(text, at)
    if opening is None:
        return at + 3
    closing = re.compile(rf"^[ \t]*{opening.group(2)}\b", re.M).search(text, opening.end())
    return closing.end() if closing else len(text)


def array_literals(code: str) -> Iterator[tuple[int, Any]]:
    """(offset, value) of each array literal assigned or returned in the code, outermost
    first; literals inside one already read are not read again."""
    scanned = 0
    for match in _LITERAL_START.finditer(code):
        if match.end() < scanned:
            continue
        parsed = _Literal(code).read(match.end())
        if parsed is not None:
            scanned = parsed[1]
            yield match.end(), parsed[0]


class _NotData(Exception):
    """The literal holds code (a variable, a call): no data."""


_TOKEN = lazy_regex(
    r"""\s+|//[^\n]*|\#[^\n]*|/\*.*?\*/"""
    r"""|(?P<single>'(?:[^'\\]|\\.)*')|(?P<double>"(?:[^"\\]|\\.)*")"""
    r"""|(?P<number>-?\d+(?:\.\d+)?)|(?P<arrow>=>)|(?P<punct>[\[\](),.])"""
    r"""|(?P<word>[A-Za-z_]\w*)""",
    re.S,
)
_MAX_DEPTH = 40
_DOUBLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "f": "\f", "e": "\x1b"}
# PHP keeps ``\'`` in a double-quoted string as two characters, but a glossary's text never
# means that backslash: its author escaped the apostrophe as for single quotes
# (``"athlete\'s foot"``), so ``'`` is read as an escape here (``\\'`` stays ``\'``).
_DOUBLE_ESCAPE = re.compile(
    r"\\(?:([ntrvfe\\$\"'])|x([0-9A-Fa-f]{1,2})|u\{([0-9A-Fa-f]+)\}|([0-7]{1,3}))"
)
_SINGLE_ESCAPE = re.compile(r"\\([\\'])")


class _Literal:
    """A recursive-descent reader of one PHP array literal."""

    def __init__(self, code: str) -> None:
        self._code = code
        self._at = 0

    def read(self, start: int) -> tuple[Any, int] | None:
        self._at = start
        try:
            return self._value(0), self._at
        except (_NotData, RecursionError):
            return None

    def _token(self) -> tuple[str, str]:
        while (match := _TOKEN.match(self._code, self._at)) is not None:
            self._at = match.end()
            if match.lastgroup is not None:
                return match.lastgroup, match.group()
        raise _NotData

    def _peek(self) -> tuple[str, str]:
        at = self._at
        try:
            return self._token()
        finally:
            self._at = at

    def _value(self, depth: int) -> Any:
        if depth > _MAX_DEPTH:
            raise _NotData
        kind, token = self._token()
        if kind == "punct" and token == "[":
            return self._items("]", depth)
        if kind == "word" and token.lower() == "array" and self._token() == ("punct", "("):
            return self._items(")", depth)
        if kind in ("single", "double"):
            return self._joined(_string(kind, token))
        if kind == "number":
            return float(token) if "." in token else int(token)
        if kind == "word" and token.lower() in ("true", "false", "null"):
            return {"true": True, "false": False, "null": None}[token.lower()]
        raise _NotData

    def _joined(self, text: str) -> str:
        """``'a' . 'b'``: concatenated string literals are one string."""
        while self._peek() == ("punct", "."):
            self._token()
            kind, token = self._token()
            if kind not in ("single", "double"):
                raise _NotData
            text += _string(kind, token)
        return text

    def _items(self, close: str, depth: int) -> list[Any] | dict[str, Any]:
        pairs: list[tuple[Any, Any]] = []
        keyed = False
        while self._peek() != ("punct", close):
            value = self._value(depth + 1)
            if self._peek()[0] == "arrow":
                self._token()
                key, value, keyed = value, self._value(depth + 1), True
            else:
                key = len(pairs)
            pairs.append((key, value))
            if self._peek() != ("punct", ","):
                break
            self._token()
        if self._token() != ("punct", close):
            raise _NotData
        return {str(k): v for k, v in pairs} if keyed else [v for _, v in pairs]


def _string(kind: str, token: str) -> str:
    body = token[1:-1]
    if kind == "single":
        return _SINGLE_ESCAPE.sub(r"\1", body)
    return _DOUBLE_ESCAPE.sub(_double_escape, body)


def _double_escape(match: re.Match[str]) -> str:
    simple, hex_code, unicode, octal = match.groups()
    if simple is not None:
        return _DOUBLE_ESCAPES.get(simple, simple)
    if hex_code is not None:
        return chr(int(hex_code, 16))
    if unicode is not None:
        return chr(int(unicode, 16)) if int(unicode, 16) < 0x110000 else match.group()
    return chr(int(octal, 8) % 256)
