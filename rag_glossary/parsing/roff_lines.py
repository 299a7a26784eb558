"""roff source to a flat list of request and text lines, as a formatter would read them.

Comments (``.\\"``, ``\\"`` to the line's end, ``\\#``) and ``.ig`` blocks go; a line
ending in an escaped newline continues on the next; macro definitions (``.de NAME`` ...
``..``) are recorded, not read as text; conditionals (``.if``, ``.ie`` / ``.el``, with
``\\{`` ... ``\\}`` blocks) keep the branch a terminal shows (``n`` true, ``t`` false; a
condition that cannot be told here is taken as true); strings (``.ds``, ``.as``) are
expanded where ``\\*x``, ``\\*(xx`` or ``\\*[name]`` use them (a string defined in another
file of the book prints nothing); ``.tr`` character translations apply to the text lines
after them. Nothing is executed: ``.so``, ``.sy``, ``.pso`` are requests like any other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from rag_glossary.parsing.roff_text import render, special_char, split_args

_REQUEST = re.compile(r"^[.'][ \t]*([^\s\\]*)[ \t]*(.*)$")
_COMMENT_LINE = re.compile(r"^[.'][ \t]*\\\"")
_COMMENT = re.compile(r'\\".*$|\\#.*$')
_STRING = re.compile(r"\\\*(?:\((..)|\[([^\]\n]*)\]|(.))")
_CONTINUED = re.compile(r"(?<!\\)(?:\\\\)*\\$")
_BLOCK_OPEN = "\\{"
_BLOCK_CLOSE = "\\}"


@dataclass(frozen=True)
class RoffLine:
    """A request (``name`` set, ``args`` split as roff does) or a text line (``text``)."""

    number: int  # 1-based line in the file
    name: str | None = None
    args: tuple[str, ...] = ()
    text: str = ""
    translate: tuple[tuple[str, str], ...] = ()  # .tr in force: (printed char, shown as)

    @property
    def is_text(self) -> bool:
        return self.name is None


@dataclass(frozen=True)
class RoffSource:
    lines: tuple[RoffLine, ...]
    macros: dict[str, bool] = field(default_factory=dict)  # defined here -> prints text
    breaking: frozenset[str] = frozenset()  # defined here to break the line (pod2man's .Sp)


def read_roff(text: str) -> RoffSource:
    state = _State()
    for number, line in _physical_lines(text):
        state.feed(number, line)
    return RoffSource(tuple(state.out), dict(state.macros), frozenset(state.breaking))


def _physical_lines(text: str) -> Iterator[tuple[int, str]]:
    """(first line number, line) with escaped newlines joined and comments removed."""
    pending: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if not pending:
            start = number
        if _COMMENT_LINE.match(line):
            line = "." if not pending else ""  # a comment line: no blank line either
        line = _COMMENT.sub("", line)
        if _CONTINUED.search(line):
            pending.append(line[:-1])
            continue
        pending.append(line)
        yield start, "".join(pending)
        pending = []
    if pending:
        yield start, "".join(pending)


class _State:
    def __init__(self) -> None:
        self.out: list[RoffLine] = []
        self.macros: dict[str, bool] = {}
        self.breaking: set[str] = set()
        self.strings: dict[str, str] = {}
        self.translate: dict[str, str] = {}
        self.defining: tuple[str, str] | None = None  # (macro name, end marker)
        self.defined_text = False
        self.skip_depth = 0
        self.last_if = True

    def feed(self, number: int, line: str) -> None:
        if self.skip_depth:
            self._skip(line)
            return
        if self.defining is not None:
            self._define(line)
            return
        self._line(number, line)

    def _skip(self, line: str) -> None:
        self.skip_depth += line.count(_BLOCK_OPEN) - line.count(_BLOCK_CLOSE)
        self.skip_depth = max(self.skip_depth, 0)

    def _define(self, line: str) -> None:
        name, end = self.defining or ("", "..")
        request = _REQUEST.match(line)
        ends = line.strip() == end or (end != ".." and request and request.group(1) == end[1:])
        if ends:
            self.macros[name] = self.defined_text
            self.defining = None
        elif (name and line.strip() and not line.startswith((".", "'"))) or (
            request and request.group(1) == "nop"
        ):
            self.defined_text = True
        elif request and request.group(1) in ("sp", "br", "PP", "LP", "P", "bp"):
            self.breaking.add(name)

    def _line(self, number: int, line: str) -> None:
        line = line.replace(_BLOCK_CLOSE, "")
        request = _REQUEST.match(line)
        if request is None:
            self.out.append(RoffLine(number, text=self._strings(line), translate=self._tr()))
            return
        name, rest = request.group(1), request.group(2)
        if name in ("if", "ie", "el"):
            self._conditional(number, name, rest)
        elif name in ("de", "de1", "am", "am1", "dei", "ami"):
            args = split_args(rest)
            self.defining = (args[0] if args else "", "." + args[1] if len(args) > 1 else "..")
            self.defined_text = False
        elif name == "ig":
            args = split_args(rest)
            self.defining = ("", "." + args[0] if args else "..")
        elif name in ("ds", "ds1", "as", "as1"):
            self._string(name, rest)
        elif name == "tr":
            self._translation(self._strings(rest))
        elif name:
            args = split_args(self._strings(rest))
            self.out.append(RoffLine(number, name, args, translate=self._tr()))

    def _tr(self) -> tuple[tuple[str, str], ...]:
        return tuple(self.translate.items())

    def _strings(self, line: str) -> str:
        if "\\*" not in line:
            return line
        return _STRING.sub(lambda m: self.strings.get(m[1] or m[2] or m[3], ""), line)

    def _string(self, name: str, rest: str) -> None:
        key, _, value = rest.partition(" ")
        value = self._strings(value.lstrip())
        value = value[1:] if value.startswith('"') else value
        if name.startswith("as"):
            value = self.strings.get(key, "") + value
        self.strings[key] = value

    def _translation(self, rest: str) -> None:
        chars = _tr_chars(rest.strip() if rest.strip() else rest)
        for source, target in zip(chars[::2], chars[1::2], strict=False):
            if source == target:
                self.translate.pop(source, None)
            else:
                self.translate[source] = target
        if len(chars) % 2 == 1:
            self.translate[chars[-1]] = " "

    def _conditional(self, number: int, name: str, rest: str) -> None:
        if name == "el":
            taken, body = not self.last_if, rest
        else:
            condition, body = _split_condition(rest)
            taken = _holds(condition)
            if name == "ie":
                self.last_if = taken
        body = body.lstrip()
        block = body.startswith(_BLOCK_OPEN)
        if block:
            body = body[len(_BLOCK_OPEN) :]
        if not taken:
            if block:
                self.skip_depth = 1
                self._skip(body)
            return
        if body.strip():
            self._line(number, body)


_CONDITION = re.compile(r"^(!?)([ntoevhd]\b|[ntoe](?=\\)|r\s+\S+|d\s+\S+|c\s+\S+|\S+)\s*(.*)$")


def _split_condition(rest: str) -> tuple[str, str]:
    """``n .ad l`` -> ("n", ".ad l"); ``'\\*(.T'ascii' ...``: a string comparison."""
    rest = rest.lstrip()
    if rest[:1] in ("'", '"'):
        quote = rest[0]
        parts = rest.split(quote, 3)
        return "cmp", parts[3] if len(parts) == 4 else ""
    match = _CONDITION.match(rest)
    if match is None:
        return "", rest
    return match.group(1) + match.group(2), match.group(3)


def _holds(condition: str) -> bool:
    negated = condition.startswith("!")
    core = condition.lstrip("!")
    value = {"n": True, "t": False, "o": True, "e": False, "v": False, "h": False}.get(
        core, core != "cmp"
    )
    return value != negated


_TR_CHAR = re.compile(r"\\\((..)|\\\[([^\]\n]*)\]|\\(.)|(.)", re.S)


def _tr_chars(rest: str) -> list[str]:
    """The characters of a ``.tr`` argument, an escape counting as the one it prints."""
    out = []
    for m in _TR_CHAR.finditer(rest):
        if m[1] or m[2]:
            out.append(special_char(m[1] or m[2]))
        else:
            out.append(render("\\" + m[3]) if m[3] else m[4])
    return out


def shown(line: RoffLine, raw: str) -> str:
    """``raw`` (the line's text or an argument) rendered, with the line's ``.tr`` applied."""
    text = render(raw)
    for source, target in line.translate:
        text = text.replace(source, target)
    return text
