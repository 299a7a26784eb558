"""The tokens of an SQL script, for reading the literal rows it inserts (sql_data.py).

Never executed and never parsed as a grammar: comments (``--``, ``/* */``, MySQL's
``/*!40101 ... */``) are skipped; strings are read with every dialect's quoting (``''`` doubled
quotes; ``\\'`` backslash escapes in ``E'...'`` strings and in files that quote names with
backticks, as MySQL dumps do; ``"..."`` is a string where a value stands, as MySQL and SQLite
read it); a dollar quote (``$tag$``) is a string where a value stands and otherwise only a
marker, so the statements of a PL/pgSQL ``DO $tag$ ... $tag$`` block or function body are read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
    |(?P<comment>--[^\n]*|\#[^\n]*|/\*.*?(?:\*/|\Z))
    |(?P<dollar>\$(?:[A-Za-z_][\w]*)?\$)
    |(?P<string>[EeNn]?'(?:[^'\\]|''|\\.)*(?:'|\Z))
    |(?P<dquote>"(?:[^"\\]|""|\\.)*(?:"|\Z))
    |(?P<backtick>`(?:[^`]|``)*(?:`|\Z))
    |(?P<bracket_name>\[[A-Za-z_][\w ]*\])
    |(?P<number>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)
    |(?P<cast>::)
    |(?P<word>[A-Za-z_\u00c0-\uffff][\w$\u00c0-\uffff]*)
    |(?P<punct>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_BACKSLASH = re.compile(r"\\(.)", re.DOTALL)
_BACKSLASH_CHARS = {"n": "\n", "t": "\t", "r": "\r", "0": "", "b": "", "Z": ""}


@dataclass(frozen=True)
class Token:
    kind: str  # word, name (a quoted identifier), string, number, dollar, cast, punct
    value: str
    at: int  # offset in the text


def tokens(text: str) -> list[Token]:
    """The tokens of ``text``, comments and spaces left out."""
    backslashes = "`" in text  # MySQL-style dumps escape quotes with a backslash
    found: list[Token] = []
    at = 0
    while (match := _TOKEN.match(text, at)) is not None:
        kind, raw, at = match.lastgroup or "punct", match.group(), match.end()
        if kind in ("space", "comment"):
            continue
        if kind == "dollar" and found and found[-1].value in ("(", ",", "["):
            value, at = dollar_string(text, Token(kind, raw, match.start()))
            found.append(Token("string", value, match.start()))
        elif kind == "string":
            escaped = backslashes or raw[0] in "Ee"
            found.append(Token("string", _string(raw.lstrip("EeNn"), "'", escaped), match.start()))
        elif kind == "dquote":
            found.append(Token("dquote", _string(raw, '"', backslashes), match.start()))
        elif kind == "backtick":
            found.append(Token("name", raw[1:-1].replace("``", "`"), match.start()))
        elif kind == "bracket_name":
            found.append(Token("name", raw[1:-1], match.start()))
        else:
            found.append(Token(kind, raw, match.start()))
    return found


def _string(raw: str, quote: str, backslashes: bool) -> str:
    body = raw[1:-1] if len(raw) > 1 and raw.endswith(quote) else raw[1:]
    if backslashes:
        body = _BACKSLASH.sub(lambda m: _BACKSLASH_CHARS.get(m.group(1), m.group(1)), body)
    return body.replace(quote * 2, quote)


def dollar_string(text: str, opener: Token) -> tuple[str, int]:
    """The text of a ``$tag$...$tag$`` string opening at ``opener`` and the offset past it."""
    start = opener.at + len(opener.value)
    end = text.find(opener.value, start)
    if end < 0:
        return text[start:], len(text)
    return text[start:end], end + len(opener.value)
