"""Dialect ``html``: a saved glossary web page, read with Beautiful Soup (html.parser).

Navigation, headers, footers, sidebars, scripts and styles are dropped first.
Then the page is read as ``<dl>`` term/definition pairs, as one heading per
term (the heading level that names the most terms), whichever finds more; a
page where neither finds three terms is read as its two-column term table
(md_html_tables.py), else as paragraphs that open with a bold term when it reads
that way (html_terms.py: Word/LibreOffice exports), else as ``<p>Term: definition</p>``
paragraphs (html_colon_terms.py).
Alphabet headings (``A``..``Z``) and tables of contents are not terms. An
``id`` on the ``<dt>``/heading, or on the element the heading opens, is the
anchor. Entities are decoded by the parser. A Jinja/Django template page
(``{% extends "base.html" %}`` first) loses its template tags first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from rag_glossary.parsing.base import Parsed, Section, acronym_aliases
from rag_glossary.parsing.html_colon_terms import colon_paragraph_terms
from rag_glossary.parsing.html_terms import bold_paragraph_terms
from rag_glossary.parsing.html_tree import close_open_items, tables_as_rows, without_letter_line
from rag_glossary.parsing.md_html_tables import term_table
from rag_glossary.parsing.mojibake import fix_mojibake
from rag_glossary.parsing.slug import slugify
from rag_glossary.parsing.sniff_formats import TEMPLATE_TAG

_DROPPED = (
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "aside",
    "noscript",
    "template",
    "form",
    "svg",
    "button",
)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = {
    "p",
    "div",
    "li",
    "dd",
    "dt",
    "tr",
    "br",
    "pre",
    "blockquote",
    "section",
    "article",
    *_HEADINGS,
}
_NOT_TERMS = re.compile(
    r"^(?:[A-Za-z0-9]|table of contents|contents|on this page|glossary|index|navigation)$", re.I
)
_MAX_TITLE_WORDS = 12
# Fewer <dl> or heading terms than this (a page title, one "Glossary" heading): the page
# is read as bold-term paragraphs when it reads that way (html_terms.py).
_USABLE = 3
_PERMALINK_SIGNS = {"¶", "#", "§", "🔗", "\uf0c1"}


def parse_html(text: str, source: str, spec: object) -> Parsed:
    del source, spec
    from bs4 import BeautifulSoup  # only for HTML files; keeps the query path light

    if TEMPLATE_TAG.match(text.lstrip()):
        text = TEMPLATE_TAG.sub(" ", text)  # a Jinja/Django template: its tags are not text
    soup = BeautifulSoup(text, "html.parser")
    title_tag = soup.find("title")
    page_title = _text(title_tag) if title_tag else None
    for tag in soup.find_all(_DROPPED):
        tag.decompose()
    for link in soup.find_all("a", class_="headerlink"):
        link.decompose()
    close_open_items(soup)
    tabled = [s for table in soup.find_all("table") for s in term_table(table)]
    tables_as_rows(soup, _text)
    by_dl = definition_lists(soup)
    by_heading = _heading_terms(soup)
    sections = by_dl if len(by_dl) >= len(by_heading) else by_heading
    if len(sections) < _USABLE and len(tabled) >= _USABLE:  # a term table (md_html_tables.py)
        sections = tabled
    elif len(sections) < _USABLE:  # no usable <dl> or headings: paragraphs that open bold
        sections = (
            bold_paragraph_terms(soup.body or soup, _defined_section)
            or colon_paragraph_terms(soup.body or soup, _text, _defined_section)
            or sections
        )
    problem = None if sections else "no <dl> terms, headings or bold paragraph terms"
    return Parsed(sections, title=page_title or None, problem=problem)


def _text(node: Any) -> str:
    """Readable text of a node: blocks on their own lines, spaces collapsed."""
    parts: list[str] = []
    for piece in node.descendants if hasattr(node, "descendants") else [node]:
        name = getattr(piece, "name", None)
        if name in _BLOCKS:
            parts.append("\n")
        elif name is None and isinstance(piece, str) and type(piece).__name__ == "NavigableString":
            # A line break in the page source is a space; only <pre> keeps its lines.
            keep = piece.find_parent("pre") is not None  # type: ignore[attr-defined]
            parts.append(str(piece) if keep else str(piece).replace("\n", " "))
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return fix_mojibake("\n".join(line for line in lines if line))


def text_of(node: Any) -> str:
    """Readable text of a node (a Markdown page's raw HTML block reads it the same way)."""
    return _text(node)


def _title(node: Any) -> str:
    words = " ".join(without_letter_line(_text(node)).split())
    while words and words[-1] in _PERMALINK_SIGNS:
        words = words[:-1].rstrip()
    return words


def _section(title: str, node: Any, body: str, anchor_node: Any) -> Section | None:
    if not title or len(title.split()) > _MAX_TITLE_WORDS or _NOT_TERMS.match(title):
        return None
    return _defined_section(title, node, body, anchor_node)


def _defined_section(title: str, node: Any, body: str, anchor_node: Any) -> Section | None:
    """A bold paragraph's term: "Index" or "Navigation" with a definition is a term."""
    if not title or (not body and _NOT_TERMS.match(title)):
        return None
    anchor = slugify(str(anchor_node.get("id") or "")) if anchor_node is not None else ""
    return Section(
        title=title,
        line=int(getattr(node, "sourceline", None) or 1),
        body=body,
        aliases=acronym_aliases(title),
        slug_text=title,
        anchor=anchor or None,
    )


def definition_lists(soup: Any) -> list[Section]:
    sections: list[Section] = []
    for dt in soup.find_all("dt"):
        dds = []
        for sibling in dt.find_next_siblings(["dt", "dd"]):
            if sibling.name == "dt":
                break
            dds.append(sibling)
        # A <dd> holding only a link (and its <cite>) is a reference, not the definition.
        texts = [d for d in dds if not _reference(d)] or dds
        bodies = [_text(d) for d in texts]
        body = "\n".join(b for b in bodies if b)
        section = _letter_term(_title(dt), dt, body, texts) or _section(_title(dt), dt, body, dt)
        if section:
            sections.append(section)
    return sections


def _letter_term(title: str, dt: Any, body: str, dds: Sequence[Any]) -> Section | None:
    """A one-letter ``<dt>`` whose ``<dd>`` defines it (``<dt>A</dt><dd>At, to, by</dd>``,
    a music glossary's Italian "a") is a term: a letter that groups terms under it holds
    them in its ``<dd>``, as a list of its own, and is no entry."""
    if len(title) != 1 or not title.isalpha() or not body:
        return None
    if any(dd.find(["dl", "dt", "ul", "ol"]) for dd in dds):
        return None
    return _defined_section(title, dt, body, dt)


def _reference(node: Any) -> bool:
    linked = node.find_all(["a", "cite"])
    if not node.find("a"):
        return False
    rest = _text(node)
    for tag in linked:
        rest = rest.replace(_text(tag), "", 1)
    return not re.search(r"\w", rest)


def _heading_terms(soup: Any) -> list[Section]:
    best: list[Section] = []
    for level in _HEADINGS:
        found = [s for h in soup.find_all(level) if (s := _heading_section(h))]
        if len(found) > len(best):
            best = found
    return best


def _heading_section(heading: Any) -> Section | None:
    body: list[str] = []
    for sibling in heading.find_next_siblings():
        if sibling.name in _HEADINGS and sibling.name <= heading.name:
            break
        if sibling.name in _HEADINGS or sibling.find(heading.name):
            break
        body.append(_text(sibling))
    parent = heading.parent
    opens_parent = parent is not None and parent.find(True) is heading and parent.get("id")
    anchor_node = heading if heading.get("id") or not opens_parent else parent
    return _section(_title(heading), heading, "\n".join(b for b in body if b), anchor_node)
