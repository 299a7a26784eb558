"""reStructuredText glossaries written without a glossary directive or definition list
(rst.py's fallback when neither gives an entry), read from docutils' tree:

- bold-term paragraphs, ``**AHRS**: Altitude Heading ...`` (``**MAVLink**. The ...``,
  ``**Term:** def``, a dash, or the bold term alone over its paragraph): the term is the
  bold span without its separator (md_leads.bold_lead, as the Markdown dialects read
  them), its text the rest of the paragraph and the blocks that follow up to the next
  term or section title. A bold ``ICSP: In Circuit Serial Programmer`` is the term
  ``ICSP`` with its expansion as an alias. Only a page whose paragraphs mostly open that
  way is split (bold emphasis opening a few paragraphs of prose is no glossary);
- field lists, ``:Term: definition``, one entry a field;
- one term a section: each section with text of its own is an entry.

A paragraph that is a wiki or WordPress shortcode alone (``[copywiki destination="x"]``)
renders as nothing and is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from rag_glossary.parsing.base import (
    Section,
    acronym_aliases,
    defined_acronym_aliases,
    quoted_aliases,
    slash_aliases,
)
from rag_glossary.parsing.md_leads import bold_lead
from rag_glossary.parsing.mojibake import fix_mojibake
from rag_glossary.parsing.rst_sphinx import drop_citations
from rag_glossary.parsing.term_pages import MIN_TERMS, reads_as_term_page

BlockText = Callable[[Any], str]

_SHORTCODE = re.compile(r"\[/?[a-z][\w-]*(?:\s+[a-z_-]+=[^\[\]\n]*)?\]", re.IGNORECASE)
_FIELD_NAME_WORDS = 8


@dataclass
class _Term:
    title: str
    node: Any
    text: str
    names: tuple[str, ...]
    chunks: list[str] = field(default_factory=list)


def fallback_sections(tree: Any, lines: Sequence[str], block_text: BlockText) -> list[Section]:
    """Entries of an rst page with no glossary directive and no definition list."""
    return (
        bold_term_sections(tree, lines, block_text)
        or field_sections(tree, lines, block_text)
        or section_sections(tree, lines, block_text)
    )


def bold_term_sections(tree: Any, lines: Sequence[str], block_text: BlockText) -> list[Section]:
    from docutils import nodes

    blocks = [(b, heading) for b, heading in _blocks(tree) if heading or not _shortcode(b)]
    paragraphs = [b for b, heading in blocks if not heading and isinstance(b, nodes.paragraph)]
    leads = {id(p): lead for p in paragraphs if (lead := _lead(p))}
    if not reads_as_term_page(paragraphs, leads):
        return []
    terms: list[_Term] = []
    current: _Term | None = None
    for block, heading in blocks:
        lead = leads.get(id(block))
        if heading or lead:
            current = lead
            if lead:
                terms.append(lead)
        elif current is not None and (text := block_text(block)):
            current.chunks.append(text)
    sections = [_term_section(t, lines) for t in terms]
    defined = [s for s in sections if s.body]
    # A run of bold names with no text (a list of products, column headers) defines nothing.
    return defined if len(defined) * 2 > len(sections) else []


def _term_section(term: _Term, lines: Sequence[str]) -> Section:
    body = "\n".join(c for c in (term.text, *term.chunks) if c)
    section = _section(term.title, term.node, body, lines)
    section.aliases = [*section.aliases, *term.names]
    return section


def _lead(paragraph: Any) -> _Term | None:
    """The paragraph's opening bold span as a term, when a separator follows it."""
    from docutils import nodes

    kids = list(paragraph.children)
    while kids and isinstance(kids[0], nodes.Text) and not kids[0].strip():
        kids.pop(0)
    if not kids or not isinstance(kids[0], nodes.strong):
        return None
    bold = " ".join(kids[0].astext().split())
    rest = "".join(k.astext() for k in kids[1:])
    lead = bold_lead(f"**{bold}**{rest}")
    if lead is None:
        return None
    title, text, names = lead
    return _Term(title, paragraph, " ".join(text.split()), names)


def field_sections(tree: Any, lines: Sequence[str], block_text: BlockText) -> list[Section]:
    """``:Term: definition`` fields (outside the document's bibliographic fields)."""
    from docutils import nodes

    found: list[Section] = []
    for item in tree.findall(nodes.field):
        if isinstance(item.parent, nodes.docinfo):
            continue
        names = [c for c in item.children if isinstance(c, nodes.field_name)]
        bodies = [c for c in item.children if isinstance(c, nodes.field_body)]
        title = " ".join(names[0].astext().split()) if names else ""
        if not title or len(title.split()) > _FIELD_NAME_WORDS or not bodies:
            continue
        body = "\n".join(t for child in bodies[0].children if (t := block_text(child)))
        if body:
            found.append(_section(title, item, body, lines))
    return found if len(found) >= MIN_TERMS else []


def section_sections(tree: Any, lines: Sequence[str], block_text: BlockText) -> list[Section]:
    """One term a section: each section with text of its own (a section holding only
    subsections groups them)."""
    from docutils import nodes

    found: list[Section] = []
    for sec in tree.findall(nodes.section):
        titles = [c for c in sec.children if isinstance(c, nodes.title)]
        own = [
            c
            for c in sec.children
            if not isinstance(c, (nodes.title, nodes.section, nodes.target, nodes.comment))
            and not _shortcode(c)
        ]
        body = "\n".join(t for c in own if (t := block_text(c)))
        title = " ".join(titles[0].astext().split()) if titles else ""
        if title and body:
            found.append(_section(title, titles[0], body, lines))
    return found if len(found) >= MIN_TERMS else []


def _section(title: str, node: Any, body: str, lines: Sequence[str]) -> Section:
    body = fix_mojibake(drop_citations(body))
    names = (acronym_aliases, slash_aliases)
    return Section(
        title=title,
        line=_line_of(title, node, lines),
        body=body,
        aliases=[
            *(a for name in names for a in name(title)),
            *defined_acronym_aliases(title, body),
            *quoted_aliases(body),
        ],
        slug_text=title,
    )


def _blocks(node: Any) -> Iterator[tuple[Any, bool]]:
    """The body elements in document order, with (title, True) where a section opens."""
    from docutils import nodes

    skipped = (
        nodes.title,
        nodes.subtitle,
        nodes.docinfo,
        nodes.comment,
        nodes.target,
        nodes.system_message,
        nodes.substitution_definition,
        nodes.decoration,
    )
    for child in node.children:
        if isinstance(child, nodes.section):
            titles = [c for c in child.children if isinstance(c, nodes.title)]
            yield (titles[0] if titles else child), True
            yield from _blocks(child)
        elif _term_list(child):  # "* **Term**: def" items: each item's blocks in turn
            for item in child.children:
                yield from _blocks(item)
        elif not isinstance(child, skipped):
            yield child, False


def _term_list(node: Any) -> bool:
    """A bullet or numbered list whose items mostly open with a bold term."""
    from docutils import nodes

    if not isinstance(node, (nodes.bullet_list, nodes.enumerated_list)):
        return False
    firsts = [item.children[0] if item.children else None for item in node.children]
    leads = sum(1 for f in firsts if isinstance(f, nodes.paragraph) and _lead(f))
    return leads * 2 > len(firsts)


def _shortcode(block: Any) -> bool:
    from docutils import nodes

    return isinstance(block, nodes.paragraph) and bool(_SHORTCODE.fullmatch(block.astext().strip()))


def _line_of(title: str, node: Any, lines: Sequence[str]) -> int:
    """The 1-based line where the term is written, searched from docutils' line back."""
    hint = getattr(node, "line", None) or 1
    first_word = title.split()[0] if title.split() else title
    for i in range(min(int(hint), len(lines)) - 1, max(-1, int(hint) - 60), -1):
        if first_word in lines[i]:
            return i + 1
    return max(1, min(int(hint), len(lines)))
