"""DITA topics read as a glossary (xml_glossary.py's reading of a DITA document).

A DITA topic (``<topic>``, ``<concept>``, ``<task>``, ``<reference>``, a specialisation: any
element with a ``<title>`` and a ``*body`` child), a ``<dita>`` composite or a map is read as
DITA's own tools show it. Its glossary entries are its ``<glossentry>`` topics (read by
xml_glossary.py) and the entries of its definition lists: each ``<dlentry>`` of a ``<dl>`` in a
topic's body (not one nested in a definition) is an entry, its first ``<dt>`` the title, any
other ``<dt>`` an alias, its ``<dd>``s the text, its ``id`` (or the ``<dt>``'s) the anchor.
Beside those, a titled topic of prose is an entry of its own (a "Glossary" / "Terms" topic is
the list's frame, and a topic holding a term list only introduces it); a document with no
glossary entry and no definition list (a manual page, a task, a map) gives no entries.

Inline text as DITA-OT renders it: an empty cross-reference to this file (``<xref
href="#terms/threat-actor"/>``) shows its target's title, an empty conref to this file the
text it points to; an empty inline placeholder whose key or conref lies in another file
(``<ph conref="conrefs.dita#conrefs/moj"/>``, ``<term keyref="confcall"/>``) shows the key
or element name, since its text cannot be read here; a block placeholder gives nothing.
Editorial elements (``<draft-comment>``, ``<required-cleanup>``, ``<prolog>``, ``<data>``)
are no text. A glossentry keeps xml_glossary.py's anchor, its term's slug: DITA requires an
``id`` on every topic, and it is often a code (``az`` for "availability zone").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from rag_glossary.corpus_files import POD_GLOSSARY_HEADING
from rag_glossary.parsing.base import Section, acronym_aliases, defined_acronym_aliases
from rag_glossary.parsing.slug import slugify
from rag_glossary.parsing.xml_text import BLOCKS, ITEMS, LISTS, block_text, inline_text, local_name

ROOTS = frozenset(
    ("topic", "concept", "task", "reference", "troubleshooting", "dita", "glossgroup", "map",
     "bookmap", "subjectscheme")
)  # fmt: skip
_DITA_ARCH = "{http://dita.oasis-open.org/architecture/2005/}DITAArchVersion"
_DITA_DOCTYPE = re.compile(r"<!DOCTYPE\s+[\w.:-]+\s+PUBLIC\s+[\"']-//OASIS//DTD DITA\b", re.I)
_GLOSSENTRY = "glossentry"
_EDITORIAL = frozenset(
    ("titlealts", "prolog", "related-links", "draft-comment", "required-cleanup", "data",
     "data-about", "indexterm", "foreign", "unknown")
)  # fmt: skip
# Block elements a conref or key fills: left empty, they give nothing.
_BLOCK_PLACEHOLDERS = BLOCKS | LISTS | ITEMS | frozenset(
    ("body", "conbody", "taskbody", "refbody", "dt", "dd", "sli", "sl", "table", "row", "entry",
     "simpletable", "strow", "stentry", "fig", "image", "codeblock", "lines", "lq", "steps",
     "step", "cmd", "info", "context", "result", "postreq", "prereq", "topic", "refsyn")
)  # fmt: skip
_REFERENCES = ("conref", "conkeyref", "keyref")
_NO_ENTRIES = "no DITA glossary entries (no <glossentry> and no <dl> term list in a topic)"
_START_TAG = re.compile(r"<(?=[^\W\d])")

LineOf = dict[int, int]  # id() of an element: the line of its start tag


def is_dita(root: Any, text: str) -> bool:
    """A DITA document: a DITA doctype, the architecture attribute, or a DITA root holding a
    title (every DITA topic and map opens with one) in no namespace (DocBook 5.1 has a
    ``<topic>`` too, in its own)."""
    if root.get(_DITA_ARCH) or _DITA_DOCTYPE.search(text[:4096]):
        return True
    named = local_name(root) in ROOTS and not str(root.tag).startswith("{")
    return named and any(local_name(c) == "title" for c in root)


def prepare(root: Any, start_lines: Callable[[re.Pattern[str]], list[int]]) -> LineOf:
    """Each element's line; then editorial elements dropped and empty references filled
    with the text they stand for (the tree is changed in place)."""
    elements = list(root.iter())
    lines = start_lines(_START_TAG)
    if len(lines) != len(elements):  # a start tag inside CDATA: lines not known
        lines = [1] * len(elements)
    line_of = dict(zip(map(id, elements), lines, strict=True))
    by_id = {el.get("id"): el for el in elements if el.get("id")}
    for parent in elements:
        for child in list(parent):
            if local_name(child) in _EDITORIAL:
                _drop(parent, child)
    for element in root.iter():
        if len(element) or (element.text or "").strip():
            continue
        shown = _reference_text(element, by_id, local_name(element) in _BLOCK_PLACEHOLDERS)
        if shown:
            element.text = shown
    return line_of


def topic_sections(
    root: Any, glossary: list[Section], line_of: LineOf
) -> tuple[list[Section], str | None]:
    """The document's sections in file order: its glossentries' (``glossary``), its term
    lists' and its prose topics' when it has a glossary entry or a term list; else none."""
    topics = list(_topics(root))
    terms = [
        s
        for topic in topics
        for dl in _term_lists(topic)
        for entry in dl
        if local_name(entry) == "dlentry"
        if (s := _dlentry_section(entry, line_of.get(id(entry), 1)))
    ]
    if not glossary and not terms:
        return [], _NO_ENTRIES
    prose = [
        s
        for topic in topics
        if not any(True for _ in _term_lists(topic))
        if (s := _topic_section(topic, line_of.get(id(topic), 1)))
    ]
    return sorted([*glossary, *terms, *prose], key=lambda s: s.line), None


def _is_topic(element: Any) -> bool:
    children = [local_name(c) for c in element]
    return "title" in children and any(c.endswith("body") for c in children)


def _topics(element: Any) -> Iterator[Any]:
    """Every topic at and below ``element`` (glossentries are read by xml_glossary.py)."""
    if local_name(element) == _GLOSSENTRY:
        return
    if _is_topic(element):
        yield element
    for child in element:
        yield from _topics(child)


def _term_lists(topic: Any) -> Iterator[Any]:
    """The ``<dl>``s of a topic's body and its sections, not those inside a definition."""
    for child in topic:
        if local_name(child).endswith("body"):
            yield from _lists_in(child)


def _lists_in(element: Any) -> Iterator[Any]:
    for child in element:
        name = local_name(child)
        if name == "dl":
            yield child
        elif name not in ("dd", "dt", "dlentry") and not _is_topic(child):
            yield from _lists_in(child)


def _dlentry_section(entry: Any, line: int) -> Section | None:
    terms = [c for c in entry if local_name(c) == "dt"]
    names = [t for c in terms if (t := inline_text(c))]
    if not names:
        return None
    body = "\n\n".join(t for c in entry if local_name(c) == "dd" if (t := block_text(c)))
    anchor = slugify(entry.get("id") or terms[0].get("id") or "")
    return _section(names[0], line, body, names[1:], anchor or None)


def _topic_section(topic: Any, line: int) -> Section | None:
    title = inline_text(next(c for c in topic if local_name(c) == "title"))
    if not title or POD_GLOSSARY_HEADING.fullmatch(title):
        return None
    parts = [
        block_text(c)
        for c in topic
        if local_name(c) in ("shortdesc", "abstract") or local_name(c).endswith("body")
    ]
    body = "\n\n".join(p for p in parts if p)
    return _section(title, line, body, [], None) if body else None


def _section(title: str, line: int, body: str, aliases: list[str], anchor: str | None) -> Section:
    names = [*aliases, *acronym_aliases(title), *defined_acronym_aliases(title, body)]
    kept = [a for a in dict.fromkeys(names) if a.casefold() != title.casefold()]
    return Section(title=title, line=line, body=body, aliases=kept, anchor=anchor)


def _reference_text(element: Any, by_id: dict[str, Any], block: bool) -> str:
    """What an empty element shows: its link target's title, the text its conref names in
    this file, or (an inline element only) the name of its key or conref target."""
    href = element.get("href") or ""
    if local_name(element) == "xref" and href.startswith("#"):
        target = by_id.get(href.rsplit("/", 1)[-1].lstrip("#"))
        if target is not None:
            return _title_of(target)
    for attribute in _REFERENCES:
        value = element.get(attribute) or ""
        if not value:
            continue
        target = by_id.get(value.rsplit("/", 1)[-1].lstrip("#")) if value[0] == "#" else None
        if target is not None:
            return inline_text(target) if target is not element else ""
        if not block:  # a name standing in for another file's text
            return " ".join(re.split(r"[#/]", value)[-1].replace("_", " ").split())
    return ""


def _title_of(target: Any) -> str:
    """What a link to an element shows: a topic's title, a dlentry's term, else its text."""
    for child in target:
        if local_name(child) in ("title", "dt", "glossterm"):
            return inline_text(child)
    return inline_text(target)


def _drop(parent: Any, child: Any) -> None:
    """Remove ``child``, keeping the text that follows it."""
    tail = child.tail or ""
    index = list(parent).index(child)
    if index:
        before = parent[index - 1]
        before.tail = (before.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(child)
