"""Dialects ``haml``, ``slim``, ``pug``: a page template whose elements nest by indentation,
rendered to the HTML it stands for and read by the HTML reader (page_scripts.py).

HAML (Rails views, ``.haml``), Slim (``.slim``) and Pug/Jade (``.pug``, ``.jade``) write one
element a line, its children indented under it: ``%p`` / ``p``, ``%strong{class: "x"} Term``
/ ``strong.x Term`` / ``strong(class="x") Term``, a bare ``.class`` or ``#id`` for a
``<div>``. Each line becomes its open tag (and inline text) at the same line of the HTML, its
close tag goes after its last nested line, so the reader's line numbers stay the file's.
Code is never run: a line of code (HAML's ``- if``, ``= render ... do``, Slim's and Pug's
``-`` / ``=``) renders nothing, its nested lines stay (a layout block, a branch); an output
expression (``%dd= t('x')``, ``#{name}``) gives no text, so terms a view prints from data
are not in the file. Comments go with their nested lines (HAML ``-#`` and ``/``, Slim ``/``,
Pug ``//``). Filters (``:markdown``, ``:plain``, Pug's ``p.`` text block) keep their text,
Markdown rendered by markdown-it; ``:javascript`` is a script (page_scripts.py reads its
literals); styles and code filters go. The line readers are template_lines.py's.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rag_glossary.parsing.base import Parsed
from rag_glossary.parsing.fields import FieldSpec

# How a line's nested lines are read: as lines of the template, or as one block of
# "text" (kept as written), "escaped" text, "markdown", a "script", or "drop"ped.
LINES, DROP = "", "drop"
_INTERPOLATION = re.compile(r"[#!]\{")
_CLOSERS = {"{": "}", "(": ")", "[": "]"}


@dataclass(frozen=True)
class Node:
    """What one template line renders: HTML at its line, HTML after its nested lines."""

    open: str = ""
    close: str = ""
    block: str = LINES


LineReader = Callable[[str], Node]
# The line's content and the lines after it: how many lines it spans (attributes written
# over several lines, a ``|`` continued line).
Continuation = Callable[[str, Sequence[str]], int]


def parse_indented(
    text: str,
    source: str,
    spec: FieldSpec,
    read: LineReader,
    spans: Continuation,
    inline: Callable[[str], str] | None = None,
) -> Parsed:
    from rag_glossary.parsing.page_scripts import parse_page

    page = parse_page(indented_html(text, read, spans, inline), source, spec)
    if page.sections or page.problem is None:
        return page
    return Parsed([], title=page.title, problem=f"its HTML has {page.problem}")


def indented_html(
    text: str, read: LineReader, spans: Continuation, inline: Callable[[str], str] | None = None
) -> str:
    """The template as HTML, line for line: line i of the HTML holds line i's element.
    ``inline`` renders a text block's lines (Pug's ``#[em x]``); by default their code goes."""
    lines = text.split("\n")
    out = [""] * len(lines)
    stack: list[tuple[int, str]] = []  # (indent, close tag) of the open lines
    last = 0  # the last line written: close tags go at its end
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        indent = _indent(lines[i])
        while stack and stack[-1][0] >= indent:
            out[last] += stack.pop()[1]
        more = spans(lines[i].strip(), lines[i + 1 :])
        content = " ".join(line.strip() for line in lines[i : i + 1 + more])
        node = read(content)
        out[i], last = node.open, i + more
        i += 1 + more
        if node.block != LINES:
            end = _block_end(lines, i, indent)
            if end > i:
                rendered = render_block(node.block, _dedent(lines[i:end]), inline)
                for k, piece in enumerate(_fold(rendered, end - i)):
                    out[i + k] = piece
                last = end - 1
            i = end
        stack.append((indent, node.close))
    while stack:
        out[last] += stack.pop()[1]
    return "\n".join(out)


def render_block(
    kind: str, lines: list[str], inline: Callable[[str], str] | None = None
) -> list[str]:
    """A filter's or text block's nested lines as HTML lines."""
    if kind == "text":
        return [(inline or without_code)(line) for line in lines]
    if kind == "escaped":
        return [html.escape(without_code(line), quote=False) for line in lines]
    if kind == "markdown":
        from markdown_it import MarkdownIt

        rendered = MarkdownIt("commonmark", {"html": True}).enable("table")
        page: str = rendered.render("\n".join(without_code(line) for line in lines))
        return page.split("\n")
    if kind == "script":
        return ["<script>", *lines, "</script>"]
    return []


def without_code(text: str) -> str:
    """Text without its ``#{...}`` / ``!{...}`` interpolations (code, never run)."""
    parts, at = [], 0
    for found in _INTERPOLATION.finditer(text):
        if found.start() < at:
            continue
        end = balanced_end(text, found.end() - 1)
        parts.append(text[at : found.start()])
        at = len(text) if end < 0 else end
    return "".join(parts) + text[at:]


def balanced_end(text: str, start: int) -> int:
    """Where the bracket opened at ``text[start]`` is closed (the index after it), quotes and
    nested brackets skipped; -1 when it is not closed in ``text``."""
    depth: list[str] = []
    at = start
    while at < len(text):
        ch = text[at]
        if ch in "\"'":
            close = text.find(ch, at + 1)
            while close > 0 and text[close - 1] == "\\":
                close = text.find(ch, close + 1)
            if close < 0:
                return -1
            at = close + 1
            continue
        if ch in _CLOSERS:
            depth.append(_CLOSERS[ch])
        elif depth and ch == depth[-1]:
            depth.pop()
            if not depth:
                return at + 1
        at += 1
    return -1


def open_tag(name: str, attributes: dict[str, str], void: bool = False) -> str:
    shown = "".join(f' {k}="{html.escape(v)}"' for k, v in attributes.items())
    return f"<{name}{shown}{' /' if void else ''}>"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _block_end(lines: Sequence[str], start: int, indent: int) -> int:
    """The end of the lines nested deeper than ``indent`` from ``start`` (blank lines
    inside count, trailing ones do not)."""
    end = at = start
    while at < len(lines) and (not lines[at].strip() or _indent(lines[at]) > indent):
        at += 1
        if lines[at - 1].strip():
            end = at
    return end


def _dedent(lines: Sequence[str]) -> list[str]:
    margin = min((_indent(line) for line in lines if line.strip()), default=0)
    return [line[margin:] for line in lines]


def _fold(rendered: list[str], room: int) -> list[str]:
    """``rendered`` in ``room`` lines: lines beyond the room join the last one."""
    if len(rendered) <= room:
        return rendered
    return [*rendered[: room - 1], " ".join(rendered[room - 1 :])]
