"""Dialect ``archive``: exported notes with ``# Term {#explicit-anchor}`` entries.

Deeper headings, and level-1 headings without ``{#...}`` (such as
``# [Supervised Learning](#supervised-learning)``), belong to the entry they
stand in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.parsing.base import Parsed, Section, acronym_aliases
from rag_glossary.parsing.clean import code_mask, front_matter
from rag_glossary.parsing.markdown import Heading, headings, preamble_section, section_from_lines

_EXPLICIT_ANCHOR = re.compile(r"\{#([^{}\s]+)\}\s*$")


def explicit_anchor(raw: str) -> str | None:
    match = _EXPLICIT_ANCHOR.search(raw)
    return match.group(1) if match else None


def parse(lines: Sequence[str], source: str) -> Parsed:
    meta = front_matter(lines)
    in_code = code_mask(lines, meta.end)
    level1 = [h for h in headings(lines, in_code, meta.end) if h.level == 1]
    starts = [h for h in level1 if explicit_anchor(h.raw)]
    if not starts:  # no explicit anchors at all: every level-1 heading is an entry
        starts = level1
    doc_title = meta.fields.get("title") or None
    sections: list[Section] = []
    first = starts[0].index if starts else len(lines)
    preamble = preamble_section(doc_title or source, lines, in_code, meta.end, first)
    if preamble:
        sections.append(preamble)
    for n, heading in enumerate(starts):
        end = starts[n + 1].index if n + 1 < len(starts) else len(lines)
        sections.append(_section(heading, lines, in_code, end))
    return Parsed(sections, title=doc_title, permalink=meta.fields.get("permalink") or None)


def _section(heading: Heading, lines: Sequence[str], in_code: Sequence[bool], end: int) -> Section:
    start = heading.index + 1
    section = section_from_lines(heading.raw, heading.index, lines[start:end], in_code[start:end])
    section.anchor = explicit_anchor(heading.raw)
    section.aliases = acronym_aliases(section.title)
    return section
