"""The tokens of a C-family source file (C#, Java, Kotlin, Swift, Go, Rust, Dart, Scala),
and the literal values a constructor call's arguments hold.

Only what a glossary in code needs is told apart: string literals (decoded), names,
numbers and punctuation; comments are dropped. The string forms: ``"..."`` with backslash
escapes, ``'...'``, C#'s verbatim ``@"..."`` (``""`` for a quote) and interpolated
``$"..."`` (kept as written), triple-quoted text blocks (Java, Kotlin, Swift, Dart),
Go's backtick raw strings and Rust's ``r#"..."#``; a quote left open runs to its line's end,
as a compiler reads it (and so a line of stray quotes costs one pass, not one a quote); a
Rust lifetime (``&'a``, ``<'a>``, ``'static``) is no quote.
Nothing is ever compiled or run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag_glossary.lazy_re import lazy_regex

_TOKEN = lazy_regex(
    r"""(?P<space>\s+)
    |(?P<comment>//[^\n]*|/\*.*?(?:\*/|\Z))
    |(?P<raw>r(?P<hashes>\#*)"(?P<rawbody>.*?)"(?P=hashes))
    |(?P<triple>[$@]?(?P<tq>\"\"\"|''')(?P<tbody>.*?)(?P=tq))
    |(?P<verbatim>(?:\$@|@\$?)"(?P<vbody>(?:[^"]|"")*)")
    |(?P<lifetime>(?<=[&<])'[A-Za-z_]\w*+(?!')|'static\b(?!'))
    |(?P<quoted>\$?(?P<q>["'])(?P<body>(?:[^"'\\\n]|\\.|(?!(?P=q))["'])*+)(?P=q))
    |(?P<unclosed>\$?["'][^\n]*)
    |(?P<tick>`(?P<tickbody>[^`]*)`)
    |(?P<name>[^\W\d]\w*)
    |(?P<num>\d[\w.]*)
    |(?P<punct>.)""",
    re.S | re.X,
)
_ESCAPE = lazy_regex(r"\\(u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|.)", re.S)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "", "0": "", "b": "", "f": "", "v": ""}
_INDENT = lazy_regex(r"\n[ \t]+")


@dataclass(frozen=True)
class Token:
    kind: str  # "str", "name", "num" or "punct"
    text: str  # a string's decoded value; otherwise the source text
    offset: int


def tokens(text: str) -> list[Token]:
    found: list[Token] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or ""
        if kind in ("space", "comment", "unclosed", "lifetime"):
            continue
        if kind in ("raw", "triple", "verbatim", "quoted", "tick"):
            found.append(Token("str", _decoded(match), match.start()))
        elif kind in ("name", "num"):
            found.append(Token(kind, match.group(), match.start()))
        else:
            found.append(Token("punct", match.group(), match.start()))
    return found


def _decoded(match: re.Match[str]) -> str:
    if match.group("raw") is not None:
        return match.group("rawbody")
    if match.group("tick") is not None:
        return match.group("tickbody")
    if match.group("verbatim") is not None:
        return match.group("vbody").replace('""', '"')
    if match.group("triple") is not None:
        return _INDENT.sub("\n", unescape(match.group("tbody"))).strip()
    return unescape(match.group("body"))


def unescape(body: str) -> str:
    return _ESCAPE.sub(_one_escape, body)


def _one_escape(match: re.Match[str]) -> str:
    code = match.group(1)
    if code[0] in "ux" and len(code) > 1:
        try:
            return chr(int(code.strip("ux{}"), 16))
        except (ValueError, OverflowError):
            return code
    return _SIMPLE_ESCAPES.get(code, code)


CLOSE = {"(": ")", "[": "]", "{": "}"}


def group_end(toks: list[Token], at: int) -> int:
    """Index of the bracket closing the one at ``at`` (len(toks) when unclosed)."""
    depth = 0
    for i in range(at, len(toks)):
        tok = toks[i]
        if tok.kind != "punct":
            continue
        if tok.text in CLOSE:
            depth += 1
        elif tok.text in ")]}":
            depth -= 1
            if depth == 0:
                return i
    return len(toks)


def split_items(toks: list[Token], start: int, end: int) -> list[tuple[int, int]]:
    """The top-level comma-separated spans of ``toks[start:end]`` (empty ones dropped)."""
    spans, depth, first = [], 0, start
    for i in range(start, end):
        tok = toks[i]
        if tok.kind == "punct" and tok.text in CLOSE:
            depth += 1
        elif tok.kind == "punct" and tok.text in ")]}":
            depth -= 1
        elif tok.kind == "punct" and tok.text in ",;" and depth == 0:
            spans.append((first, i))
            first = i + 1
    spans.append((first, end))
    return [(a, b) for a, b in spans if b > a]


class NotData:
    """An argument that is code (an enum case, a call, a number): no text."""


NOT_DATA = NotData()
_NULLS = frozenset(("null", "nil", "None", "undefined"))
_LIST_CALLS = frozenset(
    ("listOf", "arrayOf", "setOf", "mutableListOf", "of", "asList", "vec", "Set", "List")
)


def value_of(toks: list[Token], start: int, end: int) -> object:
    """A string (``"a" + "b"`` joined), a list of strings, None, or NOT_DATA."""
    span = toks[start:end]
    if not span:
        return NOT_DATA
    if all(t.kind == "str" or (t.kind == "punct" and t.text == "+") for t in span):
        parts = [t.text for t in span if t.kind == "str"]
        return "".join(parts) if parts else NOT_DATA
    if len(span) == 1 and span[0].text in _NULLS:
        return None
    opener = next(
        (i for i in range(start, end) if _opens(toks[i]) and group_end(toks, i) == end - 1), None
    )
    if opener is None or not _list_head(toks[start:opener]):
        return NOT_DATA
    items = [value_of(toks, a, b) for a, b in split_items(toks, opener + 1, end - 1)]
    return items if all(isinstance(v, str) for v in items) else NOT_DATA


def _opens(tok: Token) -> bool:
    return tok.kind == "punct" and tok.text in CLOSE


def _list_head(head: list[Token]) -> bool:
    """What may stand before a list literal's bracket: ``new[]``, ``new string[]``,
    ``new List<string>``, ``listOf``, ``List.of``, ``vec!``, ``&``, ``[]string``, nothing."""
    words = [t.text for t in head if t.kind == "name"]
    if not words:
        return all(t.text in "[]&!<>?" for t in head)
    return (
        words[0] == "new" or words[-1] in _LIST_CALLS or (head[0].text == "[" and len(words) == 1)
    )
