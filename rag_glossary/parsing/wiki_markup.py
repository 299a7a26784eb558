"""DokuWiki and MediaWiki page source read as the Markdown it stands for, line for line.

Both mark a heading by runs of ``=`` around it, but count the other way: DokuWiki's
``====== Page ======`` is its top level and ``==== Term ====`` a lower one; MediaWiki's
``== Section ==`` is above ``=== Term ===``. A page opens with its top level, so the first
heading's run tells which way the page counts; each run length then becomes the
``#`` level of its rank. MediaWiki's ``'''bold'''`` becomes ``**bold**`` and its
definition lines ``; term : text`` / ``; term`` over ``: text`` bullets
``- **term**: text`` (the text lines indented under it), as the term readers know them.
``[[target|text]]`` links are read by inline.py already. A page with any Markdown ``#``
heading is left as it is.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^[ \t]*(={2,6})[ \t]*([^=\s][^\n]*?)[ \t]*(={2,6})[ \t]*$", re.MULTILINE)
_ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.MULTILINE)
_BOLD = re.compile(r"'''(?!')(.+?)(?<!')'''")
_TERM_AND_TEXT = re.compile(r"^;[ \t]*([^:\n]+?)[ \t]+:[ \t]+(\S.*)$")  # "; term : text"
_TERM_ALONE = re.compile(r"^;[ \t]*(\S[^\n]*?)[ \t]*$")  # "; term" over ": text"
_TEXT_LINE = re.compile(r"^:[ \t]*(\S.*)$")


def is_wiki_markup(text: str) -> bool:
    return bool(_HEADING.search(text)) and not _ATX.search(text)


def wiki_to_markdown(text: str, *, mediawiki: bool = False) -> str:
    """The page with wiki headings, bold and definition lines in Markdown; lines kept.

    ``mediawiki``: the page is known to be MediaWiki's (by its file name), so shorter runs
    of ``=`` are higher, and a page without headings still has its definition lines read.
    """
    runs = [len(m.group(1)) for m in _HEADING.finditer(text)]
    if not runs and not mediawiki:
        return text
    # DokuWiki when the first heading has the longest run (its top level), else MediaWiki.
    dokuwiki = not mediawiki and runs[0] == max(runs)
    ordered = sorted(set(runs), reverse=dokuwiki)
    level = {run: rank + 1 for rank, run in enumerate(ordered)}
    lines: list[str] = []
    in_term = False  # under a "; term" line, whose ": text" lines continue it
    for line in text.split("\n"):
        if in_term and (text_line := _TEXT_LINE.match(line)):
            lines.append(f"  {text_line.group(1)}")
            continue
        in_term = line.startswith(";")
        lines.append(_line(line, level))
    return "\n".join(lines)


def _line(line: str, level: dict[int, int]) -> str:
    heading = _HEADING.match(line)
    if heading:
        return f"{'#' * level[len(heading.group(1))]} {heading.group(2)}"
    if "'''" in line:
        line = _BOLD.sub(r"**\1**", line)
    if line.startswith(";"):
        if pair := _TERM_AND_TEXT.match(line):
            return f"- **{pair.group(1)}**: {pair.group(2)}"
        if alone := _TERM_ALONE.match(line):
            return f"- **{alone.group(1)}**"
    return line
