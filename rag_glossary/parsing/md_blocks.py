"""Line-level fixes made before markdown-it reads a glossary (md_terms.py).

- A kramdown / Python-Markdown attribute list (IAL) alone on its line, ``{: #id}``, is
  markup: the line is blanked (so that a definition list's term under ``{:auto_ids}``
  opens its own block), and its ``#id`` is the anchor of the heading, term or block it
  follows; ``{:#id} Term`` at the start of a line names that line's anchor.
- A definition-list term written right under the previous definition or list, with no
  blank line (``: A long fruit.`` / ``Cherry`` / ``: A small fruit.``), would be read as
  that text's lazy continuation, merging two entries: a blank line goes before it.
- List items written at column 0 right under a definition's text are its list (indented
  as the text is).
- Terms on consecutive lines over one definition (kramdown, PHP Markdown Extra) are one
  entry, titled by the first, the others its aliases (markdown-it reads no such list).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rag_glossary.parsing.inline import clean_title
from rag_glossary.parsing.markdown import (
    IAL_LINE,
    attribute_list_anchor,
    atx_heading,
    heading_anchor,
)

_SPAN_IAL = re.compile(r"^\{:[^{}\n]*\}")
# a bold term's own attributes, "**Term** { #id }" / "**Term**{: #id}", at a line's start
_BOLD_IAL = re.compile(r"^([ \t]*(?:[-*+][ \t]+)?\*\*[^*\n]+\*\*)[ \t]*(\{:?[ \t]*#[^{}\n]*\})")
_DEFINITION = re.compile(r"^:(?:[ \t]|$)")
_DEFINITION_TEXT = re.compile(r"^:[ \t]+(?=\S)")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S")
_NOT_A_TERM = re.compile(r"^(?:[ \t]|#|\||>|:|<|```|~~~)|[.,;]$")
_TERM_WORDS = 12


@dataclass(frozen=True)
class Blocks:
    """The text markdown-it reads, and where each of its lines was in the source."""

    text: str
    origin: tuple[int, ...]  # for each line of ``text``, its 0-based line in the source
    names: Mapping[int, tuple[str, ...]]  # 1-based line of a term -> terms sharing its text


def blank_attribute_lists(
    lines: Sequence[str], in_code: Sequence[bool]
) -> tuple[list[str], dict[int, str]]:
    """The lines with every IAL line blanked, and the anchors those IALs name."""
    out = list(lines)
    anchors: dict[int, str] = {}
    for i, line in enumerate(lines):
        if in_code[i]:
            continue
        if IAL_LINE.match(line):
            out[i] = ""
            owner = _owner(lines, i)
            if owner is not None and (anchor := attribute_list_anchor(line)):
                anchors.setdefault(owner + 1, anchor)
        elif (span := _SPAN_IAL.match(line)) and (anchor := attribute_list_anchor(span.group(0))):
            anchors.setdefault(i + 1, anchor)
        elif bold := _BOLD_IAL.match(line):
            # "**Term** { #id }: text": the term's anchor, and markup the term must lose
            out[i] = bold.group(1) + line[bold.end() :]
            if anchor := heading_anchor(bold.group(2)):
                anchors.setdefault(i + 1, anchor)
    return out, anchors


def _owner(lines: Sequence[str], i: int) -> int | None:
    """The line that opens the block an IAL line follows: the heading right above it,
    else the first line of the paragraph (or term and definition) it closes."""
    if _term_below(lines, i):
        return i + 1  # "{: #kaon}" over "Kaon" / ": A strange meson.": the term it precedes
    if i == 0 or not lines[i - 1].strip():
        # kramdown: an attribute list with a blank line above sets the block below it
        below = i + 1 < len(lines) and lines[i + 1].strip() and not _opens_block(lines[i + 1])
        return i + 1 if below else None
    if atx_heading(lines[i - 1]):
        return i - 1
    j = i - 1
    while j > 0 and lines[j - 1].strip() and not _opens_block(lines[j - 1]):
        j -= 1
    return j


def _term_below(lines: Sequence[str], i: int) -> bool:
    """A definition-list term (or bold term) right under line ``i``, its definition under it."""
    below = lines[i + 1 : i + 3]
    return len(below) == 2 and _term_like(below[0]) and bool(_DEFINITION.match(below[1]))


def _opens_block(line: str) -> bool:
    """A line the block under it cannot continue: a heading or another attribute list."""
    return bool(atx_heading(line) or IAL_LINE.match(line))


def split_terms(markdown: str, in_code: Sequence[bool]) -> Blocks:
    """A blank line before each definition-list term that follows a definition or a list
    with none between them; the lines of terms that share one definition dropped, their
    terms kept as the first one's other names (see the module docstring)."""
    lines = markdown.split("\n")
    shared = _shared_terms(lines, in_code)
    dropped = {j for rest in shared.values() for j in rest}
    out: list[str] = []
    origin: list[int] = []
    nest = ""  # the indentation a list glued under a definition's text gets
    nesting = False  # inside such a list: its lines all get it
    for i, line in enumerate(lines):
        if i in dropped:
            continue
        glued = not in_code[i] and _glued_term(lines, i)
        nest = _nesting(line, nest, in_code[i] or glued)
        if not nest or _DEFINITION.match(line):
            nesting = False
        elif _LIST_ITEM.match(line) and not line[0].isspace():
            nesting = True
        if glued:
            out.append("")
            origin.append(i)
        out.append(nest + line if nesting else line)
        origin.append(i)
    names = {
        i + 1: tuple(clean_title(lines[j].strip()) for j in rest) for i, rest in shared.items()
    }
    return Blocks("\n".join(out), tuple(origin), names)


def _nesting(line: str, nest: str, ends: bool) -> str:
    """The indentation of a definition's text (``:   A fruit with:`` gives four spaces),
    given to the list items written at column 0 right under it (``- sweet kinds``), which
    the text's author meant as the definition's list; markdown-it would read them as a
    list of their own, after the definition list, that belongs to no entry."""
    if ends or not line.strip():
        return ""
    if (marker := _DEFINITION_TEXT.match(line)) is not None:
        return " " * len(marker.group(0).expandtabs(4))
    return nest


def _term_like(line: str) -> bool:
    line = line.rstrip()
    return bool(
        line
        and not _NOT_A_TERM.search(line)
        and not _LIST_ITEM.match(line)
        and not IAL_LINE.match(line)
        and len(line.split()) <= _TERM_WORDS
    )


def _glued_term(lines: Sequence[str], i: int) -> bool:
    if i == 0 or i + 1 >= len(lines) or not _DEFINITION.match(lines[i + 1]):
        return False
    if not _term_like(lines[i]) or not lines[i - 1].strip():
        return False
    j = i - 1
    while j >= 0 and lines[j].strip():
        if _DEFINITION.match(lines[j]) or _LIST_ITEM.match(lines[j]):
            return True
        j -= 1
    return False


def _shared_terms(lines: Sequence[str], in_code: Sequence[bool]) -> dict[int, list[int]]:
    """Runs of two or more term lines over one definition (kramdown, PHP Markdown Extra:
    ``another term`` / ``and another term`` / ``: a definition for both``), which
    markdown-it reads as a paragraph: first term line -> the other term lines."""
    found: dict[int, list[int]] = {}
    for i in range(1, len(lines)):
        if in_code[i] or not _DEFINITION.match(lines[i]):
            continue
        first = i
        while first > 0 and not in_code[first - 1] and _term_like(lines[first - 1]):
            first -= 1
        above = lines[first - 1] if first else ""
        if i - first >= 2 and (not above.strip() or _opens_block(above)):
            found[first] = list(range(first + 1, i))
    return found


def restore_lines(tokens: Sequence[Any], origin: Sequence[int]) -> None:
    """Point each token's line range back at the source lines (lines were added or dropped)."""
    last = len(origin)
    for tok in tokens:
        if tok.map:
            start, end = tok.map
            tok.map = [
                origin[start] if start < last else start,
                origin[end - 1] + 1 if 0 < end <= last else end,
            ]
        if tok.children:
            restore_lines(tok.children, origin)
