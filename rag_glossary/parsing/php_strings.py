"""The HTML a PHP file keeps in its code's strings: a page template's markup.

A PHP page file often holds its whole page in string assignments, not around its tags
(``$title = '...'; $content = '<h2>...</h2><dl><dt id="bar">...</dl>';`` that a layout
echoes): the page outside the tags is empty and the arrays hold no terms, yet the file is a
glossary page. ``string_page`` gives the code's string literals that hold HTML markup (a
start tag), decoded as PHP reads them, each at its place in the file and everything else
blanked (newlines kept, so a term's line is its line in the file), for the HTML reader.
Single- and double-quoted strings, heredocs and nowdocs count; comments do not. A string
with no tag (a title, a class name, an URL) is no page text. In a double-quoted string or a
heredoc a variable PHP interpolates (``$name``, ``{$row['x']}``) is not text and is dropped;
an escaped line break (``\\n``) reads as a space (HTML's whitespace), so lines hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rag_glossary.lazy_re import lazy_regex
from rag_glossary.parsing.php_source import php_parts

# What opens a string or a comment in PHP code (the code of php_parts: the page blanked).
_CODE_TOKEN = lazy_regex(r"""['"]|//|#|/\*|<<<""")
_SINGLE = lazy_regex(r"'((?:[^'\\]|\\.)*)'", re.S)
_DOUBLE = lazy_regex(r'"((?:[^"\\]|\\.)*)"', re.S)
_HEREDOC = lazy_regex(r"""<<<[ \t]*(["']?)([A-Za-z_]\w*)\1\r?\n""")
# HTML markup: a start tag of an element (``<p>``, ``<dt id="x">``, ``<br/>``).
_START_TAG = lazy_regex(r"<[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
# In a double-quoted string or a heredoc: an escape, or a variable PHP interpolates.
_DOUBLE_PART = lazy_regex(
    r"\\(?:([tvfe\\$\"'])|([nr])|x([0-9A-Fa-f]{1,2})|u\{([0-9A-Fa-f]+)\}|([0-7]{1,3}))"
    r"|\{\$[^{}]*\}|\$[A-Za-z_]\w*(?:->[A-Za-z_]\w*|\[[^\]\n]*\])?"
)
_DOUBLE_ESCAPES = {"t": "\t", "v": "\v", "f": "\f", "e": " "}


def string_page(text: str) -> str:
    """The HTML in the code's strings, at their places, the rest blanked; "" when none."""
    code = php_parts(text).code
    kept: list[str] = []
    at = 0
    for start, end, value in _strings(code):
        if not _START_TAG.search(value):
            continue
        kept.append(_blank(text[at:start]))
        kept.append(value)
        at = end
    if not kept:
        return ""
    kept.append(_blank(text[at:]))
    return "".join(kept)


def _strings(code: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, decoded value) of each string literal of the code, in order."""
    at = 0
    while (found := _CODE_TOKEN.search(code, at)) is not None:
        token, at = found.group(), found.start()
        if token in ("//", "#"):
            stop = code.find("\n", at)
            at = len(code) if stop < 0 else stop
        elif token == "/*":
            close = code.find("*/", at + 2)
            at = len(code) if close < 0 else close + 2
        elif token == "<<<":
            opening = _HEREDOC.match(code, at)
            if opening is None:
                at += 3
                continue
            end_tag = re.compile(rf"^[ \t]*{opening.group(2)}\b", re.M)
            closing = end_tag.search(code, opening.end())
            stop = closing.start() if closing else len(code)
            body = code[opening.end() : stop].rstrip("\r\n")
            nowdoc = opening.group(1) == "'"
            yield at, stop, body if nowdoc else _double(body, heredoc=True)
            at = closing.end() if closing else len(code)
        else:
            string = (_SINGLE if token == "'" else _DOUBLE).match(code, at)
            if string is None:
                return
            raw = string.group(1)
            value = re.sub(r"\\([\\'])", r"\1", raw) if token == "'" else _double(raw)
            yield at, string.end(), value
            at = string.end()


def _double(raw: str, heredoc: bool = False) -> str:
    """A double-quoted string's (or a heredoc's) text: escapes decoded, variables dropped."""
    return _DOUBLE_PART.sub(lambda m: _escape(m, heredoc), raw)


def _escape(match: re.Match[str], heredoc: bool) -> str:
    simple, newline, hex_code, unicode, octal = match.groups()
    if not match.group().startswith("\\"):
        return " "  # an interpolated variable: not the page's text
    if simple is not None:
        if heredoc and simple == '"':
            return match.group()  # a heredoc keeps \" as written
        return _DOUBLE_ESCAPES.get(simple, simple)
    if newline is not None:
        return " "
    if hex_code is not None:
        return _char(int(hex_code, 16))
    if unicode is not None:
        return _char(int(unicode, 16))
    return _char(int(octal, 8) % 256)


def _char(code: int) -> str:
    return chr(code) if 0 < code < 0x110000 and chr(code) not in "\r\n" else " "


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)
