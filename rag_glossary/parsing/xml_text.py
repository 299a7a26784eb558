"""Readable text of an XML element (DocBook, DITA, JATS, TBX): paragraphs, lists, link text.

Element names are compared by local name, lower-cased (``{http://docbook.org/ns/docbook}para``
and SGML-cased ``<Para>`` are ``para``). Block elements become paragraphs (joined by a blank
line), list items ``- item`` lines, inline markup its text with whitespace collapsed. A link
keeps its text (its URL when it has none); an ``<xref/>`` with no text says nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

BLOCKS = frozenset(
    (
        "para", "simpara", "formalpara", "p", "note", "tip", "warning", "caution", "important",
        "blockquote", "programlisting", "screen", "literallayout", "example",
        "informalexample", "shortdesc", "section", "div", "def", "definition", "glossdef",
    )
)  # fmt: skip
LISTS = frozenset(("itemizedlist", "orderedlist", "simplelist", "variablelist", "ul", "ol", "dl"))
ITEMS = frozenset(("listitem", "member", "varlistentry", "li", "dlentry"))
# Read elsewhere (see-also pointers) or never shown (index terms, editors' remarks).
SKIPPED = frozenset(("glossseealso", "glosssee", "indexterm", "remark", "related-links"))
LINKS = frozenset(("ulink", "link", "xref", "olink", "ext-link", "uri"))


def local_name(element: Any) -> str:
    """``{ns}GlossEntry`` as ``glossentry``; comments and processing instructions as ``""``."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()


def inline_text(element: Any) -> str:
    """All the text of an element on one line, skipped elements left out."""
    return " ".join(_inline_parts(element).split())


def block_text(element: Any) -> str:
    """The element's text as paragraphs and ``- item`` lines."""
    return "\n\n".join(b for b in _blocks(element) if b)


def _inline_parts(element: Any) -> str:
    parts = [element.text or ""]
    for child in element:
        name = local_name(child)
        if name and name not in SKIPPED:
            parts.append(_link_or_text(child, name))
        parts.append(child.tail or "")
    return " ".join(parts) if local_name(element) in BLOCKS | ITEMS else "".join(parts)


def _link_or_text(element: Any, name: str) -> str:
    text = _inline_parts(element)
    if name in LINKS and not text.strip():
        url = element.get("url") or element.get("href") or ""
        return url.strip() if url.strip().startswith(("http://", "https://")) else ""
    return text


def _blocks(element: Any) -> Iterator[str]:
    line: list[str] = [element.text or ""]
    for child in element:
        name = local_name(child)
        if name in BLOCKS or name in LISTS:
            yield " ".join("".join(line).split())
            line = []
            yield from (_list_lines(child) if name in LISTS else _blocks(child))
        elif name and name not in SKIPPED:
            line.append(_link_or_text(child, name))
        line.append(child.tail or "")
    yield " ".join("".join(line).split())


def _list_lines(element: Any) -> Iterator[str]:
    """One ``- item`` line per list item (a nested list runs on in its item's line)."""
    items = [c for c in element if local_name(c) in ITEMS]
    if not items:
        yield from _blocks(element)
        return
    lines = [" ".join(b for b in _blocks(item) if b) for item in items]
    yield "\n".join(f"- {text}" for text in lines if text)
