"""The entries of one markdown-it token stream (md_terms.py), collected in document order:
a bold term's text runs to the next term or heading (a list item's ends with its list),
and a heading whose own text holds no term is an entry when headings of its level hold
terms. ``term_section`` makes the entry of a title and its text chunks (also used by
md_deflists.py).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from rag_glossary.parsing.base import Section, acronym_aliases, defined_acronym_aliases
from rag_glossary.parsing.clean import clean_markdown
from rag_glossary.parsing.inline import IMAGE, INLINE_LINK, clean_title
from rag_glossary.parsing.markdown import heading_anchor
from rag_glossary.parsing.md_leads import Lead
from rag_glossary.parsing.navigation import only_links

# A document's back matter, not a term: "## References [^22]", "## Footnotes".
_BACK_MATTER = re.compile(
    r"(?i)^(?:references?|bibliography|footnotes?|citations?|works cited|further reading"
    r"|see also|related (?:pages|links|reading))$"
)
_PROSE_WORDS = 3


@dataclass
class _Open:
    """A bold-term entry whose text is still being collected."""

    title: str
    line: int
    chunks: list[str] = field(default_factory=list)
    list_level: int | None = None  # a list item's term: its text ends with the list
    aliases: tuple[str, ...] = ()
    quoted: int = 0  # chunks that came from a block quote


@dataclass
class _Heading:
    """A heading and, until a term shows up under it, its own text."""

    title: str
    line: int
    level: int
    at: int  # where its entry goes among the sections found so far
    chunks: list[str] = field(default_factory=list)
    has_terms: bool = False
    pointer: bool = False  # it holds a table of links ("## Cross-References"): no term
    list_level: int | None = None  # its text is a list: it ends with that list
    ended: bool = False
    anchor: str = ""  # ``### Term {#id}``: the id it was given
    code: set[int] = field(default_factory=set)  # which chunks are code blocks
    fields: bool = False  # its text is labelled fields (md_records.py): it is the term
    items: int = 0  # terms under it that are list items ("- **Aerial Mends** - ...")
    others: int = 0  # terms under it that are not


class TermWalk:
    """The entries of one token stream, collected in document order.

    A term's text runs to the next term or heading; a term that is a list item's ends
    with its list (what follows the list is not about that one item). A heading whose
    text holds no term is an entry itself when headings of its level hold terms (a
    glossary mixing ``### Term`` paragraphs with ``### Group`` headings of bold terms).
    """

    def __init__(self, offset: int, items: set[int]) -> None:
        self.offset = offset
        self.items = items  # inline tokens that open an item of a list of bold terms
        self.out: list[Section] = []
        self.current: _Open | None = None
        self.headings: list[_Heading] = []

    def close(self) -> None:
        _close(self.current, self.out)
        self.current = None

    def heading(self, tok: Any, raw: str) -> None:
        title = clean_title(raw).rstrip(":").rstrip()
        line = self.offset + tok.map[0] + 1
        level = int(tok.tag[1:])
        self.headings.append(
            _Heading(title, line, level, len(self.out), anchor=heading_anchor(raw))
        )

    def add_terms(self, sections: list[Section]) -> None:
        self.out.extend(sections)
        if sections and self.headings:
            self.headings[-1].has_terms = True

    def links(self) -> None:
        """A table of links under the last heading: a section that points elsewhere."""
        if self.headings:
            self.headings[-1].pointer = True

    def term(self, lead: Lead, line: int, list_level: int | None) -> None:
        group = self.current
        if group and _labels(list_level, group.list_level) and not "".join(group.chunks).strip():
            self.current = None  # "- **Phases:**" over a nested list of terms: a label
        self.close()
        self.current = _Open(lead[0], line, [lead[1]], list_level, lead[2])
        if self.headings:
            last = self.headings[-1]
            last.has_terms = True
            last.items += list_level is not None
            last.others += list_level is None

    def text(self, content: str, *, quoted: bool = False, code: bool = False) -> None:
        if self.current is not None:
            self.current.chunks.append(content)
            self.current.quoted += quoted
        elif self.headings and not self.headings[-1].ended:
            last = self.headings[-1]
            if code:
                last.code.add(len(last.chunks))
            last.chunks.append(content)

    def field(self, content: str) -> None:
        """A labelled field of the heading's term (``How it forms: ...``, md_records.py)."""
        self.text(content)
        if self.current is None and self.headings:
            self.headings[-1].fields = True

    def list_opens(self, level: int) -> None:
        last = self.headings[-1] if self.headings else None
        if last and self.current is None and not last.chunks and last.list_level is None:
            last.list_level = level

    def list_closes(self, level: int) -> None:
        if self.current is not None and self.current.list_level == level:
            self.close()
        if self.headings and self.headings[-1].list_level == level:
            self.headings[-1].ended = True

    def finish(self, term_lines: Collection[int] = ()) -> list[Section]:
        """The entries; a heading at one of ``term_lines`` (one a summary table lists) is a
        term."""
        self.close()
        levels = {h.level for h in self.headings if h.has_terms}
        letters = {h.level for h in self.headings if h.has_terms and _letter(h.title)}
        plain = Counter(h.level for h in self.headings if not h.has_terms and h.chunks)
        ends = [h.at for h in self.headings[1:]] + [len(self.out)] * bool(self.headings)
        below = [h.level for h in self.headings[1:]] + [0] * bool(self.headings)
        for h, end, next_level in zip(
            reversed(self.headings), reversed(ends), reversed(below), strict=True
        ):
            prose = [c for k, c in enumerate(h.chunks) if k not in h.code]
            is_entry = h.title and not _BACK_MATTER.match(h.title) and _prose(prose)
            is_entry = is_entry and not only_links("\n".join(prose).split("\n"))
            # "#### Z" over the page's footnotes, among "#### A" .. groups: no term
            is_entry = is_entry and not (h.level in letters and _letter(h.title))
            grouped = h.level in levels or h.fields
            grouped = grouped or _defining_section(h, next_level, plain) or h.line in term_lines
            chunks = h.chunks
            if plain[h.level] >= _TERM_SIBLINGS and _kinds_listed(h, prose):
                kinds = (f"- {s.title} - {s.body}" for s in self.out[h.at : end])
                chunks = [*h.chunks, "\n".join(kinds)]
            elif h.has_terms:
                continue
            if grouped and not h.pointer and is_entry:
                section = term_section(h.title, h.line, chunks)
                section.anchor = h.anchor or None
                if section.body:
                    self.out.insert(h.at, section)
        return self.out


def _letter(title: str) -> bool:
    """A heading that is one letter (``#### A``): a letter group of an alphabetic list."""
    return len(title) == 1 and title.isalpha()


def _defining_section(h: _Heading, next_level: int, plain: Counter[int]) -> bool:
    """A section heading with no heading under it whose one paragraph defines it, on a page
    whose terms are headings one level down (``## Fly Casting`` / "Using a flexible lever
    to ..." between ``## Loops`` over ``### Loop`` ...): a term too. A section over term
    headings, or with an intro of several blocks (``## Introduction``), is none."""
    leaf = next_level <= h.level
    return leaf and len(h.chunks) == 1 and plain[h.level + 1] >= _TERM_SIBLINGS


_FEW_KINDS = 3
_TERM_SIBLINGS = 3  # headings of its level that are terms with a text of their own


def _kinds_listed(h: _Heading, prose: Sequence[str]) -> bool:
    """A heading among term headings of its level (``_TERM_SIBLINGS``) that defines its
    term in a sentence of its own, then lists a few kinds of it as bold bullets (``###
    Mends``: "Manipulating fly line layout ..." over ``- **Aerial Mends** - ...`` and ``-
    **Water Mends** - ...``): the term, its kinds listed in its text, each kind an entry
    too. A heading whose text leads into its list ("Types:"), lists many terms or stands
    over no term headings (a page's title) is a group of terms."""
    if not h.has_terms or h.others or not 0 < h.items <= _FEW_KINDS or not prose:
        return False
    first = prose[0].strip()
    return len(first.split()) >= _PROSE_WORDS and not first.endswith(":")


def _labels(level: int | None, outer: int | None) -> bool:
    """A term with no text of its own over a deeper list of terms labels that list (a
    bold paragraph, ``**Key Concepts to Remember**:``, over a top-level list too)."""
    return level is not None and (outer is None or level > outer)


def _prose(chunks: Sequence[str]) -> bool:
    """Mostly sentences: not a list of links or of questions (``## Cloud`` over
    ``- How would you deploy ...? [Answer](...)`` is no term)."""
    sentences = said = 0
    for chunk in chunks:
        if not IMAGE.sub("", chunk).strip():
            continue  # a diagram under the definition ("![Tailing Loop](/img/...)") says nothing
        said += 1
        text = INLINE_LINK.sub("", chunk).strip()
        sentences += len(text.split()) >= _PROSE_WORDS and not text.endswith("?")
    return sentences * 2 > said


def _close(current: _Open | None, out: list[Section]) -> None:
    # "**Game Foundations**" over "> Definitions of key terms ...": a bold line whose
    # only text is a quotation is a page's tagline, not a term (a definition is not quoted).
    said = sum(1 for chunk in current.chunks if chunk.strip()) if current else 0
    tagline = current is not None and current.quoted > 0 and current.quoted == said
    if current is not None and not tagline:
        out.append(term_section(current.title, current.line, current.chunks, current.aliases))


def term_section(
    title: str, line: int, chunks: Sequence[str], other_names: Sequence[str] = ()
) -> Section:
    raw = "\n\n".join(c.strip("\n") for c in chunks if c.strip())
    cleaned = clean_markdown(raw.split("\n"), [False] * (raw.count("\n") + 1)) if raw else None
    body = cleaned.text if cleaned else ""
    return Section(
        title=title,
        line=line,
        body=body,
        see_also=list(cleaned.see_also) if cleaned else [],
        aliases=[*other_names, *acronym_aliases(title), *defined_acronym_aliases(title, body)],
        slug_text=title,
    )
