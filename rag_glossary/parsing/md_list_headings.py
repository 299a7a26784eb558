"""Headings written as list items: ``1.  ##### Acceptable level`` then the definition.

CommonMark reads such an item as a list item whose content is a heading (an ``<h5>``
inside an ``<li>``): the heading names the term, the list number is only the page's
numbering. The heading dialects look for ATX headings at column 0, so the item's line is
rewritten to its heading (the marker goes) and the item's further lines lose the item's
content indent; every line keeps its number, so entries keep their source lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

# A list marker then an ATX heading: the cheap test before the Markdown parser runs.
_MARKED_HEADING = re.compile(r"^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])([ \t]+)#{1,6}(?:[ \t]|$)")


def list_item_headings(lines: Sequence[str], in_code: Sequence[bool], start: int) -> list[str]:
    """``lines`` with every list item that opens with a heading written as that heading."""
    out = list(lines)
    if not any(
        _MARKED_HEADING.match(lines[i]) and not in_code[i] for i in range(start, len(lines))
    ):
        return out
    tokens = _tokens(lines, start)
    for k in range(1, len(tokens)):
        item, heading = tokens[k - 1], tokens[k]
        if item.type != "list_item_open" or heading.type != "heading_open":
            continue
        first, end = item.map[0] + start, item.map[1] + start
        if heading.map[0] + start != first or in_code[first]:
            continue
        match = _MARKED_HEADING.match(lines[first])
        if match is None:
            continue  # a nested item's marker ("- 1. ## Term"): left as written
        indent = match.end(1)
        out[first] = lines[first][indent:]
        for j in range(first + 1, end):
            out[j] = _dedent(lines[j], indent)
    return out


def _tokens(lines: Sequence[str], start: int) -> list[Any]:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").parse("\n".join(lines[start:]))


def _dedent(line: str, indent: int) -> str:
    """The line without up to ``indent`` leading spaces (a lazy line keeps its text)."""
    spaces = len(line) - len(line.lstrip(" "))
    return line[min(spaces, indent) :]
