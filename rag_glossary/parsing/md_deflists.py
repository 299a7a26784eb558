"""Definition lists (``Term`` then ``: definition``, markdown-it's deflist tokens) and
Sphinx's indented glossary form inside a MyST ``{glossary}`` block, as entries (md_terms.py).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from rag_glossary.parsing.base import Section
from rag_glossary.parsing.clean import join_soft_wraps
from rag_glossary.parsing.inline import clean_title
from rag_glossary.parsing.md_term_walk import term_section

# ``:   (in the shell): Using quotation marks ...``: a definition's opening qualifier.
_QUALIFIER = re.compile(r"^\(([^()\n]{1,40})\):\s+(?=\S)")


def deflist_sections(tokens: Sequence[Any], offset: int) -> list[Section]:
    sections: list[Section] = []
    title, line = "", 0
    chunks: list[str] = []
    depth = 0
    lists: list[str] = []  # the open lists inside a definition: "-" or "." (ordered)
    for i, tok in enumerate(tokens):
        if tok.type == "dt_open" and depth == 1:
            if title:
                sections.append(_defined(title, line, chunks))
            title, line, chunks = "", offset + tok.map[0] + 1, []
        elif tok.type in ("bullet_list_open", "ordered_list_open"):
            lists.append("." if tok.type == "ordered_list_open" else "-")
        elif tok.type in ("bullet_list_close", "ordered_list_close") and lists:
            lists.pop()
        elif tok.type == "inline" and depth == 2 and not title:
            title = _term_title(tok.content)
        elif tok.type == "inline" and title:
            item = tokens[i - 2] if i >= 2 and tokens[i - 2].type == "list_item_open" else None
            chunks.append(_item_marker(item, lists) + join_soft_wraps(tok.content))
        elif tok.type in ("fence", "code_block") and title:
            chunks.append(tok.content)
        depth += tok.nesting
    if title:
        sections.append(_defined(title, line, chunks))
    return [s for s in sections if s.title]


def _term_title(written: str) -> str:
    """A term line's title; a colon closing it (``**Tibble**{:#g:tibble}:`` over
    ``:   a modern replacement ...``) is punctuation before the definition, not the term's
    (``std::`` keeps its own)."""
    title = clean_title(written)
    if title.endswith(":") and not title.endswith("::"):
        return title[:-1].rstrip() or title
    return title


def _item_marker(item: Any, lists: Sequence[str]) -> str:
    """The marker a list item's text keeps inside a definition ("1. ", "- "), indented by
    its nesting, so that a definition's list reads as a list ("three properties: 1. ...")."""
    if item is None or not lists:
        return ""
    marker = f"{item.info or 1}. " if lists[-1] == "." else "- "
    return "  " * (len(lists) - 1) + marker


def _defined(title: str, line: int, chunks: list[str]) -> Section:
    """A definition-list term; a definition that opens with ``(REPL):`` or ``(in the
    shell):`` names the term's acronym (an alias) or the context it has that meaning in
    (shown after the title; the anchor stays the term's)."""
    lead = _QUALIFIER.match(chunks[0]) if chunks else None
    if lead is None:
        return term_section(title, line, chunks)
    said = lead.group(1).strip()
    rest = [chunks[0][lead.end() :], *chunks[1:]]
    if " " not in said and sum(ch.isupper() for ch in said) >= 2:  # an acronym
        return term_section(title, line, rest, (said,))
    return replace(term_section(f"{title} ({said})", line, rest), slug_text=title)


def indented_glossary(content: Sequence[str], start: int) -> list[Section]:
    indents = [len(t) - len(t.lstrip()) for t in content if t.strip()]
    base = min(indents) if indents else 0
    sections: list[Section] = []
    i = 0
    while i < len(content):
        if not content[i].strip() or len(content[i]) - len(content[i].lstrip()) > base:
            i += 1
            continue
        first, terms = i, []
        while (
            i < len(content)
            and content[i].strip()
            and len(content[i]) - len(content[i].lstrip()) == base
        ):
            terms.append(clean_title(content[i].strip()))
            i += 1
        body_start = i
        while i < len(content) and (
            not content[i].strip() or len(content[i]) - len(content[i].lstrip()) > base
        ):
            i += 1
        body = textwrap.dedent("\n".join(content[body_start:i]))
        section = term_section(terms[0], start + first + 1, [join_soft_wraps(body)])
        section.aliases = [*terms[1:], *section.aliases]
        if section.title:
            sections.append(section)
    return sections
