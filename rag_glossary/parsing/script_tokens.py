"""The tokens of a Lua or Ruby source file, in source_tokens.py's form (strings decoded,
names, numbers, punctuation; comments dropped), for the data literals they hold.

Lua: ``--`` and ``--[[ ... ]]`` comments, ``"..."`` / ``'...'`` with Lua's escapes
(``\\ddd`` decimal, ``\\z``), long strings ``[[...]]`` / ``[==[...]==]`` (no escapes, a
first newline dropped), ``..`` concatenation. Ruby: ``#`` comments and ``=begin`` /
``=end`` blocks, strings that may span lines (``#{...}`` kept as written), symbols
(``:term``) as strings, heredocs (``<<~TEXT``, ``<<-TEXT``, ``<<TEXT``: the body is read
from the lines below, ``~`` removing their common indent) and word arrays (``%w[a b]``,
given as ``[ "a" , "b" ]``), ``=>``. Nothing is ever run.
"""

from __future__ import annotations

import re
import textwrap

from rag_glossary.lazy_re import lazy_regex
from rag_glossary.parsing.source_tokens import Token, unescape

_PUNCT = r"\.\.\.?|==|=>|~=|<=|>=|::|&&|\|\||."
_LUA = lazy_regex(
    r"""(?P<space>\s+)
    |(?P<comment>--\[(?P<ceq>=*)\[.*?(?:\](?P=ceq)\]|\Z)|--[^\n]*)
    |(?P<long>\[(?P<leq>=*)\[(?P<lbody>.*?)\](?P=leq)\])
    |(?P<quoted>(?P<q>["'])(?P<body>(?:[^"'\\\n]|\\z\s*|\\.|(?!(?P=q))["'])*+)(?P=q))
    |(?P<unclosed>["'][^\n]*)
    |(?P<name>[^\W\d]\w*)
    |(?P<num>\d[\w.]*)
    |(?P<punct>"""
    + _PUNCT
    + ")",
    re.S | re.X,
)
# "\z" and the white space after it; a run of decimal byte escapes ("\195\169": UTF-8).
_LUA_ESCAPE = lazy_regex(r"\\z\s*|(?:\\\d{1,3})+")

_RUBY = lazy_regex(
    r"""(?P<space>\s+)
    |(?P<doc>^=begin\b.*?(?:^=end\b[^\n]*|\Z))
    |(?P<comment>\#[^\n]*)
    |(?P<heredoc><<(?P<flag>[~-]?)(?P<hq>["'`]?)(?P<hid>[A-Za-z_]\w*)(?P=hq))
    |(?P<words>%[wWiI](?P<wopen>[^\w\s]))
    |(?P<pct>%[qQ]?(?P<popen>[\[({<|!/]))
    |(?P<quoted>(?P<q>["'])(?P<body>(?:[^"'\\]|\\.|(?!(?P=q))["'])*+)(?P=q))
    |(?P<unclosed>["'][^\n]*)
    |(?P<symbol>(?<![\w:]):(?P<sym>[^\W\d]\w*[?!]?))
    |(?P<name>[^\W\d]\w*)
    |(?P<num>\d[\w.]*)
    |(?P<punct>"""
    + _PUNCT
    + ")",
    re.S | re.X | re.M,
)
_CLOSING = {"[": "]", "(": ")", "{": "}", "<": ">"}

_ELIXIR = lazy_regex(
    r"""(?P<space>\s+)
    |(?P<comment>\#[^\n]*)
    |(?P<heredoc>(?:~[a-zA-Z])?(?P<hq>\"\"\"|\'\'\')[ \t]*\n
        (?P<hbody>.*?)\n(?P<hindent>[ \t]*)(?P=hq))
    |(?P<words>~[wW](?P<wopen>[^\w\s]))
    |(?P<sigil>~[a-zA-Z](?P<sopen>[^\w\s]))
    |(?P<quoted>(?P<q>["'])(?P<body>(?:[^"'\\]|\\.|(?!(?P=q))["'])*+)(?P=q))
    |(?P<unclosed>["'][^\n]*)
    |(?P<symbol>(?<![\w:]):(?P<sym>[^\W\d]\w*[?!]?))
    |(?P<map>%(?=\{)|%(?=[A-Z][\w.]*\{))
    |(?P<name>[^\W\d]\w*[?!]?)
    |(?P<num>\d[\w.]*)
    |(?P<punct>"""
    + _PUNCT
    + ")",
    re.S | re.X,
)


def lua_tokens(text: str) -> list[Token]:
    found: list[Token] = []
    for match in _LUA.finditer(text):
        kind = match.lastgroup or ""
        if kind in ("space", "comment", "unclosed"):
            continue
        if kind == "long":
            body = match.group("lbody")
            found.append(Token("str", body[1:] if body.startswith("\n") else body, match.start()))
        elif kind == "quoted":
            found.append(Token("str", _lua_unescape(match.group("body")), match.start()))
        else:
            found.append(Token(kind, match.group(), match.start()))
    return found


def _lua_unescape(body: str) -> str:
    def one(match: re.Match[str]) -> str:
        if match.group().startswith("\\z"):
            return ""
        codes = bytes(min(int(n), 255) for n in match.group().split("\\")[1:])
        return codes.decode("utf-8", errors="replace")

    return unescape(_LUA_ESCAPE.sub(one, body))


def ruby_tokens(text: str) -> list[Token]:
    found: list[Token] = []
    pending: list[tuple[int, re.Match[str]]] = []  # heredocs whose bodies are below
    at = 0
    while (match := _RUBY.match(text, at)) is not None:
        kind = match.lastgroup or ""
        at = match.end()
        if kind == "space" and pending and "\n" in match.group():
            start = match.start() + match.group().index("\n") + 1
            at, bodies = _heredoc_bodies(text, start, [opener for _, opener in pending])
            for (index, _), body in zip(pending, bodies, strict=True):
                found[index] = Token("str", body, found[index].offset)
            pending.clear()
        elif kind == "heredoc":
            pending.append((len(found), match))
            found.append(Token("str", "", match.start()))
        elif kind == "words":
            at = _word_list(text, match, found)
        elif kind == "pct":
            close = _CLOSING.get(match.group("popen"), match.group("popen"))
            end = text.find(close, at)
            end = len(text) if end < 0 else end
            found.append(Token("str", text[at:end], match.start()))
            at = end + 1
        elif kind == "quoted":
            found.append(Token("str", _ruby_string(match), match.start()))
        elif kind == "symbol":
            found.append(Token("str", match.group("sym"), match.start()))
        elif kind in ("name", "num", "punct"):
            found.append(Token(kind, match.group(), match.start()))
    return found


def _heredoc_bodies(text: str, at: int, openers: list[re.Match[str]]) -> tuple[int, list[str]]:
    """Each pending heredoc's body, read in order from ``at`` on, and where reading ends."""
    bodies = []
    for opener in openers:
        flag, ident = opener.group("flag"), opener.group("hid")
        indent = r"[ \t]*" if flag else ""
        close = re.compile(rf"^{indent}{re.escape(ident)}[ \t]*$", re.M).search(text, at)
        body = text[at : close.start() if close else len(text)]
        bodies.append((textwrap.dedent(body) if flag == "~" else body).rstrip("\n"))
        at = min(close.end() + 1, len(text)) if close else len(text)
    return at, bodies


def elixir_tokens(text: str) -> list[Token]:
    """Elixir: ``#`` comments, ``\"\"\"`` heredocs (less the closing line's indent), strings
    over lines, sigils (``~w(a b)`` a word list, others their text), atoms (``:term``) as
    strings, maps ``%{...}`` and structs ``%Term{...}`` as tables (``Term{`` a call)."""
    found: list[Token] = []
    at = 0
    while (match := _ELIXIR.match(text, at)) is not None:
        kind = match.lastgroup or ""
        at = match.end()
        if kind == "heredoc":
            indent = len(match.group("hindent"))
            lines = match.group("hbody").split("\n")
            body = "\n".join(line[indent:] if line[:indent].isspace() else line for line in lines)
            found.append(Token("str", body, match.start()))
        elif kind == "words":
            at = _word_list(text, match, found)
        elif kind == "sigil":
            close = _CLOSING.get(match.group("sopen"), match.group("sopen"))
            end = text.find(close, at)
            end = len(text) if end < 0 else end
            found.append(Token("str", text[at:end], match.start()))
            at = end + 1
        elif kind == "quoted":
            found.append(Token("str", unescape(match.group("body")), match.start()))
        elif kind == "symbol":
            found.append(Token("str", match.group("sym"), match.start()))
        elif kind in ("name", "num", "punct"):
            found.append(Token(kind, match.group(), match.start()))
    return found


def _word_list(text: str, match: re.Match[str], found: list[Token]) -> int:
    opener = match.group("wopen")
    close = _CLOSING.get(opener, opener)
    end = text.find(close, match.end())
    end = len(text) if end < 0 else end
    found.append(Token("punct", "[", match.start()))
    for n, word in enumerate(re.finditer(r"\S+", text[match.end() : end])):
        if n:
            found.append(Token("punct", ",", match.end() + word.start()))
        found.append(Token("str", word.group(), match.end() + word.start()))
    found.append(Token("punct", "]", end))
    return end + 1


def _ruby_string(match: re.Match[str]) -> str:
    body = match.group("body")
    if match.group("q") == "'":
        return re.sub(r"\\([\\'])", r"\1", body)
    return unescape(body)
