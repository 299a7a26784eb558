"""Abbreviation definitions of Python-Markdown's ``abbr`` extension (MkDocs, Material).

``*[HTML]: Hyper Text Markup Language`` lines are not shown on the page: the renderer
turns every use of the word into a tooltip holding the text. A site keeps them in an
``includes/abbreviations.md`` snippet or at the foot of a page; either way each line
is a term and its definition. The lines are taken out of the Markdown (they are no
text of the entry above them) and each becomes an entry, unless a heading or term of
the page already has that name.

A tooltip needs every surface form of a word, so a snippet repeats one definition under
case variants, plurals, spellings and synonyms ("Goodhart's law", "goodharts law",
"Goodharting"). Keys whose definitions are the same text (spacing aside, and after the
key's own expansion when the definition opens with it: "ASI: Artificial Superintelligence.
An AI with ...") are one entry: its title is the first key that is not an acronym (the
first key when all are), the other keys its aliases.
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
        # "*[SDK]: Software Development Kit"; loosely, as every key is an abbreviation
        aliases = defined_acronym_aliases(term, body, loose=True)
        sections.append(Section(title=term, line=i + 1, body=body, aliases=aliases))
        lines[i] = ""
    if not sections:
        return Abbreviations(text, ())
    return Abbreviations("\n".join(lines), tuple(_merged(sections)))


def _merged(sections: list[Section]) -> list[Section]:
    """One section per definition, in the order of each definition's first key: keys
    whose texts are equal with or without their expansions are one group."""
    group_of: dict[str, int] = {}
    groups: list[list[Section]] = []
    for section in sections:
        texts = _definition_texts(section)
        found = sorted({group_of[t] for t in texts if t in group_of})
        if not found:
            groups.append([])
            found = [len(groups) - 1]
        into = found[0]
        for other in found[1:]:  # the section joins two groups: one group
            groups[into] += groups[other]
            groups[other] = []
        groups[into].append(section)
        for member in groups[into]:
            for text in _definition_texts(member):
                group_of[text] = into
    return sorted((_one_entry(g) for g in groups if g), key=lambda s: s.line)


def _definition_texts(section: Section) -> set[str]:
    """The definition (spacing, case aside), and without a leading "Expansion." of the key."""
    body = " ".join(section.body.split()).casefold()
    if not body:
        return set()  # no definition: never merged
    texts = {body}
    for expansion in section.aliases:
        for stop in (". ", ", "):
            if body.startswith(expansion.casefold() + stop) and len(body) > len(expansion) + 2:
                texts.add(body[len(expansion) + len(stop) :])
    return texts


def _acronym_key(key: str) -> bool:
    """One word, mostly capitals: "FOOM", "CoT", "FLOPs" (not "Tool AI", "Inner-Alignment")."""
    upper = sum(ch.isupper() for ch in key)
    return " " not in key and upper >= 2 and upper >= sum(ch.islower() for ch in key)


def _one_entry(group: list[Section]) -> Section:
    if len(group) == 1:
        return group[0]
    head = next((s for s in group if not _acronym_key(s.title)), group[0])
    names: dict[str, str] = {head.title.casefold(): head.title}
    for section in (head, *group):
        for name in (section.title, *section.aliases):
            names.setdefault(name.casefold(), name)
    aliases = [name for key, name in names.items() if key != head.title.casefold()]
    line = min(s.line for s in group)
    return Section(title=head.title, line=line, body=head.body, aliases=aliases)


def new_names(found: Abbreviations, sections: list[Section]) -> list[Section]:
    """The abbreviations no section of the page is titled by already."""
    titled = {s.title.casefold() for s in sections}
    return [s for s in found.sections if s.title.casefold() not in titled]
