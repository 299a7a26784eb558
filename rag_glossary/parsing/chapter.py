"""Dialect ``chapter``: a book chapter in Markdown.

Each ``##``/``###`` section is an entry holding the text up to the next
heading; the text before the first heading is an entry titled by the front
matter's ``title:``. A ``#`` heading also starts an entry; ``####`` and deeper
stay inside the section they stand in.
"""

from __future__ import annotations

from collections.abc import Sequence

from rag_glossary.parsing.base import Parsed, Section, acronym_aliases
from rag_glossary.parsing.clean import front_matter
from rag_glossary.parsing.fences import code_mask
from rag_glossary.parsing.markdown import headings, preamble_section, section_from_lines
from rag_glossary.parsing.md_section_tables import table_rows

ENTRY_LEVELS = (1, 2, 3)


def parse(lines: Sequence[str], source: str) -> Parsed:
    meta = front_matter(lines)
    in_code = code_mask(lines, meta.end)
    starts = [h for h in headings(lines, in_code, meta.end) if h.level in ENTRY_LEVELS]
    doc_title = meta.fields.get("title") or None
    sections: list[Section] = []
    first = starts[0].index if starts else len(lines)
    preamble = preamble_section(doc_title or source, lines, in_code, meta.end, first, len(starts))
    if preamble:
        sections.append(preamble)
    for n, heading in enumerate(starts):
        end = starts[n + 1].index if n + 1 < len(starts) else len(lines)
        body, code = lines[heading.index + 1 : end], in_code[heading.index + 1 : end]
        rows = table_rows(heading.raw, body, code, heading.index + 1)
        if rows is not None:
            sections.extend(rows)  # "## Glossary" over a term table: md_section_tables.py
            continue
        section = section_from_lines(
            heading.raw,
            heading.index,
            lines[heading.index + 1 : end],
            in_code[heading.index + 1 : end],
        )
        section.aliases = acronym_aliases(section.title)
        sections.append(section)
    return Parsed(sections, title=doc_title, permalink=meta.fields.get("permalink") or None)
