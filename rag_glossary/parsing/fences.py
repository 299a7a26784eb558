"""Fenced code blocks in Markdown lines: which lines they span, and their text kept as code."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})(.*)$")


def code_mask(lines: Sequence[str], start: int = 0) -> list[bool]:
    """True for every line that is a fence marker or inside a fenced code block.

    A fence may open indented and close at any indentation (ai-glossary-m
    opens at column 1 and sometimes closes at column 0). An opener that is
    never closed is treated as text, so one stray fence cannot swallow the
    rest of a glossary.
    """
    closers = _closer_positions(lines, start)
    mask = [False] * len(lines)
    i = start
    while i < len(lines):
        match = FENCE.match(lines[i])
        if match and not (match.group(2)[0] == "`" and "`" in match.group(3)):
            end = _find_closer(closers, match.group(2), i)
            if end is not None:
                for j in range(i, end + 1):
                    mask[j] = True
                i = end + 1
                continue
        i += 1
    return mask


def _closer_positions(lines: Sequence[str], start: int) -> dict[str, list[tuple[int, int]]]:
    found: dict[str, list[tuple[int, int]]] = {"`": [], "~": []}
    for i in range(start, len(lines)):
        match = FENCE.match(lines[i])
        if match and not match.group(3).strip():
            marker = match.group(2)
            found[marker[0]].append((i, len(marker)))
    return found


def _find_closer(closers: dict[str, list[tuple[int, int]]], marker: str, opener: int) -> int | None:
    candidates = closers[marker[0]]
    k = bisect.bisect_right(candidates, (opener, 1 << 30))
    for index, length in candidates[k:]:
        if length >= len(marker):
            return index
    return None


def fence_indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def block_end(lines: Sequence[str], in_code: Sequence[bool], start: int) -> int:
    """Index after the fenced block opening at ``start`` (its closing fence included)."""
    opener = FENCE.match(lines[start])
    marker = opener.group(2) if opener else "```"
    for j in range(start + 1, len(lines)):
        if not in_code[j]:
            return j
        match = FENCE.match(lines[j])
        closing = match.group(2) if match and not match.group(3).strip() else ""
        if closing[:1] == marker[0] and len(closing) >= len(marker):
            return j + 1
    return len(lines)


def code_block(block: Sequence[str]) -> list[str]:
    """Fence lines unindented; content dedented by the opener's indentation if all of it has it."""
    opener = block[0].strip()
    closes = len(block) > 1 and bool(FENCE.match(block[-1]))
    content = block[1:-1] if closes else block[1:]
    dedent = min([fence_indent(block[0])] + [fence_indent(x) for x in content if x.strip()])
    lines = [opener, *(x[dedent:] for x in content)]
    if closes:
        lines.append(block[-1].strip())
    return lines


_CODE_INDENT = 4  # CommonMark: four spaces more than the prose make a line code
# a line a following indented paragraph continues: a list item, a definition (":"), or a
# MkDocs admonition or content tab (``!!! tip "Title"``, ``??? note``, ``=== "Tab"``), whose
# text is indented under it, a blank line between or not
_CONTINUED = re.compile(
    r"^\s*(?:[-*+•]|\d{1,3}[.)]|:)\s|^\s*(?:!!!|\?\?\?\+?)[ \t]+[A-Za-z]|^\s*===\+?[ \t]+\""
)


def _indent(line: str) -> int:
    expanded = line.expandtabs(4)
    return len(expanded) - len(expanded.lstrip(" "))


def indented_code(lines: Sequence[str], in_code: Sequence[bool], base: int) -> dict[int, int]:
    """Indented code blocks (CommonMark's four spaces), as start -> end (exclusive).

    A block follows a blank line after prose at the body's own indentation (``base``);
    after a list item, a definition or an indented line, the indentation continues that
    item, so it is no code. Blank lines inside a block belong to it, trailing ones not."""
    blocks: dict[int, int] = {}
    previous = ""  # the last non-blank line before the current run of blank lines
    i = 0
    while i < len(lines):
        line = lines[i]
        after_blank = i > 0 and not lines[i - 1].strip()
        opens = line.strip() and not in_code[i] and _indent(line) >= base + _CODE_INDENT
        prose_before = previous and _indent(previous) <= base and not _CONTINUED.match(previous)
        if opens and after_blank and prose_before:
            end = i + 1
            for j in range(i + 1, len(lines)):
                if in_code[j] or (lines[j].strip() and _indent(lines[j]) < base + _CODE_INDENT):
                    break
                if lines[j].strip():
                    end = j + 1
            blocks[i] = end
            previous, i = lines[end - 1], end
            continue
        if line.strip():
            previous = line
        i += 1
    return blocks


def indented_block(block: Sequence[str], base: int) -> list[str]:
    """An indented code block as a fenced one, its code dedented."""
    cut = base + _CODE_INDENT
    return ["```", *(line.expandtabs(4)[cut:] for line in block), "```"]
