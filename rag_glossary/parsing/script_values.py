"""The data a Lua table constructor or a Ruby hash / array literal holds, read from tokens
(script_tokens.py) into Python values, never run.

``{ id = "x", term = "X", seeAlso = {"a", "b"} }`` and ``{ ["key"] = "value" }`` (Lua),
``{ term: "x", "y" => "z", :k => "v" }`` and ``[ ... ]`` (Ruby) become dicts and lists;
strings joined by ``..`` or ``+`` (or side by side) are one string; ``nil`` / ``true`` /
``false`` and numbers are themselves; ``.freeze`` and the like after a value are dropped.
Anything else (a call, a variable, a block) is code: that field or item is left out, the
rest of the literal is still read. A table with both keyed and positional items keeps its
keyed ones. Each key's and item's path (``(3, "term")``) keeps the offset it starts at.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rag_glossary.parsing.source_tokens import CLOSE, NOT_DATA, Token, group_end

_JOINS = frozenset(("..", "+", "\\"))  # and Ruby's line continuation
_CONSTANTS: dict[str, object] = {"nil": None, "null": None, "true": True, "false": False}
# Methods that leave a literal's value as it is (Ruby's ``.freeze`` on a constant).
_NO_OPS = frozenset(
    ("freeze", "dup", "strip", "squish", "chomp", "to_s", "to_h", "to_a", "lstrip", "rstrip")
)
_MAX_DEPTH = 40
Path = tuple[object, ...]


@dataclass(frozen=True)
class Literal:
    value: object
    end: int  # index of the token after the literal
    offsets: dict[Path, int] = field(default_factory=dict)


def read_literal(toks: list[Token], at: int) -> Literal:
    reader = _Reader(toks)
    value, end = reader.value(at, (), 0)
    return Literal(value, end, reader.offsets)


class _Reader:
    def __init__(self, toks: list[Token]) -> None:
        self._toks = toks
        self.offsets: dict[Path, int] = {}

    def _text(self, i: int) -> str:
        return self._toks[i].text if i < len(self._toks) else ""

    def value(self, i: int, path: Path, depth: int) -> tuple[object, int]:
        """The value starting at token ``i`` and the index after it (NOT_DATA: code)."""
        if i >= len(self._toks) or depth > _MAX_DEPTH:
            return NOT_DATA, i
        tok = self._toks[i]
        self.offsets.setdefault(path, tok.offset)
        value: object
        if tok.kind == "str":
            value, end = self._joined(i)
        elif tok.kind == "punct" and tok.text in ("{", "["):
            value, end = self._container(i, path, depth)
        elif tok.kind == "name" and tok.text in _CONSTANTS:
            value, end = _CONSTANTS[tok.text], i + 1
        elif tok.kind == "num":
            value, end = _number(tok.text), i + 1
        else:
            return NOT_DATA, i
        return value, self._no_ops(end)

    def _joined(self, i: int) -> tuple[str, int]:
        parts = [self._toks[i].text]
        i += 1
        while i < len(self._toks):
            if self._toks[i].kind == "str":
                parts.append(self._toks[i].text)  # Ruby's "a" "b"
                i += 1
            elif self._text(i) in _JOINS and i + 1 < len(self._toks):
                if self._toks[i + 1].kind != "str":
                    break
                parts.append(self._toks[i + 1].text)
                i += 2
            else:
                break
        return "".join(parts), i

    def _no_ops(self, i: int) -> int:
        while self._text(i) in (".", "&.") and self._text(i + 1) in _NO_OPS:
            i += 2
        return i

    def _container(self, i: int, path: Path, depth: int) -> tuple[object, int]:
        close = CLOSE[self._toks[i].text]
        end = group_end(self._toks, i)
        if self._text(i + 1) == "|":
            return NOT_DATA, end + 1  # a Ruby block: { |x| ... }
        keyed: dict[str, object] = {}
        items: list[object] = []
        j = i + 1
        while j < end:
            key, value, j = self._item(j, end, (*path, len(items)), path, depth)
            if self._text(j) not in (",", ";", close):
                value, j = NOT_DATA, self._skip(j, end)
            if key is not None:
                if value is not NOT_DATA and not isinstance(key, NotKey):
                    keyed[str(key)] = value
            elif value is not NOT_DATA:
                items.append(value)
            if self._text(j) in (",", ";"):
                j += 1
        if keyed:
            return keyed, end + 1
        return items, end + 1

    def _item(
        self, j: int, end: int, item_path: Path, path: Path, depth: int
    ) -> tuple[object | None, object, int]:
        """(key or None, value, index after the value) of one table item."""
        tok, after = self._toks[j], self._text(j + 1)
        if tok.kind == "name" and after in ("=", ":"):
            return self._keyed(tok.text, j, j + 2, path, depth)  # Lua k = v, Ruby k: v
        if tok.kind == "str" and after == ":" and j + 2 < end:
            return self._keyed(tok.text, j, j + 2, path, depth)  # Ruby "k": v
        if tok.text == "[" and tok.kind == "punct":
            close = group_end(self._toks, j)
            if self._text(close + 1) == "=":  # Lua [k] = v
                key, key_end = self.value(j + 1, ("key",), depth + 1)
                valid = key_end == close and isinstance(key, str | int | float)
                return self._keyed(key if valid else NotKey(), j, close + 2, path, depth)
        value, k = self.value(j, item_path, depth + 1)
        if self._text(k) == "=>":  # Ruby k => v
            valid = isinstance(value, str | int | float)
            return self._keyed(value if valid else NotKey(), j, k + 1, path, depth)
        return None, value, k

    def _keyed(
        self, key: object, start: int, j: int, path: Path, depth: int
    ) -> tuple[object, object, int]:
        """The value at ``j`` of the key whose item starts at token ``start``."""
        self.offsets.setdefault((*path, str(key)), self._toks[start].offset)
        value, k = self.value(j, (*path, str(key)), depth + 1)
        return key, value, k

    def _skip(self, j: int, end: int) -> int:
        """The next item separator (or the table's end) at the table's own depth."""
        while j < end and self._text(j) not in (",", ";"):
            j = group_end(self._toks, j) + 1 if self._text(j) in CLOSE else j + 1
        return min(j, end)


class NotKey:
    """A key that is code (``[x] = ...``): its item is left out."""


def _number(text: str) -> object:
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return NOT_DATA
