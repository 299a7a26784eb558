"""A raw HTML definition list or term table inside a Markdown page (Jekyll, Hugo:
``<dl>`` ... ``</dl>``, ``<table>`` ... ``</table>``).

Markdown shows a raw HTML block as HTML, but the Markdown dialects read text split at
blank lines, so such a page glued one term's definition to the next term's name. Each
``<dl>`` block (a line opening ``<dl`` outside code, up to the line that closes it)
holding at least three terms is read the way the ``html`` dialect reads ``<dl>`` pairs
(one entry per ``<dt>``, its ``<dd>`` the definition, entities decoded), and its lines
are blanked for the Markdown reader, so every entry keeps its line number. A
``<table>`` block is read the same way when it is a two-column term table
(md_html_tables.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rag_glossary.parsing.base import Section, slash_aliases
from rag_glossary.parsing.fences import code_mask

_DL = (re.compile(r"^ {0,3}<dl[\s>]", re.IGNORECASE), re.compile(r"</dl\s*>", re.IGNORECASE))
_TABLE = (
    re.compile(r"^ {0,3}<table[\s>]", re.IGNORECASE),
    re.compile(r"</table\s*>", re.IGNORECASE),
)
_MIN_TERMS = 3


@dataclass(frozen=True)
class HtmlLists:
    """The Markdown text with its ``<dl>`` blocks blanked, and their entries."""

    text: str
    sections: tuple[Section, ...]


def html_definition_lists(text: str) -> HtmlLists:
    lines = text.split("\n")
    in_code = code_mask(lines)
    sections: list[Section] = []
    for tags, read in ((_DL, _read), (_TABLE, _read_table)):
        for start, end in _blocks(lines, in_code, tags):
            found = read(lines, start, end)
            if len(found) < _MIN_TERMS:
                continue
            sections.extend(found)
            lines[start:end] = [""] * (end - start)
    if not sections:
        return HtmlLists(text, ())
    return HtmlLists("\n".join(lines), tuple(sections))


def _blocks(
    lines: Sequence[str], in_code: Sequence[bool], tags: tuple[re.Pattern[str], re.Pattern[str]]
) -> list[tuple[int, int]]:
    """(first, past-last) line indexes of each block outside code that opens and closes
    with ``tags`` (``<dl>``, ``<table>``)."""
    opening, closing = tags
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if in_code[i] or not opening.match(lines[i]):
            i += 1
            continue
        end = next((j for j in range(i, len(lines)) if closing.search(lines[j])), None)
        if end is None:
            break  # never closed: not a block this reader trusts
        found.append((i, end + 1))
        i = end + 1
    return found


def _read(lines: Sequence[str], start: int, end: int) -> list[Section]:
    from bs4 import BeautifulSoup  # only for pages that hold such a block

    from rag_glossary.parsing.html_page import definition_lists

    # Leading newlines make the parser's line numbers the file's own.
    soup = BeautifulSoup("\n" * start + "\n".join(lines[start:end]), "html.parser")
    sections = definition_lists(soup)
    for section in sections:
        section.aliases = [*section.aliases, *slash_aliases(section.title)]
    return sections


def _read_table(lines: Sequence[str], start: int, end: int) -> list[Section]:
    from rag_glossary.parsing.md_html_tables import table_terms

    return table_terms("\n".join(lines[start:end]), start)
