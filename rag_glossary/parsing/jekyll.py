"""Dialect ``ai-glossary``: a Jekyll/kramdown page with ``# Term`` entries and alias headings."""

from __future__ import annotations

from collections.abc import Sequence

from rag_glossary.parsing.base import Parsed, Section
from rag_glossary.parsing.clean import front_matter
from rag_glossary.parsing.fences import code_mask
from rag_glossary.parsing.inline import clean_title
from rag_glossary.parsing.markdown import Heading, headings, preamble_section, section_from_lines


def parse(lines: Sequence[str], source: str) -> Parsed:
    meta = front_matter(lines)
    in_code = code_mask(lines, meta.end)
    groups = _alias_groups(lines, [h for h in headings(lines, in_code, meta.end) if h.level == 1])
    doc_title = meta.fields.get("title") or None
    sections: list[Section] = []
    first = groups[0][0].index if groups else len(lines)
    preamble = preamble_section(doc_title or source, lines, in_code, meta.end, first, len(groups))
    if preamble:
        sections.append(preamble)
    for n, group in enumerate(groups):
        body_start = group[-1].index + 1
        body_end = groups[n + 1][0].index if n + 1 < len(groups) else len(lines)
        section = section_from_lines(
            group[0].raw, group[0].index, lines[body_start:body_end], in_code[body_start:body_end]
        )
        section.aliases = [clean_title(h.raw) for h in group[1:]]
        sections.append(section)
    return Parsed(sections, title=doc_title, permalink=meta.fields.get("permalink") or None)


def _alias_groups(lines: Sequence[str], level1: Sequence[Heading]) -> list[list[Heading]]:
    """Headings with only blank lines between them form one entry; the later ones are aliases."""
    groups: list[list[Heading]] = []
    for heading in level1:
        if groups and _only_blank_between(lines, groups[-1][-1].index, heading.index):
            groups[-1].append(heading)
        else:
            groups.append([heading])
    return groups


def _only_blank_between(lines: Sequence[str], a: int, b: int) -> bool:
    return all(not lines[i].strip() for i in range(a + 1, b))
