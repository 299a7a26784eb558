"""The data forms of a Clojure / ClojureScript / EDN file read into Python values, never run.

Tokens as Clojure's reader tells them apart: commas are white space, ``;`` comments run to
the line's end, ``#_`` discards the next form, ``^meta`` is dropped before the form it
annotates, strings may span lines and take Clojure's escapes (``\\"``, ``\\n``,
``\\u00e9``, ``\\101`` octal), ``\\c`` is a character, ``#inst "..."`` and other tagged
literals are the value they tag, ``'form`` (quoted) is data.

``{:k v}`` is a dict (a keyword key is its name: ``:title`` -> ``title``), ``[...]``, ``#{...}``
and a list that is no call (``({...} ...)``, no symbol first) are lists, keywords as values
are ``Keyword`` strings, ``nil`` / ``true`` / ``false`` and numbers are themselves. A symbol,
a call ``(f ...)``, ``#(...)``, ``@x``, ``~x`` or a syntax-quoted form is code: NOT_DATA, and
a container keeps its other items (a map drops the pair). A line that starts with code and
holds no bracket (a stray ``@@html: <object ...>@@`` export line in a data file) is skipped
whole, as a reader that skips what it cannot parse would. Each form's offsets are kept by
their path relative to it (``("asOf", "content")``).
"""

from __future__ import annotations

import bisect
import re

from rag_glossary.lazy_re import lazy_regex
from rag_glossary.parsing.clojure_hiccup import Keyword, hiccup_html
from rag_glossary.parsing.source_tokens import NOT_DATA, Token

Path = tuple[object, ...]
Offsets = dict[Path, int]
Read = tuple[object, int, Offsets]  # value, index of the next token, offsets of its parts

_EDGE = r"""[^\s,()\[\]{}"`~^@\\;]"""  # a character that can be part of a symbol
_TOKEN = lazy_regex(
    rf"""(?P<space>[\s,]+)
    |(?P<comment>;[^\n]*|\#![^\n]*)
    |(?P<str>"(?P<body>(?:[^"\\]|\\.)*+)(?:"|\Z))
    |(?P<regex>\#"(?:[^"\\]|\\.)*+(?:"|\Z))
    |(?P<char>\\(?:newline|space|tab|formfeed|backspace|return|u[0-9A-Fa-f]{{4}}|o[0-7]{{1,3}}|.))
    |(?P<discard>\#_)
    |(?P<open>\#\?@?\(|\#\(|\#\{{|[(\[{{])
    |(?P<close>[)\]}}])
    |(?P<meta>\^|\#\^)
    |(?P<macro>\#'|'|`|~@|~|@)
    |(?P<tag>\#\#?:?{_EDGE}*)
    |(?P<kw>::?{_EDGE}+)
    |(?P<num>[+-]?\d{_EDGE}*)
    |(?P<sym>{_EDGE}+)
    |(?P<other>.)""",
    re.S | re.X,
)
_ESCAPE = lazy_regex(r"\\(u[0-9A-Fa-f]{4}|[0-7]{1,3}|.)", re.S)
_ESCAPES = {"n": "\n", "t": "\t", "r": "", "b": "", "f": ""}
_CHARS = {"newline": "\n", "space": " ", "tab": "\t", "formfeed": "", "backspace": "", "return": ""}
_CONSTANTS: dict[str, object] = {"nil": None, "true": True, "false": False}
_CLOSE = {"(": ")", "[": "]", "{": "}", "#{": "}", "#(": ")", "#?(": ")", "#?@(": ")"}
_MAX_DEPTH = 60
_BLANK = lazy_regex(r"[ \t,]*")  # what may stand before a line's first form


def clojure_tokens(text: str) -> list[Token]:
    found: list[Token] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or ""
        if kind in ("space", "comment"):
            continue
        value = match.group()
        if kind == "str":
            value = _ESCAPE.sub(_one_escape, match.group("body"))
        elif kind == "char":
            value = _character(value[1:])
        found.append(Token(kind, value, match.start()))
    return found


def _one_escape(match: re.Match[str]) -> str:
    code = match.group(1)
    if code[0] == "u" and len(code) == 5:
        return chr(int(code[1:], 16))
    if code[0] in "01234567":
        return chr(min(int(code, 8), 0o377))
    return _ESCAPES.get(code, code)


def _character(name: str) -> str:
    if name in _CHARS:
        return _CHARS[name]
    if len(name) == 5 and name[0] == "u":
        return chr(int(name[1:], 16))
    if len(name) > 1 and name[0] == "o":
        return chr(int(name[1:], 8))
    return name


class FormReader:
    """Reads forms from the tokens of one file (``text`` tells where lines start)."""

    def __init__(self, toks: list[Token], text: str) -> None:
        self.toks = toks
        self._text = text
        self._line_ends = [m.start() for m in re.finditer("\n", text)]
        self._closes = _matching_closes(toks)

    def line_of(self, offset: int) -> int:
        return bisect.bisect_left(self._line_ends, offset) + 1

    def form(self, i: int, depth: int = 0) -> Read:
        """The value of the form at token ``i`` (NOT_DATA: code), the index after it and the
        offsets of its parts."""
        toks = self.toks
        if i >= len(toks) or depth > _MAX_DEPTH:
            return NOT_DATA, min(i + 1, len(toks)), {}
        tok = toks[i]
        kind, text = tok.kind, tok.text
        if kind in ("discard", "meta"):
            return self.form(self.skip(i + 1), depth + 1)  # #_ form, ^meta: skipped
        if kind == "tag" and text.startswith("##"):
            return None, i + 1, {(): tok.offset}  # ##Inf, ##NaN
        if text == "'" or kind == "tag":  # 'data, #inst "...", #:ns{...}: the form after it
            inner, end, offsets = self.form(i + 1, depth + 1)
            return inner, end, {**offsets, (): tok.offset}
        if kind == "macro":
            return NOT_DATA, self.skip(i + 1), {}  # @x, ~x, `x, #'x
        if kind == "open":
            return self._container(i, depth)
        if kind == "close":
            return NOT_DATA, i + 1, {}
        value: object = NOT_DATA
        if kind in ("str", "char"):
            value = text
        elif kind == "kw":
            value = Keyword(text.lstrip(":"))
        elif kind == "num":
            value = _number(text)
        elif kind == "sym" and text in _CONSTANTS:
            value = _CONSTANTS[text]
        return value, i + 1, ({(): tok.offset} if value is not NOT_DATA else {})

    def skip(self, i: int) -> int:
        """The index after the form at ``i``, read for its extent only."""
        toks = self.toks
        while i < len(toks) and toks[i].kind in ("discard", "meta", "macro", "tag"):
            prefix = toks[i]
            i += 1
            if prefix.kind in ("discard", "meta"):
                i = self.skip(i)
            elif prefix.kind == "tag" and prefix.text.startswith("##"):
                return i
        if i >= len(toks):
            return i
        if toks[i].kind == "open":
            return self.close_of(i) + 1
        return i + 1

    def close_of(self, i: int) -> int:
        """Index of the bracket closing the one at ``i`` (len(toks) when unclosed)."""
        return self._closes.get(i, len(self.toks))

    def _container(self, i: int, depth: int) -> Read:
        toks = self.toks
        opener = toks[i].text
        end = self.close_of(i)
        if opener in ("#(", "#?(", "#?@("):
            return NOT_DATA, end + 1, {}
        if opener == "(" and i + 1 < end and toks[i + 1].kind in ("sym", "kw", "macro"):
            return NOT_DATA, end + 1, {}  # a call: (f x), (:require ...), (@f x)
        items: list[tuple[object, int, Offsets]] = []
        j = i + 1
        while j < end:
            if self._stray_line(j, end):
                j = self._next_line(j, end)
                continue
            value, after, offsets = self.form(j, depth + 1)
            items.append((value, toks[j].offset, offsets))
            j = max(after, j + 1)
        own: Offsets = {(): toks[i].offset}
        if opener == "{":
            return _map(items, own), end + 1, own
        return _vector(items, own), end + 1, own

    def _stray_line(self, j: int, end: int) -> bool:
        """Code first on its line, and no bracket on the line: no form of the data."""
        tok = self.toks[j]
        if tok.kind not in ("sym", "macro") or tok.text in _CONSTANTS or not self._line_start(j):
            return False
        stop = self._next_line(j, end)
        return all(t.kind not in ("open", "close") for t in self.toks[j:stop])

    def _line_start(self, j: int) -> bool:
        offset = self.toks[j].offset
        line = bisect.bisect_left(self._line_ends, offset)
        start = self._line_ends[line - 1] + 1 if line else 0
        blank = _BLANK.match(self._text, start, offset)
        return blank is not None and blank.end() == offset

    def _next_line(self, j: int, end: int) -> int:
        line_end = self._text.find("\n", self.toks[j].offset)
        if line_end < 0:
            return end
        k = j
        while k < end and self.toks[k].offset < line_end:
            k += 1
        return max(k, j + 1)


def _matching_closes(toks: list[Token]) -> dict[int, int]:
    """Each opening bracket's closing one, by token index, found in one pass (a scan per
    form made a long unclosed line quadratic)."""
    closes: dict[int, int] = {}
    opened: list[int] = []
    for j, tok in enumerate(toks):
        if tok.kind == "open":
            opened.append(j)
        elif tok.kind == "close" and opened:
            closes[opened.pop()] = j
    return closes


def _map(items: list[tuple[object, int, Offsets]], own: Offsets) -> dict[str, object]:
    found: dict[str, object] = {}
    for (key, key_at, _), (value, _, offsets) in zip(items[::2], items[1::2], strict=False):
        if value is NOT_DATA or not isinstance(key, str | int | float) or isinstance(key, bool):
            continue
        name = str(key).rsplit("/", 1)[-1] if isinstance(key, Keyword) else str(key)
        if name in found:
            continue
        found[name] = value
        own.update({(name, *p): o for p, o in offsets.items()})
        own[(name,)] = key_at
    return found


def _vector(items: list[tuple[object, int, Offsets]], own: Offsets) -> object:
    if _pairs([value for value, _, _ in items]):  # [:asOf {...} :assertion {...}]: a map
        return _map(items, own)
    if (markup := hiccup_html([value for value, _, _ in items])) is not None:
        return markup
    found: list[object] = []
    for value, _, offsets in items:
        if value is NOT_DATA:
            continue
        own.update({(len(found), *p): o for p, o in offsets.items()})
        found.append(value)
    return found


def _pairs(values: list[object]) -> bool:
    """Keyword / value pairs, the values all maps or all strings (a property list)."""
    keys, values = values[::2], values[1::2]
    if len(keys) < 2 or len(keys) != len(values):
        return False
    if not all(isinstance(k, Keyword) for k in keys):
        return False
    return all(isinstance(v, dict) for v in values) or all(
        isinstance(v, str) and not isinstance(v, Keyword) for v in values
    )


def _number(text: str) -> object:
    for kind in (int, float):
        try:
            return kind(text.rstrip("NM"))
        except ValueError:
            pass
    return text  # a ratio (1/2) or radix number (2r101): its text
