"""HTML glossaries written as plain ``<p>Term: definition</p>`` paragraphs (no bold, no
``<dl>``, no heading per term): html_page.py's last reading, for a page where nothing else
found three terms. Each paragraph or list item whose text opens with a short term and a
colon (generic.term_of, as a text file's ``Term: definition`` line) is an entry, when such
blocks are at least three and most of the page's paragraphs: a page of prose whose few
paragraphs open "Note: ..." is no glossary. A colon later in the text stays in it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rag_glossary.parsing.base import Section
from rag_glossary.parsing.generic import term_of

_MIN_TERMS = 3
_BLOCKS = ("p", "li")
SectionMaker = Callable[[str, Any, str, Any], "Section | None"]


def colon_paragraph_terms(
    root: Any, text_of: Callable[[Any], str], make: SectionMaker
) -> list[Section]:
    blocks = [b for b in root.find_all(_BLOCKS) if not b.find(_BLOCKS)]
    found: list[Section] = []
    for block in blocks:
        read = term_of(text_of(block).replace("\n", " "))
        if read is None or not (read[0][:1].isupper() or read[0][:1].isdigit()):
            continue
        section = make(read[0], block, read[1].strip(), None)
        if section is not None:
            found.append(section)
    if len(found) < _MIN_TERMS or 2 * len(found) <= len(blocks):
        return []
    return found
