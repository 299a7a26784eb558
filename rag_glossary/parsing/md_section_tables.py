"""A heading-per-entry Markdown document's glossary table: one entry per row.

A long document of headed sections (generic.py, chapter.py) often closes with its
glossary as a table (``## 9. Terminološki slovar`` over ``| Izraz | Razlaga |`` rows,
``## Glossary`` over ``| Term | Definition |``). Read as a section, the whole table is
one entry, and a term that only a row defines is no entry. A section whose text is a
term table is read as the Markdown term reader reads such a table (md_tables.py: columns
by header name, else a first column of short names beside a column of prose), one entry
per row, and its heading, a label over the rows, is no entry. The table is a glossary
when its heading says so in any language (``_GLOSSARY_HEADING``; a line or two above the
table is its note), or, under any heading, when it is the section's whole text and its
first column holds the terms beside a definition column named so or a column of prose.
A table among the paragraphs of a section (``| Koda | Opis | Stopnja 2026 |`` under a
section's own text) or after the line that defines the heading's own term (``### VR
(Value Representation)`` / "Defines the data type of a DICOM element." over the codes)
stays that section's text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from rag_glossary.parsing.base import Section
from rag_glossary.parsing.fields import FieldSpec, find_columns
from rag_glossary.parsing.md_tables import link_table, table_sections

# Stems of the word for "glossary" / "terminology" / "dictionary" / "vocabulary" in the
# languages the corpora are written in (a heading's word opens with one).
_GLOSSARY_HEADING = re.compile(
    r"(?<!\w)(?:glos+[aáà]r|glossa|glosář|glosariu|terminolog|dic[ct]i[oó]n|dicționar"
    r"|dizionar|vocabul|lexi[ckq]|l[ée]xic|jargon|slovar|slovník|słownik|rječnik|rečnik"
    r"|pojmovnik|sözlük|sanasto|sõnastik|szójegyzék|ordlist|woordenlijst|wörterbuch"
    r"|begriffe|fachbegriff|žodyn|vārdnīc|kamus|istilah|terms\b|definitions\b"
    r"|λεξικ|γλωσσάρ|глоссари|глосари|словар|словник|речник|терминолог|терміни|термини"
    r"|מילון|מונחים|مسرد|قاموس|مصطلحات|واژه‌?نامه|शब्दावली|शब्दकोश|thuật ngữ|bảng thuật"
    r")|用語|术语|術語|词汇|詞彙|詞彙|용어",
    re.IGNORECASE,
)
_TABLE_LINE = re.compile(r"^\s*\|")
_MAX_LEAD_LINES = 2  # "Izrazi, ki jih uporablja ta dokument:" above the rows
_MIN_ROWS = 3
_PROSE_WORDS = 4


def glossary_heading(title: str) -> bool:
    """The heading names a glossary, a terminology or a dictionary, in any language."""
    return bool(_GLOSSARY_HEADING.search(title))


def table_rows(
    title: str, lines: Sequence[str], in_code: Sequence[bool], first: int
) -> list[Section] | None:
    """The entries of a section's term table, one per row, when the section's text is that
    table (``lines`` after the heading, ``first`` the 0-based file line of ``lines[0]``);
    None when the section is a section of text (no table, more text than a lead line or
    two, a table of data or of links, fewer than three rows)."""
    table = _only_table(lines, in_code)
    if table is None:
        return None
    start, end = table
    tokens = _table_tokens("\n".join(lines[start:end]))
    if tokens is None or link_table(tokens, FieldSpec()):
        return None
    rows = table_sections(tokens, FieldSpec(), first + start)
    if len(rows) < _MIN_ROWS:
        return None
    if glossary_heading(title):
        return rows
    # Under any other heading: the table alone (a line above it defines the heading's own
    # term: "### VR (Value Representation)" / "Defines the data type ..." over its codes),
    # its terms in the first column, named so or beside prose.
    header = _header(tokens)
    cols = find_columns(header, FieldSpec())
    if _has_text(lines[:start]) or cols.term not in (None, header[0]):
        return None
    return rows if cols.definition is not None or _prose_rows(rows) else None


def _has_text(lines: Sequence[str]) -> bool:
    return any(line.strip() and not _rule(line) for line in lines)


def _only_table(lines: Sequence[str], in_code: Sequence[bool]) -> tuple[int, int] | None:
    """(start, end) of the one pipe table the lines hold, when besides it they hold at most
    ``_MAX_LEAD_LINES`` lines of text above it and below it nothing but, after a thematic
    break, as few lines (``---`` / ``*ePlače 2026 — diplomski projekt*``: the page's
    closing line, which the last section holds)."""
    said = [i for i, line in enumerate(lines) if line.strip() and not _rule(line)]
    rows = [i for i in said if not in_code[i] and _TABLE_LINE.match(lines[i])]
    if len(rows) < _MIN_ROWS + 2 or rows != list(range(rows[0], rows[-1] + 1)):
        return None
    above = [i for i in said if i < rows[0]]
    if len(above) > _MAX_LEAD_LINES or any(in_code[i] for i in above):
        return None
    below = [i for i in said if i > rows[-1]]
    breaks = [i for i in range(rows[-1] + 1, len(lines)) if _rule(lines[i])]
    if below and not (breaks and breaks[0] < below[0] and len(below) <= _MAX_LEAD_LINES):
        return None  # after the rows, only the page's closing line under a break
    return rows[0], rows[-1] + 1


def _rule(line: str) -> bool:
    """A thematic break (``---``, ``***``, ``___``) between chapters."""
    marks = line.replace(" ", "").replace("\t", "")
    return len(marks) >= 3 and len(set(marks)) == 1 and marks[0] in "-*_"


def _table_tokens(text: str) -> list[Any] | None:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark", {"html": True}).enable("table").parse(text)
    opens = [n for n, tok in enumerate(tokens) if tok.type == "table_open"]
    if len(opens) != 1:
        return None
    closes = [n for n, tok in enumerate(tokens) if tok.type == "table_close"]
    return tokens[opens[0] : closes[-1] + 1]


def _header(tokens: Sequence[Any]) -> list[str]:
    out: list[str] = []
    for tok in tokens:
        if tok.type == "inline":
            out.append(tok.content.strip())
        elif tok.type == "tr_close":
            break
    return out


def _prose_rows(rows: Sequence[Section]) -> bool:
    """Rows whose texts are prose (``_PROSE_WORDS`` words a row on average), not values
    (``| Format | Contenance |`` rows of ``75 cl``)."""
    return sum(len(row.body.split()) for row in rows) >= _PROSE_WORDS * len(rows)
