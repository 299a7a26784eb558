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

Chinese, Japanese and Korean labels count on a bullet too (``- 定義: ...`` / ``- 初出章: ...``
/ ``- 関連用語: EEVDF、vruntime`` under every ``### Term``, round 48): a related-terms label
(fields.SEE_ALSO_NAMES) gives the entry's see-also, not a field.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rag_glossary.parsing.base import Section
from rag_glossary.parsing.cjk_names import join_cjk_wraps
from rag_glossary.parsing.fields import DEFINITION_NAMES, MAX_FIELD_CHARS, SEE_ALSO_NAMES, key_name
from rag_glossary.word_tokens import CJK_CHARS

# "App Integration: YES - ...": a capitalised label of one to four words, its colon, a value.
_LATIN_LABEL = re.compile(
    r"^(?P<label>[A-Z][^\W\d_]*(?:[ '’-][A-Za-z][^\W\d_]*){0,3})[ \t]*:[ \t]+(?P<value>\S.*)$"
)
# "- 定義: ...", "- 関連用語：...": a Chinese / Japanese / Korean label, on a bullet or not (a
# Latin one on a bullet is a list's item, which many English glossaries write as text).
_CJK_LABEL = re.compile(
    rf"^(?:[-*+][ \t]+)?(?P<label>[{CJK_CHARS}][{CJK_CHARS} ・]{{0,11}})[ \t]*[:：][ \t]*"
    r"(?P<value>\S.*)$"
)
_RELATED_LIST = re.compile(r"\s*[、,，;；]\s*")
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
        return " ".join(join_cjk_wraps("\n".join(self.lines)).split())


def _label_line(line: str) -> re.Match[str] | None:
    return _LATIN_LABEL.match(line) or _CJK_LABEL.match(line)


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
        and (key in SEE_ALSO_NAMES or statistics.median(values[key]) <= MAX_FIELD_CHARS)
    }
    if not as_fields:
        return
    for section in bodied:
        _apply(section, parts[id(section)], as_fields)


def _labels(body: str) -> list[str]:
    return [m.group("label") for line in body.split("\n") if (m := _label_line(line))]


def _parts(body: str, recurring: set[str]) -> list[Part]:
    parts: list[Part] = []
    label: str | None = None
    lines: list[str] = []
    for line in body.split("\n"):
        match = _label_line(line)
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
    related: list[str] = []
    for part in parts:
        key = key_name(part.label) if part.label is not None else None
        first = _label_line(part.lines[0])
        if key in SEE_ALSO_NAMES and key in as_fields:  # "関連用語: EEVDF、vruntime": see also
            value = Part(None, (first.group("value") if first else "", *part.lines[1:])).value
            related.extend(n for n in _RELATED_LIST.split(value) if n)
        elif key in as_fields:
            fields.append(re.sub(r"^[-*+]\s+", "", part.value))
        elif key in DEFINITION_NAMES:
            kept.extend([first.group("value") if first else part.lines[0], *part.lines[1:]])
        else:
            kept.extend(part.lines)
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    if not body or not (fields or related):
        return  # no definition left: the labelled text is all the entry says
    section.body = body
    section.fields = [*section.fields, *fields]
    section.see_also = list(dict.fromkeys([*section.see_also, *related]))
