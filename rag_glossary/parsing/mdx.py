"""MDX (``.mdx``): Markdown plus JSX, read as Markdown once the JSX-only lines are blanked.

Blanked, outside code fences: ``import``/``export`` blocks (ESM, up to the next
blank line), the lines of a JSX component tag (``<Tip>``, ``</Tip>``,
``<Youtube id="x" />``, a tag spread over several lines) and ``{/* comments */}``.
The text between a component's tags stays. Lines are blanked, not removed, so
every entry keeps its line number.
"""

from __future__ import annotations

import re

from rag_glossary.parsing.fences import code_mask

MDX_SUFFIXES = (".mdx",)
_ESM = re.compile(r"^(?:import|export)\s")
_COMPONENT = re.compile(r"^\s*</?[A-Z][\w.]*(?=[\s/>]|$)")
_TAG = re.compile(r"</?[A-Z][\w.]*(?:\s[^<>]*)?/?>")
_MAX_TAG_LINES = 40
_COMMENT = re.compile(r"\{/\*.*?\*/\}", re.DOTALL)


def is_mdx(filename: str) -> bool:
    return filename.lower().endswith(MDX_SUFFIXES)


def strip_mdx(text: str) -> str:
    """``text`` with its ESM blocks, component tags and MDX comments blanked."""
    text = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    lines = text.split("\n")
    in_code = code_mask(lines)
    i = 0
    while i < len(lines):
        if in_code[i]:
            i += 1
        elif _ESM.match(lines[i]):
            while i < len(lines) and lines[i].strip():  # an ESM block ends at a blank line
                lines[i] = ""
                i += 1
        elif _COMPONENT.match(lines[i]) and (end := _tag_end(lines, i)) is not None:
            for j in range(i, end):  # the lines of a tag written over several lines
                lines[j] = ""
            lines[end] = _TAG.sub("", lines[end]) if end == i else ""
            i = end + 1
        else:
            i += 1
    return "\n".join(lines)


def _tag_end(lines: list[str], start: int) -> int | None:
    """The line where the tag opened at ``start`` closes (None: not a tag after all)."""
    for j in range(start, min(len(lines), start + _MAX_TAG_LINES)):
        if ">" in lines[j]:
            return j
    return None
