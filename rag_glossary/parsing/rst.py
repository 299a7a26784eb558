"""Dialect ``rst``: reStructuredText glossaries, parsed with docutils.

Entries are the terms of Sphinx ``.. glossary::`` directives (several term
lines may share one definition: the first is the title, the others aliases;
``A / B approach`` also gives each side as an alias, and so does a quoted name
the definition gives, ``referred to as the "target"``) and of plain definition
lists. Sphinx roles (``:term:`net <Neural Network>```, ``:ref:``...) become their
text; ``.. seealso::`` becomes a "See also" line; other Sphinx-only directives are
dropped (rst_sphinx.py registers those roles and directives with docutils); lists keep
one item a line; math reads as plain text (latex.py). A page with neither a glossary
directive nor a definition list is read as bold-term paragraphs, a field list or one
term a section (rst_terms.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rag_glossary.latex import readable_math
from rag_glossary.parsing.base import (
    Parsed,
    Section,
    acronym_aliases,
    quoted_aliases,
    slash_aliases,
)
from rag_glossary.parsing.mojibake import fix_mojibake
from rag_glossary.parsing.rst_sphinx import CITED, drop_citations, register_sphinx
from rag_glossary.parsing.rst_terms import fallback_sections


def parse_rst(text: str, source: str, spec: object) -> Parsed:
    del spec
    from docutils import nodes

    register_sphinx()
    tree = _doctree(text, source)
    if tree is None:
        return Parsed([], problem="docutils could not read it")
    lines = text.split("\n")
    sections: list[Section] = []
    for item in tree.findall(nodes.definition_list_item):
        if _nested(item):
            continue  # a definition's own deflist (or a mis-indented line) is part of its body
        section = _item_section(item, lines)
        if section:
            sections.append(section)
    loose = _loose_items(tree, lines)
    if len(loose) < _LOOSE_ITEMS:
        # "**RAUW**", a blank line, its indented definition, among terms written "**Term**"
        # then the indented definition: the same bold term, with a blank line left under it
        bold_terms = any(_bold_term(t) for t in tree.findall(nodes.term))
        loose = [s for s in loose if s.bold] if bold_terms else []
    if loose:
        sections = sorted([*sections, *(s.section for s in loose)], key=lambda s: s.line)
    if not sections:
        sections = fallback_sections(tree, lines, _block_text)
    problem = None if sections else _NOTHING
    return Parsed(sections, problem=problem)


_NOTHING = "no glossary directive, definition list, bold-term paragraphs, field list or sections"
_LOOSE_ITEMS = 3  # fewer "term, blank line, indented text" pairs are prose and quotes
_LOOSE_TERM_WORDS = 6


@dataclass(frozen=True)
class _Loose:
    section: Section
    bold: bool  # the term line is one bold span ("**RAUW**")


def _bold_term(node: Any) -> bool:
    """A term (or paragraph) that is one bold span: ``**Term**``."""
    from docutils import nodes

    kids = [k for k in node.children if not (isinstance(k, nodes.Text) and not k.strip())]
    return len(kids) == 1 and isinstance(kids[0], nodes.strong)


def _loose_items(tree: Any, lines: Sequence[str]) -> list[_Loose]:
    """``Term``, a blank line, then its indented definition: Sphinx's glossary layout
    written outside (or under an empty) ``.. glossary::``, which docutils reads as a
    one-line paragraph followed by a block quote."""
    from docutils import nodes

    found: list[_Loose] = []
    for quote in tree.findall(nodes.block_quote):
        parent = quote.parent
        at = parent.index(quote)
        term = parent[at - 1] if at > 0 else None
        if not isinstance(term, nodes.paragraph) or _nested(quote):
            continue
        title = " ".join(term.astext().split())
        one_line = "\n" not in term.astext().strip()
        if not one_line or len(title.split()) > _LOOSE_TERM_WORDS or title[-1:] in ".:;,!?":
            continue
        body = _definition_text(quote)
        section = Section(
            title=title,
            line=_line_of(title, term, lines),
            body=body,
            aliases=[*acronym_aliases(title), *slash_aliases(title)],
            slug_text=title,
        )
        found.append(_Loose(section, _bold_term(term)))
    return found


# ``:term:`edges:, while ... the sum of :term:`edge lengths <edge length>```: a role opener
# whose text runs, unclosed, into the next role's opener (its closing backtick was
# mistyped): the opener is dropped, so its words read as plain text and the next role parses.
_BROKEN_ROLE = re.compile(r":[a-z][\w.+-]*:`(?=[^`]*:[a-z][\w.+-]*:`)")


# ``establish\ `reasonable rules <url>`__\ for the use``: an escaped space gluing a word to
# an embedded-URL link (HTML converters write it so); docutils would print
# "establishreasonable rulesfor". The reader sees the words apart. A suffix glued after a
# link's end ("`box <url>`__\ es", a plural) stays glued.
_GLUED_LINK = re.compile(
    r"(?<=[^\W_])\\ (?=`[^`\n]+<[^<>`\n]+>`__?(?![\w`]))"
    r"|(?<=>`_|`__)\\ (?=[^\W\d_])(?!(?:s|es|ed|er|ers|ly|ing)\b)"
)


def _doctree(text: str, source: str) -> Any:
    from docutils.core import publish_doctree
    from docutils.utils import SystemMessage

    settings = {
        "report_level": 5,
        "halt_level": 5,
        "warning_stream": False,
        "file_insertion_enabled": False,
        "raw_enabled": False,
        "input_encoding": "unicode",
    }
    try:
        text = _GLUED_LINK.sub(" ", _BROKEN_ROLE.sub("", text))
        return publish_doctree(text, source_path=source, settings_overrides=settings)
    except (SystemMessage, RecursionError, ValueError, IndexError, AttributeError):
        return None


def _item_section(item: Any, lines: Sequence[str]) -> Section | None:
    from docutils import nodes

    children = item.children
    terms = [
        fix_mojibake(drop_citations(" ".join(t.astext().split())))
        for t in children
        if isinstance(t, nodes.term)
    ]
    terms = [t for t in terms if t]
    if not terms:
        return None
    body = [_definition_text(d) for d in children if isinstance(d, nodes.definition)][:1]
    title = terms[0]
    text = "\n".join(b for b in body if b)
    return Section(
        title=title,
        line=_line_of(title, item, lines),
        body=text,
        aliases=[*terms[1:], *acronym_aliases(title), *slash_aliases(title), *quoted_aliases(text)],
        slug_text=title,
    )


def _nested(item: Any) -> bool:
    from docutils import nodes

    parent = item.parent
    while parent is not None:
        if isinstance(parent, nodes.definition_list_item):
            return True
        parent = parent.parent
    return False


def _definition_text(definition: Any) -> str:
    from docutils import nodes

    for junk in list(definition.findall(nodes.system_message)):
        junk.parent.remove(junk)
    for math in list(definition.findall(nodes.math)):
        math.parent.replace(math, nodes.Text(readable_math(math.astext())))
    # footnote and citation references ("pattern [1]_", "[Smith2020]_"), resolved or not,
    # go like citation roles: a bare "1" or "[1]_" in the text means nothing to a reader
    marks = (nodes.footnote_reference, nodes.citation_reference, nodes.problematic)
    for mark in [m for kind in marks for m in definition.findall(kind)]:
        if not isinstance(mark, nodes.problematic) or _REFERENCE_MARK.fullmatch(mark.astext()):
            mark.parent.replace(mark, nodes.Text(CITED))
    blocks: list[str] = []
    for child in definition.children:
        text = _block_text(child)
        if not text:
            continue
        # A displayed formula continues the sentence that leads to it ("Defined as").
        if isinstance(child, nodes.math_block) and blocks and not _SENTENCE_END.search(blocks[-1]):
            blocks[-1] = f"{blocks[-1]} {text}"
        else:
            blocks.append(text)
    return fix_mojibake(drop_citations("\n".join(blocks)))


_REFERENCE_MARK = re.compile(r"\[[^\[\]\s]+\]_")
_SENTENCE_END = re.compile(r"(?<!\bi\.e)(?<!\be\.g)[.!?:;)\]\"']$")


def _block_text(node: Any, depth: int = 0) -> str:
    """A body element as text: lists one item per line (``- item``, nested ones indented),
    formulas as readable text, code verbatim, any other element on one line."""
    from docutils import nodes

    if isinstance(node, nodes.literal_block):
        return str(node.astext()).strip()
    if isinstance(node, nodes.math_block):
        return readable_math(node.astext())
    if isinstance(node, (nodes.bullet_list, nodes.enumerated_list)):
        items = [_item_text(item, depth) for item in node.children]
        return "\n".join(item for item in items if item)
    if isinstance(node, nodes.block_quote) and any(_listed(child) for child in node.children):
        # a list indented under its lead-in ("constrained such that:" then "1. ...") is a
        # block quote in docutils' tree: its items stay items, not one run-on line
        return "\n".join(text for child in node.children if (text := _block_text(child, depth)))
    return " ".join(node.astext().split())


def _listed(node: Any) -> bool:
    from docutils import nodes

    return isinstance(node, (nodes.bullet_list, nodes.enumerated_list))


def _item_text(item: Any, depth: int) -> str:
    from docutils import nodes

    own: list[str] = []
    nested: list[str] = []
    for child in item.children:
        if isinstance(child, (nodes.bullet_list, nodes.enumerated_list)):
            nested.append(_block_text(child, depth + 1))
        elif text := _block_text(child, depth + 1):
            own.append(text)
    head = "  " * depth + "- " + " ".join(own) if own else ""
    return "\n".join(line for line in (head, *nested) if line)


def _line_of(term: str, item: Any, lines: Sequence[str]) -> int:
    """The 1-based line where the term is written, searched near docutils' line."""
    hint = item.get("term_line") or getattr(item, "line", None) or 1
    start = max(0, int(hint) - 3)
    window = range(start, min(len(lines), start + 40))
    for i in window:
        if lines[i].strip().startswith(term):
            return i + 1
    first_word = term.split()[0]
    for i in window:
        if first_word in lines[i]:
            return i + 1
    return max(1, min(int(hint), len(lines)))
