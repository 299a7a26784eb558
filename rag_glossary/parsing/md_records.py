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

A heading that opens with its own definition paragraph and then has a few bold labels
(``### Star Schema`` over "Database design with ..." and ``**Benefits**: ...``;
``### Executor`` over ``**Types**:`` and a list of ``- **LocalExecutor**: ...``) is a
record too, when most headings of its level read so (a definition, at most
``_FEW_FIELDS`` labels) and three or more of them are records by a recurring label
(``**Example**:``): its heading is the term, the labels and their lists are its
fields, as in a heading-per-term page (generic.py keeps such sub-items in the body:
pv-glossary's ``#### Vaccine failure`` over ``**Confirmed clinical vaccine failure**``).
A heading whose intro paragraph leads into many bold terms (``## CNC Operation``: nine)
is a group of terms, and so is a level whose headings mostly read so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from rag_glossary.parsing.fields import key_name
from rag_glossary.parsing.md_leads import Lead, bold_lead, bold_lines, labeled_leads, run_in_leads
from rag_glossary.parsing.plain_terms import plain_lead

_MIN_SECTIONS = 3  # a label under two headings may be a coincidence of wording
_FEW_FIELDS = 3  # a term's own notes; more bold labels under an intro are a group of terms
_DEFINITION_WORDS = 3
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
    records = set(map(id, strong)) | set(map(id, _defined_records(sections, strong)))
    if len(strong) >= _MIN_SECTIONS and 2 * len(strong) > len(labelled):
        for section in labelled:
            said = sum(1 for _, k in section.leads if k in generic)
            if said and len(section.leads) - said <= 1 and said >= len(section.leads) - said:
                records.add(id(section))
    found = {i for s in sections if id(s) in records for i in (*s.paragraphs, *s.plain_items)}
    return found | _recurring_items(sections)


def _recurring_items(sections: Sequence[_Section]) -> set[int]:
    """Bold-labelled list items whose label recurs through the file (``- **Recoverable**:
    Yes`` and ``- **Action**: ...`` under each of seven error codes): fields of the term
    above them, not terms (a glossary names each term once)."""
    items = [item for s in sections for item in s.items]
    counts = Counter(key for _, key in items)
    return {i for i, key in items if counts[key] >= _MIN_SECTIONS}


def _defined_records(sections: Sequence[_Section], strong: Sequence[_Section]) -> list[_Section]:
    """Labelled sections that open with their heading's definition, at a heading level
    whose sections mostly are a definition and at most ``_FEW_FIELDS`` labels, and where
    records (a label recurring under three or more headings) show the page writes its terms
    so: topic headings with an intro line over two or three bold terms each stay groups."""
    found: list[_Section] = []
    for level in {s.level for s in sections if s.level}:
        at_level = [s for s in sections if s.level == level]
        defined = [s for s in at_level if s.defined and len(s.leads) <= _FEW_FIELDS]
        shown = sum(1 for s in strong if s.level == level) >= _MIN_SECTIONS
        if shown and len(defined) >= _MIN_SECTIONS and 2 * len(defined) > len(at_level):
            found.extend(s for s in defined if s.leads)
    return found


def field_line(content: str, in_item: bool) -> str:
    """A field paragraph as a labelled line of its term's text: ``How it forms: ...``."""
    lead = bold_lead(content)
    text = f"{lead[0]}: {lead[1].strip()}".rstrip() if lead else content
    return f"- {text}" if in_item else text


class _Section:
    """The bold-labelled paragraphs under one heading (or before the first)."""

    def __init__(self, level: int = 0) -> None:
        self.level = level  # its heading's (0: the text before the first heading)
        self.leads: list[tuple[int, str]] = []  # (token index, label key) of top-level labels
        self.paragraphs: list[int] = []  # every inline token opening with a bold label
        self.plain_items: list[int] = []  # list items reading ``Term: text`` with no bold
        self.items: list[tuple[int, str]] = []  # (token index, label key) of bold list items
        self.opened = False  # a block was seen under its heading
        self.defined = False  # its first block is a paragraph defining the heading's term


def _sections(tokens: Sequence[Any]) -> list[_Section]:
    sections = [_Section()]
    for i, tok in enumerate(tokens):
        section = sections[-1]
        if tok.type == "heading_open":
            sections.append(_Section(int(tok.tag[1:])))
        elif tok.nesting == 1 and tok.level == 0 and tok.type != "paragraph_open":
            section.opened = True  # a list, table or quotation first: no definition
        elif tok.type in ("fence", "code_block", "html_block", "hr") and tok.level == 0:
            section.opened = True
        elif tok.type == "inline" and i >= 1 and tokens[i - 1].type == "paragraph_open":
            leads = _leads(tok.content)
            if not section.opened and tokens[i - 1].level == 0:
                section.opened = True
                section.defined = not leads and _definition(tok.content)
            if not leads:
                if in_list_item(tokens, i) and plain_lead(tok.content):
                    section.plain_items.append(i)
                continue
            section.paragraphs.append(i)
            if tokens[i - 1].level == 0:  # not a list item's or a quotation's
                section.leads.extend((i, label_key(lead[0])) for lead in leads)
            elif in_list_item(tokens, i):
                section.items.append((i, label_key(leads[0][0])))
    return sections


def _definition(content: str) -> bool:
    """A paragraph of prose that defines, not a list's lead-in ("These are ...:") nor a
    labelled line of another form."""
    text = content.strip()
    if text.endswith(":") or labeled_leads(text) or run_in_leads(text) or text.startswith("!"):
        return False
    return len(text.split()) >= _DEFINITION_WORDS


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
