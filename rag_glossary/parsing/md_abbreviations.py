"""Abbreviation definitions of Python-Markdown's ``abbr`` extension (MkDocs, Material).

``*[HTML]: Hyper Text Markup Language`` lines are not shown on the page: the renderer
turns every use of the word into a tooltip holding the text. A site keeps them in an
``includes/abbreviations.md`` snippet or at the foot of a page; either way each line
is a term and its definition. The lines are taken out of the Markdown (they are no
text of the entry above them) and each becomes an entry, unless a heading or term of
the page already has that name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag_glossary.parsing.base import Section, defined_acronym_aliases

_ABBREVIATION = re.compile(r"^ {0,3}\*\[([^\[\]\n]+)\]:[ \t]*(.*?)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


@dataclass(frozen=True)
class Abbreviations:
    text: str  # the Markdown with the definition lines blanked (line numbers kept)
    sections: tuple[Section, ...]


def abbreviation_definitions(text: str) -> Abbreviations:
    lines = text.split("\n")
    sections: list[Section] = []
    fenced = False
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
        match = None if fenced else _ABBREVIATION.match(line)
        if match is None:
            continue
        term, body = " ".join(match.group(1).split()), match.group(2)
        aliases = defined_acronym_aliases(term, body)  # "*[SDK]: Software Development Kit"
        sections.append(Section(title=term, line=i + 1, body=body, aliases=aliases))
        lines[i] = ""
    if not sections:
        return Abbreviations(text, ())
    return Abbreviations("\n".join(lines), tuple(sections))


def new_names(found: Abbreviations, sections: list[Section]) -> list[Section]:
    """The abbreviations no section of the page is titled by already."""
    titled = {s.title.casefold() for s in sections}
    return [s for s in found.sections if s.title.casefold() not in titled]
