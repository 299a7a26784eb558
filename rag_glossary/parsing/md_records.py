"""Headings whose text is a record of labelled fields, in a bold-term Markdown page
(md_terms.py): ``### Shield Volcano`` over ``**What it looks like**: ...``,
``**How it forms**: ...``, ``**Examples**: ...``.

A glossary names each term once, so a bold label that opens paragraphs under three or
more headings of one file (``**What**:``, ``**Examples**:``) is a generic field label,
not a term. A heading section whose first bold label is such a field label is a record:
its heading names the term and every bold label under it (``**Named after**:`` too, and
the bold bullets of a field's list) is a field of that term, kept in its text as a
labelled line ("How it forms: Layer upon layer ..."). When most of a file's labelled
sections are records, a section with one other label beside its field labels is one too
(``### Tsunami``: ``**Cause**:`` then ``**Example**:``). Sections of bold terms
(``### The Basics`` over ``**Vent**:``, ``**Crater**:`` ...) stay terms, and so does a
term's own ``**Example**:`` in a page of letter headings (its first label is the term).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from rag_glossary.parsing.fields import key_name
from rag_glossary.parsing.md_leads import Lead, bold_lead, bold_lines

_MIN_SECTIONS = 3  # a label under two headings may be a coincidence of wording
# Labels that say "this is the definition": generic however rarely a file uses them.
DEFINITION_LABELS = frozenset(("definition", "meaning", "description", "explanation"))


def record_paragraphs(tokens: Sequence[Any]) -> set[int]:
    """Indices of the inline tokens (paragraphs, list items' too) of record sections
    that open with a bold label: md_terms.py reads them as their heading's text."""
    sections = _sections(tokens)
    counts = Counter(key for section in sections for key in {k for _, k in section.leads})
    generic = {k for k, n in counts.items() if n >= _MIN_SECTIONS} | DEFINITION_LABELS
    labelled = [s for s in sections if s.leads]
    strong = [s for s in labelled if s.leads[0][1] in generic]
    records = set(map(id, strong))
    if len(strong) >= _MIN_SECTIONS and 2 * len(strong) > len(labelled):
        for section in labelled:
            said = sum(1 for _, k in section.leads if k in generic)
            if said and len(section.leads) - said <= 1 and said >= len(section.leads) - said:
                records.add(id(section))
    return {i for s in sections if id(s) in records for i in s.paragraphs}


def field_line(content: str, in_item: bool) -> str:
    """A field paragraph as a labelled line of its term's text: ``How it forms: ...``."""
    lead = bold_lead(content)
    text = f"{lead[0]}: {lead[1].strip()}".rstrip() if lead else content
    return f"- {text}" if in_item else text


class _Section:
    """The bold-labelled paragraphs under one heading (or before the first)."""

    def __init__(self) -> None:
        self.leads: list[tuple[int, str]] = []  # (token index, label key) of top-level labels
        self.paragraphs: list[int] = []  # every inline token opening with a bold label


def _sections(tokens: Sequence[Any]) -> list[_Section]:
    sections = [_Section()]
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open":
            sections.append(_Section())
        elif tok.type == "inline" and i >= 1 and tokens[i - 1].type == "paragraph_open":
            leads = _leads(tok.content)
            if not leads:
                continue
            sections[-1].paragraphs.append(i)
            if tokens[i - 1].level == 0:  # not a list item's or a quotation's
                sections[-1].leads.extend((i, label_key(lead[0])) for lead in leads)
    return sections


def _leads(content: str) -> list[Lead]:
    lines = bold_lines(content)
    if lines:
        return [lead for _, lead in lines]
    lead = bold_lead(content)
    return [lead] if lead else []


def label_key(label: str) -> str:
    """``Examples`` and ``Example``, ``Dangers`` and ``Danger``: one label."""
    key = key_name(label)
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


def in_list_item(tokens: Sequence[Any], i: int) -> bool:
    return i >= 2 and tokens[i - 2].type == "list_item_open"
