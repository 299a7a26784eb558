"""Dialect ``archive``: exported notes with ``# Term {#explicit-anchor}`` entries.

Deeper headings, and level-1 headings without ``{#...}`` (such as
``# [Supervised Learning](#supervised-learning)``), belong to the entry they
stand in, with one exception: a heading that is not itself a link, has no
``{#...}``, and whose slug other notes link to (``[Many-to-Many
Relationships](#many-to-many-relationships)``) is a note whose
``# Title {#anchor}`` line the export lost, so it starts an entry of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.parsing.base import Parsed, Section, acronym_aliases
from rag_glossary.parsing.clean import front_matter
from rag_glossary.parsing.fences import code_mask
from rag_glossary.parsing.inline import INLINE_LINK, clean_title
from rag_glossary.parsing.markdown import Heading, headings, preamble_section, section_from_lines
from rag_glossary.parsing.slug import slugify

_EXPLICIT_ANCHOR = re.compile(r"\{#([^{}\s]+)\}\s*$")
_ANCHOR_LINK = re.compile(r"\]\(#([^()\s]+)\)")


def explicit_anchor(raw: str) -> str | None:
    match = _EXPLICIT_ANCHOR.search(raw)
    return match.group(1) if match else None


def parse(lines: Sequence[str], source: str) -> Parsed:
    meta = front_matter(lines)
    in_code = code_mask(lines, meta.end)
    found = headings(lines, in_code, meta.end)
    level1 = [h for h in found if h.level == 1]
    starts = [h for h in level1 if explicit_anchor(h.raw)]
    if not starts:  # no explicit anchors at all: every level-1 heading is an entry
        starts = level1
    else:
        lost = _lost_note_headings(found, lines, in_code)
        starts = sorted([*starts, *lost], key=lambda h: h.index)
    doc_title = meta.fields.get("title") or None
    sections: list[Section] = []
    first = starts[0].index if starts else len(lines)
    preamble = preamble_section(doc_title or source, lines, in_code, meta.end, first, len(starts))
    if preamble:
        sections.append(preamble)
    for n, heading in enumerate(starts):
        end = starts[n + 1].index if n + 1 < len(starts) else len(lines)
        sections.append(_section(heading, lines, in_code, end))
    return Parsed(sections, title=doc_title, permalink=meta.fields.get("permalink") or None)


def _lost_note_headings(
    found: Sequence[Heading], lines: Sequence[str], in_code: Sequence[bool]
) -> list[Heading]:
    """Headings without ``{#...}`` that other notes link to by their slug."""
    anchors = {explicit_anchor(h.raw) for h in found}
    targets = {
        target
        for line, code in zip(lines, in_code, strict=True)
        if not code and "](#" in line
        for target in _ANCHOR_LINK.findall(line)
    }
    return [
        h
        for h in found
        if not explicit_anchor(h.raw)
        and not INLINE_LINK.search(h.raw)
        and slugify(clean_title(h.raw)) in targets - anchors
    ]


def _section(heading: Heading, lines: Sequence[str], in_code: Sequence[bool], end: int) -> Section:
    start = heading.index + 1
    section = section_from_lines(heading.raw, heading.index, lines[start:end], in_code[start:end])
    section.anchor = explicit_anchor(heading.raw) or section.anchor
    section.aliases = acronym_aliases(section.title)
    return section
