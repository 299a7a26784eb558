"""Dialect ``generic``: any other Markdown or text glossary.

Headings (ATX ``#`` of any level, or setext underlines) become entries; a section that
is a glossary's term table is one entry per row (md_section_tables.py). A file
without headings falls back to ``Term: definition`` lines, then to paragraphs
each opened by a term line (md_paragraphs.py), so non-empty text always yields entries.
A file of prose paragraphs most of which do not open with a term is a note about one
term that its file name gives (Obsidian and other note vaults: ``Q-learning.md``), one
entry (``Parsed.note``; ``parse_document`` titles it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rag_glossary.parsing.base import Parsed, Section, acronym_aliases, acronym_title_expansion
from rag_glossary.parsing.clean import clean_markdown, finish, front_matter
from rag_glossary.parsing.empty_groups import empty_group_candidates, placeholder_text
from rag_glossary.parsing.fences import code_mask
from rag_glossary.parsing.inline import clean_title
from rag_glossary.parsing.markdown import Heading, headings, preamble_section, section_from_lines
from rag_glossary.parsing.md_fields import split_labelled_fields
from rag_glossary.parsing.md_html_sections import read_wrapped, unwrapped_lines, wrapped_ids
from rag_glossary.parsing.md_list_headings import list_item_headings
from rag_glossary.parsing.md_paragraphs import (
    MAX_TERM_WORDS,
    note_section,
    paragraph_sections,
    reads_as_term,
    text_blocks,
)
from rag_glossary.parsing.md_section_tables import table_rows
from rag_glossary.parsing.md_subsections import part_headings, part_label
from rag_glossary.parsing.navigation import (
    closing_start,
    only_links,
    opens_with_preface,
    page_title,
)
from rag_glossary.parsing.pasted import (
    broken_titles,
    group_labels,
    listed_kinds,
    page_furniture,
    pasted_run,
    unglued_title,
    unwrapped_starts,
)
from rag_glossary.parsing.summary_rows import summary_read
from rag_glossary.parsing.title_names import without_marker

_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
_TERM_LINE = re.compile(
    r"^(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?(?:\*\*)?([^:\n*]{1,60}?)(?:\*\*)?[ \t]*:[ \t]+(\S.*)$"
)
# "Agency - Ability to take action of an entity or actor": a term, a spaced dash, its text.
_DASH_LINE = re.compile(r"^([^\s:*#>|`\[<\-][^:\n]{0,60}?)[ \t]+[-\u2013\u2014][ \t]+(\S.*)$")
Reader = Callable[[str], "tuple[str, str] | None"]


def parse(lines: Sequence[str], source: str) -> Parsed:
    meta = front_matter(lines)
    in_code = code_mask(lines, meta.end)
    unlisted = list_item_headings(lines, in_code, meta.end)
    if unlisted != lines:
        lines, in_code = unlisted, code_mask(unlisted, meta.end)
    doc_title = meta.fields.get("title") or None
    found = _all_headings(lines, in_code, meta.end)
    if found:
        sections = _heading_sections(lines, in_code, found, meta.end, doc_title or source)
    else:
        sections = _term_sections(lines, in_code, meta.end, doc_title or source)
        sections = sections or _dash_sections(lines, in_code, meta.end, doc_title or source)
        if not sections and not doc_title:
            note = note_section(lines, in_code, meta.end, source)
            if note is not None:
                return Parsed([note], permalink=meta.fields.get("permalink") or None, note=True)
        sections = sections or paragraph_sections(lines, in_code, meta.end)
    if not sections:
        sections = _whole_text(lines, meta.end, doc_title or source)
    return Parsed(sections, title=doc_title, permalink=meta.fields.get("permalink") or None)


def _all_headings(lines: Sequence[str], in_code: Sequence[bool], start: int) -> list[Heading]:
    found = headings(lines, in_code, start)
    found.extend(_setext_headings(lines, in_code, start))
    found.sort(key=lambda h: h.index)
    return found


def _setext_headings(lines: Sequence[str], in_code: Sequence[bool], start: int) -> list[Heading]:
    found: list[Heading] = []
    for i in range(start, len(lines) - 1):
        text = lines[i]
        if in_code[i] or in_code[i + 1] or not text.strip() or text.startswith("#"):
            continue
        match = _SETEXT.match(lines[i + 1])
        if not match or _LIST_ITEM.match(text) or text.startswith((" " * 4, "\t")):
            continue
        if i > start and lines[i - 1].strip():
            continue
        found.append(Heading(i, 1 if match.group(1)[0] == "=" else 2, text.strip()))
    return found


def _heading_sections(
    lines: Sequence[str],
    in_code: Sequence[bool],
    found: Sequence[Heading],
    start: int,
    preamble_title: str,
) -> list[Section]:
    sections: list[Section] = []
    ids = wrapped_ids(lines, in_code, [h.index for h in found])  # md_html_sections.py
    lines = unwrapped_lines(lines, in_code, ids)
    preamble = preamble_section(preamble_title, lines, in_code, start, found[0].index, len(found))
    if preamble:
        sections.append(preamble)
    underlines = {h.index + 1 for h in found if not lines[h.index].startswith("#")}
    parts = part_headings([h for h in found if lines[h.index].startswith("#")])
    labelled = list(lines)  # a part's heading stays in its term's text as a label line
    for h in found:
        if h.index in parts:
            labelled[h.index] = part_label(h.raw)
    found = [h for h in found if h.index not in parts]
    closing = closing_start([h.level for h in found], [h.raw.lstrip("#") for h in found])
    empty_groups = empty_group_candidates(found)
    heads = found[:closing]  # "# Glossary" / "This is a glossary ...": the page's own
    preface = opens_with_preface(
        lines, [(h.index, h.level, h.raw.lstrip("#").strip()) for h in heads]
    )
    levels = [h.level for h in found]
    tables: list[list[Section]] = []  # the rows of each term table
    for n, heading in enumerate(found[:closing]):
        body_start = heading.index + (2 if heading.index + 1 in underlines else 1)
        end = found[n + 1].index if n + 1 < len(found) else len(lines)
        body_start = min(body_start, end)
        body, code = labelled[body_start:end], in_code[body_start:end]
        if only_links(body) or (n == 0 and (preface or page_title(levels, body, code))):
            continue  # "## Contents", "## Additional Resources"; "# DICOM Glossary" + intro
        rows = table_rows(heading.raw, body, code, body_start)  # md_section_tables.py
        if rows is not None:
            sections.extend(rows)  # "## Glossary" over a term table: one entry per row
            tables.append(rows)
            continue
        section = section_from_lines(
            heading.raw, heading.index, labelled[body_start:end], in_code[body_start:end]
        )
        title = without_marker(section.title)
        section.aliases = [*acronym_aliases(title), *acronym_title_expansion(title, section.body)]
        if heading.index in ids:
            read_wrapped(section, ids[heading.index])
        deeper_next = n + 1 < len(found) and found[n + 1].level > heading.level
        if deeper_next and not section.body.strip() and not section.see_also:
            continue  # "## Term list" over "### Dataset", "### Date": a group label, no term
        if n in empty_groups and placeholder_text(section.body) and not section.see_also:
            continue  # "## な行" / "(まだ登録された用語はありません)": a letter group, no terms yet
        sections.append(section)
    split_labelled_fields(sections)
    head_lines = {s.line for s in sections} - {row.line for rows in tables for row in rows}
    return summary_read(sections, tables, head_lines)  # "X (noun): other name", summary rows


def term_of(line: str) -> tuple[str, str] | None:
    """``Overfitting: when a model...`` -> (``Overfitting``, ``when a model...``)."""
    return _term_and_text(_TERM_LINE.match(line.strip()))


def dash_term_of(line: str) -> tuple[str, str] | None:
    """``Agency - Ability to take action`` -> (``Agency``, ``Ability to take action``)."""
    return _term_and_text(_DASH_LINE.match(line.strip()))


def _term_and_text(match: re.Match[str] | None) -> tuple[str, str] | None:
    if not match:
        return None
    term = match.group(1).strip()
    if not term or not term[0].isalnum() or len(term.split()) > MAX_TERM_WORDS:
        return None
    if term.lower().startswith(("http", "www.")) or term[-1] in ".,;!?":
        return None
    return term, match.group(2)


def _dash_sections(
    lines: Sequence[str], in_code: Sequence[bool], start: int, preamble_title: str
) -> list[Section]:
    """``Term - definition`` paragraphs, when most paragraphs open so (a dash is too common
    in prose to mark a term otherwise)."""
    blocks = text_blocks(lines, in_code, start)
    opened = sum(1 for first, _ in blocks if dash_term_of(lines[first]))
    if 2 * opened <= len(blocks):
        return []
    return _term_sections(lines, in_code, start, preamble_title, dash_term_of)


def _term_sections(
    lines: Sequence[str],
    in_code: Sequence[bool],
    start: int,
    preamble_title: str,
    reader: Reader = term_of,
) -> list[Section]:
    furniture = page_furniture(lines)
    starts = [
        i
        for i in range(start, len(lines))
        if not in_code[i] and i not in furniture and reader(lines[i])
    ]
    starts = _paragraph_starts(lines, starts)
    if pasted_run(lines, starts):  # pasted.py
        heads = {i: (reader(lines[i]) or ("", ""))[0] for i in starts}
        kept = unwrapped_starts(lines, starts, furniture, heads)
        lines, broken = broken_titles(lines, sorted(set(starts) - set(kept)), heads)
        starts = sorted([*kept, *broken])
        labels = group_labels(lines, starts, furniture)
        starts = listed_kinds(sorted([*starts, *labels]), set(labels), lambda i: reader(lines[i]))
    if len(starts) < 2:
        return []
    starts = sorted([*starts, *_bare_terms(lines, in_code, starts)])
    sections: list[Section] = []
    preamble = preamble_section(preamble_title, lines, in_code, start, starts[0], len(starts))
    if preamble:
        sections.append(preamble)
    last_end = _footer_start(lines, starts)
    for n, index in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else last_end
        term, first = reader(lines[index]) or (lines[index].strip().rstrip(":"), "")
        kept = [i for i in range(index + 1, end) if i not in furniture]
        body_lines = [first, *(lines[i] for i in kept)]
        cleaned = clean_markdown(body_lines, [False, *(in_code[i] for i in kept)])
        title = clean_title(unglued_title(term) if n == 0 else term)
        sections.append(
            Section(
                title=title,
                line=index + 1,
                body=cleaned.text,
                see_also=list(cleaned.see_also),
                aliases=[*acronym_aliases(title), *acronym_title_expansion(title, cleaned.text)],
                slug_text=title,
            )
        )
    return sections


def _bare_terms(lines: Sequence[str], in_code: Sequence[bool], starts: Sequence[int]) -> list[int]:
    """In a file whose terms each open a paragraph, a paragraph after the first term that
    is one short name alone ("Actor", "Field State") is a term the file lists with no
    definition yet, not the text of the term above it."""
    if any(i and lines[i - 1].strip() for i in starts):
        return []
    found = []
    for i in range(starts[0] + 1, len(lines)):
        alone = not lines[i - 1].strip() and (i + 1 == len(lines) or not lines[i + 1].strip())
        if alone and not in_code[i] and i not in starts and reads_as_term(lines[i]):
            found.append(i)
    return found


def _paragraph_starts(lines: Sequence[str], starts: Sequence[int]) -> list[int]:
    """When most term lines open a paragraph (a blank line above them), a term-like line
    inside a paragraph, indented no deeper than the paragraph's first line, is that
    paragraph's hard-wrapped text ("... performed by the" / "circuit: Battery, ..."), not
    a term. A line indented deeper than its paragraph's first line is a sub-item (the
    crossbar varieties under "X-bar: ... There are four varieties:") and stays a term."""
    opening = [i for i in starts if i == 0 or not lines[i - 1].strip()]
    if 2 * len(opening) <= len(starts):
        return list(starts)
    found = set(starts)
    return [i for i in starts if not _wrapped_into(lines, i, found)]


def _wrapped_into(lines: Sequence[str], i: int, starts: set[int]) -> bool:
    """Line ``i`` continues its paragraph: the line above is its text, and the line is
    indented no deeper than the paragraph's first line."""
    if not i or not lines[i - 1].strip() or i - 1 in starts:
        return False
    first = i - 1
    while first > 0 and lines[first - 1].strip():
        first -= 1
    return _indent(lines[i]) <= _indent(lines[first])


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


_MAX_FOOTER_LINES = 3


def _footer_start(lines: Sequence[str], starts: Sequence[int]) -> int:
    """Where the last term's text ends: before a short closing block (a signature, a
    revision line) set off by more blank lines than ever separate two terms."""
    gaps = [_blank_run(lines, b) for b in starts[1:]]
    blocks = _tail_blocks(lines, starts[-1])
    if not gaps or len(blocks) < 2:
        return len(lines)
    first, end = blocks[-1]
    if end - first > _MAX_FOOTER_LINES or _blank_run(lines, first) <= max(gaps):
        return len(lines)
    return first


def _blank_run(lines: Sequence[str], i: int) -> int:
    """How many blank lines stand right above line ``i``."""
    n = 0
    while i - n - 1 >= 0 and not lines[i - n - 1].strip():
        n += 1
    return n


def _tail_blocks(lines: Sequence[str], first: int) -> list[tuple[int, int]]:
    blocks: list[tuple[int, int]] = []
    for i in range(first, len(lines)):
        if not lines[i].strip():
            continue
        if blocks and blocks[-1][1] == i:
            blocks[-1] = (blocks[-1][0], i + 1)
        else:
            blocks.append((i, i + 1))
    return blocks


def _whole_text(lines: Sequence[str], start: int, title: str) -> list[Section]:
    """Last resort for text whose every line cleaning removed: one entry, the raw text."""
    first = next((i for i in range(start, len(lines)) if lines[i].strip()), None)
    if first is None:
        return []
    return [Section(title=title, line=first + 1, body=finish(lines[first:]))]
