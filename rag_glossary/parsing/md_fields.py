"""Labelled fields in a Markdown glossary's entries (``**Example**: ...`` under each term).

A page whose entries each carry the same labels (``Definition:`` / ``Example:`` / ``App
Integration:`` under every ``### Term``) writes a record per term, as a data file does. The
label that names the definition (fields.DEFINITION_NAMES: ``Definition``, ``Meaning``,
``Description``) and the text before the first label are the entry's body; another label's
short value (a note on the record, at most fields.MAX_FIELD_CHARS, the bound data records
use) is a field (Section.fields, as fields.section_of stores them): the search still reads
it, the answer does not quote it as what the term is. A label whose values are paragraphs
(``Why it matters:`` and its prose) is part of the explanation and stays in the body, and
so does an example's label: an example shows the term at work ("3-1-2-0 tempo means 3 sec
down, ..."), it answers questions about it (fitness-glossary: two content questions are
answered only by their entry's ``Example:``).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rag_glossary.parsing.base import Section
from rag_glossary.parsing.fields import DEFINITION_NAMES, MAX_FIELD_CHARS, key_name

# "App Integration: YES - ...": a capitalised label of one to four words, its colon, a value.
_LABEL_LINE = re.compile(
    r"^(?P<label>[A-Z][^\W\d_]*(?:[ '’-][A-Za-z][^\W\d_]*){0,3})[ \t]*:[ \t]+(?P<value>\S.*)$"
)
# Labels of the text that shows the term in use: part of what the glossary says about it.
_EXAMPLE_NAMES = frozenset(
    ("example", "examples", "e g", "eg", "for example", "usage", "sample", "in a sentence")
)
_MIN_ENTRIES = 3  # a label on two entries is a coincidence of wording, not a record layout


@dataclass(frozen=True)
class Part:
    """One labelled run of a body (``label`` None: the text before any label)."""

    label: str | None
    lines: tuple[str, ...]

    @property
    def value(self) -> str:
        return " ".join(" ".join(self.lines).split())


def split_labelled_fields(sections: Sequence[Section]) -> None:
    """Move the short values of labels most entries share into Section.fields (in place)."""
    bodied = [s for s in sections if s.body.strip()]
    counts = Counter(key for s in bodied for key in {key_name(m) for m in _labels(s.body)})
    recurring = {k for k, n in counts.items() if n >= _MIN_ENTRIES and 2 * n > len(bodied)}
    if not recurring:
        return
    parts = {id(s): _parts(s.body, recurring) for s in bodied}
    values: dict[str, list[int]] = defaultdict(list)
    for found in parts.values():
        for part in found:
            if part.label is not None:
                values[key_name(part.label)].append(len(part.value))
    as_fields = {
        key
        for key in recurring
        if key not in DEFINITION_NAMES
        and key not in _EXAMPLE_NAMES
        and statistics.median(values[key]) <= MAX_FIELD_CHARS
    }
    if not as_fields:
        return
    for section in bodied:
        _apply(section, parts[id(section)], as_fields)


def _labels(body: str) -> list[str]:
    return [m.group("label") for line in body.split("\n") if (m := _LABEL_LINE.match(line))]


def _parts(body: str, recurring: set[str]) -> list[Part]:
    parts: list[Part] = []
    label: str | None = None
    lines: list[str] = []
    for line in body.split("\n"):
        match = _LABEL_LINE.match(line)
        if match and key_name(match.group("label")) in recurring:
            if label is not None or any(x.strip() for x in lines):
                parts.append(Part(label, tuple(lines)))
            label, lines = match.group("label"), [line]
        else:
            lines.append(line)
    if label is not None or any(x.strip() for x in lines):
        parts.append(Part(label, tuple(lines)))
    return parts


def _apply(section: Section, parts: Sequence[Part], as_fields: set[str]) -> None:
    kept: list[str] = []
    fields: list[str] = []
    for part in parts:
        key = key_name(part.label) if part.label is not None else None
        if key in as_fields:
            fields.append(part.value)
        elif key in DEFINITION_NAMES:
            first = _LABEL_LINE.match(part.lines[0])
            kept.extend([first.group("value") if first else part.lines[0], *part.lines[1:]])
        else:
            kept.extend(part.lines)
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    if not body or not fields:
        return  # no definition left: the labelled text is all the entry says
    section.body = body
    section.fields = [*section.fields, *fields]
