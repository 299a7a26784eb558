"""Racket's @-expression reader (the syntax of Scribble documents), read into a small tree.

An @-expression is ``@`` then a command (an identifier, or a parenthesised S-expression),
then optional ``[...]`` datum arguments, then optional ``{...}`` text (balanced braces,
nested @-expressions; ``|{ ... }|`` its alternate form). ``@;`` opens a comment to the
end of the line (and the indentation of the next one), ``@;{...}`` a block comment;
``@"str"`` is a literal string, ``@|id|`` an identifier without arguments. Inside
``[...]`` and ``(...)`` the text is Racket data: strings, ``#:keywords``, symbols,
numbers, quotes, lists and @-expressions again. Nothing is evaluated: the renderer
(scribble_text.py) decides what each command shows.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

# Characters that end a Racket identifier (and so an @-command's name).
_DELIMITERS = frozenset(" \t\r\n()[]{}\",'`;|@")
_OPEN_CLOSE = {"(": ")", "[": "]", "{": "}"}
_HASH_COMMENT = re.compile(r"#\|.*?\|#", re.S)
# A prefix read with the datum after it: vectors, hash tables, regexps, byte strings.
_HASH_LITERAL = re.compile(r"#(?:hash(?:eqv?|alw)?|px#?|rx#?|s|\d*)(?=[(\[{\"])")


@dataclass
class Text:
    text: str
    start: int


@dataclass
class Str:
    value: str
    start: int
    end: int


@dataclass
class Atom:
    """A symbol, keyword (``#:eval``), number, boolean or character, as written."""

    text: str
    start: int
    end: int


@dataclass
class Seq:
    """A parenthesised list: ``(list a b)``, ``'("x" "y")`` (``quote`` holds the prefix)."""

    items: list[Datum]
    start: int
    end: int
    quote: str = ""


@dataclass
class Cmd:
    """``@name[args]{body}``: ``body`` None when there are no braces; ``call`` holds the
    items of an ``@(f ...)`` form (name then its arguments)."""

    name: str
    start: int
    end: int
    args: list[Datum] = field(default_factory=list)
    body: list[Node] | None = None
    args_start: int = -1
    args_end: int = -1
    call: bool = False


Datum = Str | Atom | Seq | Cmd
Node = Text | Cmd | Str


class _Reader:
    def __init__(self, source: str) -> None:
        self.src = source
        self.n = len(source)

    # --- text mode ---------------------------------------------------------------------

    def text(self, pos: int, close: str | None) -> tuple[list[Node], int]:
        """Text from ``pos`` to the brace that closes it (``close``: ``}`` or ``}|``; None:
        to the end of the source). Inner braces balance as text."""
        nodes: list[Node] = []
        buf: list[str] = []
        buf_start = pos
        depth = 0
        src = self.src
        while pos < self.n:
            ch = src[pos]
            if close is not None and src.startswith(close, pos) and depth == 0:
                break
            if ch == "@":
                node, new = self.at(pos)
                if new > pos:
                    if buf:
                        nodes.append(Text("".join(buf), buf_start))
                        buf = []
                    if node is not None:
                        nodes.append(node)
                    pos = new
                    buf_start = pos
                    continue
            if close is not None:
                if ch == "{":
                    depth += 1
                elif ch == "}" and depth:
                    depth -= 1
            buf.append(ch)
            pos += 1
        if buf:
            nodes.append(Text("".join(buf), buf_start))
        return nodes, pos

    def at(self, pos: int) -> tuple[Node | None, int]:
        """The @-expression at ``pos`` (its node, or None for a comment) and where it ends;
        ``pos`` itself when the ``@`` opens nothing (a lone ``@`` stays text)."""
        src = self.src
        nxt = pos + 1
        if nxt >= self.n:
            return None, pos
        ch = src[nxt]
        if ch == ";":
            if src.startswith("{", nxt + 1):
                _, end = self.text(nxt + 2, "}")
                return None, min(self.n, end + 1)
            end = src.find("\n", nxt)
            end = self.n if end < 0 else end + 1
            while end < self.n and src[end] in " \t":
                end += 1
            return None, end
        if ch == '"':
            value, end = self._string(nxt)
            return Str(value, pos, end), end
        if ch == "|":
            close = src.find("|", nxt + 1)
            if close < 0:
                return None, pos
            name = src[nxt + 1 : close].strip()
            return (Cmd(name, pos, close + 1) if name else None), close + 1
        if ch == "(":
            seq, end = self._list(nxt, "")
            if not seq.items:
                return None, end
            head = seq.items[0]
            name = head.text if isinstance(head, Atom) else ""
            return Cmd(name, pos, end, args=seq.items[1:], call=True), end
        name_end = nxt
        while name_end < self.n and src[name_end] not in _DELIMITERS:
            name_end += 1
        if name_end == nxt and ch not in "[{":
            return None, pos
        cmd = Cmd(src[nxt:name_end], pos, name_end)
        end = name_end
        if end < self.n and src[end] == "[":
            seq, end = self._list(end, "")
            cmd.args, cmd.args_start, cmd.args_end = seq.items, seq.start + 1, seq.end - 1
        if end < self.n and src[end] == "{":
            cmd.body, end = self.text(end + 1, "}")
            end = min(self.n, end + 1)
        elif src.startswith("|{", end):
            cmd.body, end = self.text(end + 2, "}|")
            end = min(self.n, end + 2)
        cmd.end = end
        return cmd, end

    # --- datum mode --------------------------------------------------------------------

    def _list(self, pos: int, quote: str) -> tuple[Seq, int]:
        close = _OPEN_CLOSE[self.src[pos]]
        items: list[Datum] = []
        start = pos
        pos += 1
        while True:
            pos = self._skip(pos)
            if pos >= self.n:
                return Seq(items, start, pos, quote), pos
            if self.src[pos] == close or self.src[pos] in ")]}":
                return Seq(items, start, pos + 1, quote), pos + 1
            datum, pos = self._datum(pos)
            if datum is not None:
                items.append(datum)

    def _skip(self, pos: int) -> int:
        """Past white space and comments (``;``, ``#|...|#``, ``#;``'s datum)."""
        src = self.src
        while pos < self.n:
            ch = src[pos]
            if ch.isspace():
                pos += 1
            elif ch == ";":
                end = src.find("\n", pos)
                pos = self.n if end < 0 else end + 1
            elif src.startswith("#|", pos):
                match = _HASH_COMMENT.match(src, pos)
                pos = match.end() if match else self.n
            elif src.startswith("#;", pos):
                _, pos = self._datum(self._skip(pos + 2))
            else:
                break
        return pos

    def _datum(self, pos: int) -> tuple[Datum | None, int]:
        src = self.src
        ch = src[pos]
        if ch in "([{":
            return self._list(pos, "")
        literal = _HASH_LITERAL.match(src, pos)
        if literal:  # #(1 2 3), #hash(...), #px"a+", #"bytes": one datum with its prefix
            end = literal.end()
            if src[end] == '"':
                _, end = self._string(end)
                return Atom(src[pos:end], pos, end), end
            seq, end = self._list(end, literal.group())
            seq.start = pos
            return seq, end
        if ch in "'`," or src.startswith(("#'", "#`", "#,"), pos):
            prefix_end = pos + 1 + (ch == "#") + (src.startswith(",@", pos + (ch == "#")))
            inner_pos = self._skip(prefix_end)
            if inner_pos < self.n and src[inner_pos] in "([{":
                seq, end = self._list(inner_pos, src[pos:prefix_end])
                seq.start = pos
                return seq, end
            datum, end = self._datum(inner_pos) if inner_pos < self.n else (None, inner_pos)
            if isinstance(datum, Atom):
                datum = Atom(src[pos:end], pos, end)
            return datum, end
        if ch == '"':
            value, end = self._string(pos)
            return Str(value, pos, end), end
        if ch == "@":
            node, end = self.at(pos)
            if end > pos:
                return (node if isinstance(node, (Cmd, Str)) else None), end
        end = pos + 1
        if src.startswith("#\\", pos):  # a character: #\( #\space
            end = pos + 3
        while end < self.n and src[end] not in _DELIMITERS:
            end += 1
        if src[pos] == "|":  # |a symbol|
            close = src.find("|", pos + 1)
            end = self.n if close < 0 else close + 1
        return Atom(src[pos:end], pos, end), end

    def _string(self, pos: int) -> tuple[str, int]:
        out: list[str] = []
        src = self.src
        i = pos + 1
        while i < self.n and src[i] != '"':
            if src[i] == "\\" and i + 1 < self.n:
                nxt = src[i + 1]
                out.append({"n": "\n", "t": "\t", "\n": ""}.get(nxt, nxt))
                i += 2
                continue
            out.append(src[i])
            i += 1
        return "".join(out), min(self.n, i + 1)


def read(source: str) -> list[Node]:
    """The top-level nodes of a Scribble document (its ``#lang`` line left out)."""
    start = 0
    if source.startswith("#lang") or source.startswith("#reader"):
        end = source.find("\n")
        start = len(source) if end < 0 else end + 1
    nodes, _ = _Reader(source).text(start, None)
    return nodes


class Lines:
    """The line of an offset (1-based), by bisecting the source's newline offsets."""

    def __init__(self, source: str) -> None:
        self.breaks = [i for i, ch in enumerate(source) if ch == "\n"]

    def __call__(self, offset: int) -> int:
        return bisect_left(self.breaks, offset) + 1
