"""Dialect ``asciidoc``: an AsciiDoc glossary (``.adoc``, ``.asciidoc``).

A glossary in AsciiDoc names its terms in one of four forms, and the reader takes
whichever names more: a labeled list (``term::`` followed by the definition, on the
same line or indented below, ``+`` joining further paragraphs and blocks), a table
(``|===``, the first column the term, the other columns ``Header: text`` lines), one
section per term (``== Term``, the level that names the most), or list items that open
with a bold term (``* *Term* — definition``, asciidoc_bullets.py; the sections over
them only group them). Labeled-list and table terms count together with the bold-term
items outside their definitions: a page may hold both kinds. A ``[[id]]`` or
``[#id]`` anchor is the entry's anchor. A nested list (``term;;`` inside a ``term::``
definition, ``--`` open blocks) is part of its definition. Listing and literal blocks
keep their lines; comments and block attribute lines are dropped; inline markup is read
by asciidoc_inline. No AsciiDoc processor runs, so a dropped-in file's ``include::``,
``{sys:...}`` or ``{eval:...}`` does nothing: they stay text or are dropped.

Why not a library: the Python implementation on PyPI (``asciidoc``, AsciiDoc.py 10.2)
is GPLv2+ and its safe mode fails on its own HTML backends ("ifeval invalid safe
document"), so reading a dropped-in file with it would run ``{sys:...}`` shell commands
and ``{eval:...}`` Python; the Lark-based readers on PyPI are alpha releases.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from rag_glossary.parsing.asciidoc_bullets import bullet_terms
from rag_glossary.parsing.asciidoc_inline import (
    inline_text,
    is_letter_row,
    naming_anchor,
    split_anchors,
)
from rag_glossary.parsing.asciidoc_tables import table_rows
from rag_glossary.parsing.asciidoc_tags import one_language
from rag_glossary.parsing.base import Parsed, Section, acronym_aliases, defined_acronym_aliases
from rag_glossary.parsing.fields import FieldSpec
from rag_glossary.parsing.slug import slugify

_LABEL = re.compile(r"^(?P<term>[^\s/].*?)(?P<mark>:{2,4}|;;)(?:[ \t]+(?P<rest>.*))?$")
_SECTION = re.compile(r"^(?P<marks>={1,6})[ \t]+(?P<title>\S.*?)(?:[ \t]+=+)?[ \t]*$")
_ATTRIBUTE_ENTRY = re.compile(r"^:(?P<name>!?[\w-]+!?):(?:[ \t]+(?P<value>.*))?$")
_BLOCK_ATTRS = re.compile(r"^\[(?P<inner>[^\[\]]*)\]$")
_ANCHOR_LINE = re.compile(r"^\[\[(?P<id>[^\],]+)[^\]]*\]\]$|^\[#(?P<hash>[\w:.-]+)[^\]]*\]$")
_DELIMITER = re.compile(r"^(?:-{4,}|\.{4,}|={4,}|\*{4,}|_{4,}|\+{4,}|/{4,}|--|[|!]={3,}|```.*)$")
# Blocks whose lines are not prose: listings and literals (kept verbatim), comments,
# passthroughs and tables (read apart). Example, sidebar and quote blocks hold prose.
_CONTAINER = re.compile(r"^(?:-{4,}|\.{4,}|\+{4,}|/{4,}|[|!]={3,}|```.*)$")
_VERBATIM = ("----", "....", "```", "++++")
_LIST_ITEM = re.compile(r"^(?P<mark>[*\-.]+|\d+\.)[ \t]+(?P<text>\S.*)$")
_ADMONITION = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+")
_NOT_TERMS = re.compile(r"^(?:[A-Za-z0-9]|glossary|glossary of terms|terms|index|see also)$", re.I)
_MAX_TERM_WORDS = 12
_PROSE_WORDS = 3  # a section among bold-term lists with fewer words is no term


@dataclass(frozen=True)
class _Line:
    number: int  # 1-based
    raw: str
    block: str  # "" outside delimited blocks; else the opening delimiter
    depth: int  # open-block (``--``) nesting outside verbatim blocks


def parse_asciidoc(text: str, source: str, spec: FieldSpec) -> Parsed:
    del source
    lines = _classify(one_language(text, spec.language).split("\n"))
    attributes = _attributes(lines)
    title = next((m.group("title") for ln in lines if (m := _doc_title(ln))), None)
    title = title or _underlined_title(lines)
    terms = sorted(
        _labeled_terms(lines, attributes) + _table_terms(lines, attributes), key=lambda s: s.line
    )
    sections = _section_terms(lines, attributes)
    if terms:  # bold-term items outside the labeled list's definitions are terms too
        held = [i for i, _ in _label_starts(lines)[1]]
        bullets = _bullet_sections(_outside_labels(lines), attributes, held)
        both = sorted(terms + bullets, key=lambda s: s.line)
        found = both if len(terms) >= len(sections) or len(both) > len(sections) else sections
    else:
        bullets = _bullet_sections(lines, attributes)
        found = bullets if len(bullets) > len(sections) else sections
    problem = None if found else "no labeled-list terms (term::), term tables or term sections"
    return Parsed(found, title=title, problem=problem)


def _classify(raw_lines: Sequence[str]) -> list[_Line]:
    """Each line with the verbatim, comment, passthrough or table block it is in."""
    out: list[_Line] = []
    block = ""
    depth = 0
    for number, raw in enumerate(raw_lines, 1):
        line = raw.rstrip()
        if block:
            out.append(_Line(number, line, block, depth))
            if line == block or (
                block == "```" and line.startswith("```") and line.strip("`") == ""
            ):
                block = ""
            continue
        if _CONTAINER.match(line):
            block = "```" if line.startswith("```") else line
        elif line == "--":
            depth = 1 - depth  # open blocks do not nest
        out.append(_Line(number, line, "", depth))
    return out


def _doc_title(line: _Line) -> re.Match[str] | None:
    match = _SECTION.match(line.raw) if not line.block else None
    return match if match and len(match.group("marks")) == 1 else None


def _underlined_title(lines: Sequence[_Line]) -> str | None:
    """The legacy two-line document title: a line underlined by as many ``=`` (give or
    take one, as Asciidoctor allows), before any other text but block attribute lines."""
    for above, line in pairwise(lines):
        text = above.raw.strip()
        if not text or above.raw.startswith("//") or _BLOCK_ATTRS.match(text):
            continue
        under = line.raw.strip()
        if under and set(under) == {"="} and abs(len(under) - len(text)) <= 1:
            return inline_text(text, {})
        return None
    return None


def _attributes(lines: Sequence[_Line]) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in lines:
        match = _ATTRIBUTE_ENTRY.match(line.raw) if not line.block else None
        if match and not match.group("name").startswith("!"):
            found[match.group("name").rstrip("!")] = (match.group("value") or "").strip()
    return found


def _is_term_line(line: _Line, mark: str) -> re.Match[str] | None:
    if line.block or line.depth:
        return None
    match = _LABEL.match(line.raw)
    if not match or match.group("mark") != mark or _BLOCK_ATTRS.match(line.raw):
        return None
    return match


def _label_starts(lines: Sequence[_Line]) -> tuple[str, list[tuple[int, re.Match[str]]]]:
    """The labeled list's mark (``::``, else ``;;``) and its term lines."""
    first = next((m for ln in lines if (m := _is_term_line(ln, "::"))), None)
    mark = "::" if first else ";;"
    return mark, [(i, m) for i, ln in enumerate(lines) if (m := _is_term_line(ln, mark))]


def _outside_labels(lines: Sequence[_Line]) -> list[_Line]:
    """The lines with each labeled term and its definition marked as a block, so that
    the bold-term items (and the sections grouping them) are read from the rest only."""
    mark, starts = _label_starts(lines)
    inside: set[int] = set()
    for i, _ in starts:
        inside.update(range(i, _next_stop(lines, i + 1, mark)))
    return [replace(ln, block=mark) if k in inside else ln for k, ln in enumerate(lines)]


def _labeled_terms(lines: Sequence[_Line], attributes: dict[str, str]) -> list[Section]:
    mark, starts = _label_starts(lines)
    ends = [_next_stop(lines, i + 1, mark) for i, _ in starts]
    sections: list[Section] = []
    stacked: list[tuple[int, re.Match[str]]] = []  # labels on the lines above share a definition
    for (i, match), end in zip(starts, ends, strict=True):
        rest = match.group("rest") or ""
        body = _body([rest] if rest else [], lines[i + 1 : end], attributes)
        if not body and end == i + 1:
            stacked.append((i, match))
            continue
        labels = [*stacked, (i, match)]
        top, head = labels[0]
        ids = [i for _, m in labels for i in split_anchors(m.group("term"))[1]]
        section = _section(
            head.group("term"),
            lines[top].number,
            body,
            [*ids, *_anchor_above(lines, top)],
            attributes,
            labeled=True,
        )
        if section:
            section.aliases.extend(inline_text(m.group("term"), attributes) for _, m in labels[1:])
            sections.append(section)
        stacked = []
    return sections


def _next_stop(lines: Sequence[_Line], start: int, mark: str) -> int:
    for j in range(start, len(lines)):
        if _is_term_line(lines[j], mark) or _heading_level(lines[j]):
            return _before_anchor(lines, j)
    return len(lines)


def _before_anchor(lines: Sequence[_Line], j: int) -> int:
    """A term's own ``[[id]]`` / ``[#id]`` line above it is not the previous body's text."""
    return j - 1 if j > 0 and _ANCHOR_LINE.match(lines[j - 1].raw) else j


def _anchor_above(lines: Sequence[_Line], i: int) -> list[str]:
    match = _ANCHOR_LINE.match(lines[i - 1].raw) if i > 0 else None
    return [match.group("id") or match.group("hash")] if match else []


def _heading_level(line: _Line) -> int:
    if line.block or line.depth:
        return 0
    match = _SECTION.match(line.raw)
    return len(match.group("marks")) if match else 0


def _section(
    raw_title: str,
    number: int,
    body: str,
    anchors: Sequence[str],
    attributes: dict[str, str],
    *,
    labeled: bool = False,
) -> Section | None:
    """A labeled-list term is a term whatever its words ("index" in Git's glossary); a
    section title or table cell is not one when it names a letter group or the page.
    ``anchors``: the ids the label or the line above gives; the title's own inline
    anchors (``[[B]]Balance stop percent``) follow them and never reach the title."""
    raw_title, inline_ids = split_anchors(raw_title)
    anchor = naming_anchor([*anchors, *inline_ids])
    title = " ".join(inline_text(raw_title, attributes).split())
    if not title or len(title.split()) > _MAX_TERM_WORDS:
        return None
    if not labeled and _NOT_TERMS.match(title):
        return None
    return Section(
        title=title,
        line=number,
        body=body,
        aliases=[*acronym_aliases(title), *defined_acronym_aliases(title, body)],
        slug_text=title,
        anchor=slugify(anchor) if anchor else None,
    )


def _bullet_sections(
    lines: Sequence[_Line], attributes: dict[str, str], held: Sequence[int] = ()
) -> list[Section]:
    """``* *Term* — definition`` items (asciidoc_bullets.py); a section of the level that
    groups them which holds no such item (nor a ``held`` labeled term) but prose is an
    entry itself."""
    found: list[Section] = []
    items = bullet_terms(lines)
    for item in items:
        opening = [item.rest] if item.rest else []
        body = _body(opening, lines[item.start + 1 : item.end], attributes)
        anchor = _anchor_above(lines, item.start)
        section = _section(item.term, lines[item.start].number, body, anchor, attributes)
        if section:
            section.aliases[:0] = [inline_text(n, attributes) for n in item.names]
            found.append(section)
    heads = [i for i, line in enumerate(lines) if _heading_level(line) > 1]
    spans = list(zip(heads, [*heads[1:], len(lines)][: len(heads)], strict=True))
    starts = [t.start for t in items]
    holding = [(i, end) for i, end in spans if any(i < t < end for t in [*starts, *held])]
    levels = {_heading_level(lines[i]) for i, end in holding if any(i < t < end for t in starts)}
    for i, end in spans:
        if (i, end) in holding or _heading_level(lines[i]) not in levels:
            continue
        title = _SECTION.match(lines[i].raw).group("title")  # type: ignore[union-attr]
        body = _body([], lines[i + 1 : _before_anchor(lines, end)], attributes)
        section = _section(title, lines[i].number, body, _anchor_above(lines, i), attributes)
        if section and len(body.split()) >= _PROSE_WORDS:
            found.append(section)
    return sorted(found, key=lambda s: s.line)


def _section_terms(lines: Sequence[_Line], attributes: dict[str, str]) -> list[Section]:
    best: list[Section] = []
    for level in range(2, 7):
        found: list[Section] = []
        for i, line in enumerate(lines):
            if _heading_level(line) != level:
                continue
            end = next(
                (j for j in range(i + 1, len(lines)) if 0 < _heading_level(lines[j]) <= level),
                len(lines),
            )
            title = _SECTION.match(line.raw).group("title")  # type: ignore[union-attr]
            body = _body([], lines[i + 1 : _before_anchor(lines, end)], attributes)
            section = _section(title, line.number, body, _anchor_above(lines, i), attributes)
            if section:
                found.append(section)
        if len(found) > len(best):
            best = found
    return best


def _body(opening: Sequence[str], lines: Sequence[_Line], attributes: dict[str, str]) -> str:
    """Readable text of a definition: paragraphs joined, blocks on their own lines."""
    current: list[str] = list(opening)
    paragraphs: list[str] = []

    def flush() -> None:
        if current:
            paragraphs.append(" ".join(inline_text(" ".join(current), attributes).split()))
            current.clear()

    for line in lines:
        text = line.raw.strip()
        if line.block.startswith(_VERBATIM) and line.raw != line.block:
            flush()
            paragraphs.append(line.raw)
            continue
        if line.block or _skipped(line.raw, text):
            flush()
            continue
        if line.block == "" and _DELIMITER.match(text):
            flush()
            continue
        text = _ADMONITION.sub("", text)
        nested = _LABEL.match(text)
        item = _LIST_ITEM.match(text)
        if nested and not _BLOCK_ATTRS.match(text):
            flush()
            current.append(f"{nested.group('term')}: {nested.group('rest') or ''}".rstrip())
        elif item:
            flush()
            current.append(f"- {item.group('text')}")
        else:
            current.append(text)
    flush()
    return "\n".join(p for p in paragraphs if p.strip())


def _skipped(raw: str, text: str) -> bool:
    return (
        not text
        or text == "+"
        or raw.startswith("//")
        or bool(_BLOCK_ATTRS.match(text))
        or bool(_ANCHOR_LINE.match(text))
        or bool(_ATTRIBUTE_ENTRY.match(text))
        or is_letter_row(text)
        or text.startswith(("include::", "ifdef::", "ifndef::", "endif::", "ifeval::", "toc::"))
    )


def _table_terms(lines: Sequence[_Line], attributes: dict[str, str]) -> list[Section]:
    sections: list[Section] = []
    for row in table_rows(lines, lambda text: inline_text(text, attributes)):
        section = _section(row.term, row.number, row.body, [], attributes)
        if section and section.body:
            sections.append(section)
    return sections
