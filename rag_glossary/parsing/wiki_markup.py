"""DokuWiki and MediaWiki page source read as the Markdown it stands for, line for line.

Both mark a heading by runs of ``=`` around it, but count the other way: DokuWiki's
``====== Page ======`` is its top level and ``==== Term ====`` a lower one; MediaWiki's
``== Section ==`` is above ``=== Term ===``. A page opens with its top level, so the first
heading's run tells which way the page counts; each run length then becomes the
``#`` level of its rank. MediaWiki's ``'''bold'''`` becomes ``**bold**`` and its
definition lines ``; term : text`` / ``; term`` over ``: text`` bullets
``- **term**: text`` (the text lines indented under it), as the term readers know them.
A term wholly in bold (``; '''Artist'''``) is the term's words: the ``;`` marks it already.
A definition list nested in a definition (``:; '''GSC-1X'''`` over ``:: The original ...``)
is part of that entry's text, one ``- GSC-1X: The original ...`` item per sub-term.
``[[target|text]]`` links are read by inline.py already. A page with any Markdown ``#``
heading is left as it is.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^[ \t]*(={2,6})[ \t]*([^=\s][^\n]*?)[ \t]*(={2,6})[ \t]*$", re.MULTILINE)
# A page known to be MediaWiki's may also have a level-1 heading, "= GLOSSARY =".
_PAGE_HEADING = re.compile(r"^[ \t]*(={1,6})[ \t]*([^=\s][^\n]*?)[ \t]*(\1)[ \t]*$", re.MULTILINE)
_ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.MULTILINE)
_BOLD = re.compile(r"'''(?!')(.+?)(?<!')'''")
_TERM_AND_TEXT = re.compile(r"^;[ \t]*([^:\n]+?)[ \t]+:[ \t]+(\S.*)$")  # "; term : text"
_TERM_ALONE = re.compile(r"^;[ \t]*(\S[^\n]*?)[ \t]*$")  # "; term" over ": text"
_TEXT_LINE = re.compile(r"^:[ \t]*(\S.*)$")
_SUB_TERM = re.compile(r"^:+;[ \t]*(\S.*)$")  # ":; term" inside a definition
_SUB_TEXT = re.compile(r"^::+[ \t]*(\S.*)$")  # ":: text" under a ":; term"
# "''Term''" (mediawiki.py's "*Term*"): the whole term in italics.
_WRAPPED = re.compile(r"^(''|\*)(?!['*])([^'*\s](?:.*?[^'*\s])?)(?<!['*])\1$")


def is_wiki_markup(text: str) -> bool:
    return bool(_HEADING.search(text)) and not _ATX.search(text)


def wiki_to_markdown(text: str, *, mediawiki: bool = False) -> str:
    """The page with wiki headings, bold and definition lines in Markdown; lines kept.

    ``mediawiki``: the page is known to be MediaWiki's (by its file name), so shorter runs
    of ``=`` are higher (``= Page =`` the highest), and a page without headings still has
    its definition lines read.
    """
    heading = _PAGE_HEADING if mediawiki else _HEADING
    runs = [len(m.group(1)) for m in heading.finditer(text)]
    if not runs and not mediawiki:
        return text
    # DokuWiki when the first heading has the longest run (its top level), else MediaWiki.
    dokuwiki = not mediawiki and runs[0] == max(runs)
    ordered = sorted(set(runs), reverse=dokuwiki)
    level = {run: rank + 1 for rank, run in enumerate(ordered)}
    lines: list[str] = []
    in_term = False  # under a "; term" line, whose ": text" lines continue it
    open_sub = False  # the line above is a ":; term" still without its text
    for line in text.split("\n"):
        if in_term and (sub := _SUB_TERM.match(line)):
            lines.append(f"  - {_sub_term(sub.group(1))}")
            open_sub = not _TERM_AND_TEXT.match(f";{sub.group(1)}")
            continue
        if in_term and open_sub and (sub_text := _SUB_TEXT.match(line)):
            lines[-1] += f": {_bold(sub_text.group(1))}"
            open_sub = False
            continue
        open_sub = False
        if in_term and (text_line := _TEXT_LINE.match(line)):
            lines.append(f"  {text_line.group(1)}")
            continue
        in_term = line.startswith(";")
        lines.append(_line(line, level, heading))
    return "\n".join(lines)


def _bold(text: str) -> str:
    return _BOLD.sub(r"**\1**", text) if "'''" in text else text


def _term(term: str) -> str:
    """A definition term's words: the ``;`` marks it a term, so bold in it is no part of
    its name (``'''Artist'''``, ``'''Bed''' or '''bank'''``), nor italics around it all."""
    term = " ".join(term.replace("'''", "").split())
    wrapped = _WRAPPED.match(term)
    return wrapped.group(2) if wrapped and wrapped.group(1) not in wrapped.group(2) else term


def _sub_term(line: str) -> str:
    """``:; term : text`` or ``:; term`` as one item: ``term: text`` or ``term``."""
    if pair := _TERM_AND_TEXT.match(f";{line}"):
        return f"{_term(pair.group(1))}: {_bold(pair.group(2))}"
    return _term(line.strip())


def _line(line: str, level: dict[int, int], heading_line: re.Pattern[str]) -> str:
    if line.startswith(";"):
        if pair := _TERM_AND_TEXT.match(line):
            return f"- **{_term(pair.group(1))}**: {_bold(pair.group(2))}"
        if alone := _TERM_ALONE.match(line):
            return f"- **{_term(alone.group(1))}**"
    heading = heading_line.match(line)
    if heading:
        return f"{'#' * level[len(heading.group(1))]} {heading.group(2)}"
    return _bold(line)
