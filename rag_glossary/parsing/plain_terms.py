"""``- Term: definition`` (or ``1. Term - definition``) list items without bold: a
glossary kept as a plain Markdown list (read by md_terms.py from markdown-it tokens)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from rag_glossary.parsing.inline import clean_title
from rag_glossary.parsing.md_leads import Lead

# ``Feature Column: A set of ...`` (or ``Feature Column - A set ...``, en or em dash): a short
# plain term, a colon or a spaced dash, its text (or a line end). Chinese and Japanese write
# a full-width colon with no blank after it (``Consensus（共识）：分布式系统中...``).
_PLAIN_LEAD = re.compile(
    r"^([^\s:：*_`\[<#>|][^:：\n]{0,60}?)"
    r"(?:[ \t]*:(?:[ \t]+|[ \t]*(?=\n)|$)|[ \t]*：[ \t]*|[ \t]+[-\u2013\u2014][ \t]+)(.*)$",
    re.S,
)
_PLAIN_ITEMS = 3  # fewer such items is a list of notes, not a glossary
_TERM_WORDS = 6


def plain_term_items(tokens: Sequence[Any]) -> set[int]:
    """Inline tokens opening the items of a top-level list whose items mostly read
    ``Term: definition`` with no bold: a glossary kept as a plain bullet list."""
    found: set[int] = set()
    firsts: list[int] | None = None
    for i, tok in enumerate(tokens):
        if tok.type in ("bullet_list_open", "ordered_list_open") and tok.level == 0:
            firsts = []
        elif tok.type in ("bullet_list_close", "ordered_list_close") and tok.level == 0:
            leads = [j for j in firsts or [] if plain_lead(tokens[j].content)]
            if len(leads) >= _PLAIN_ITEMS and len(leads) * 2 > len(firsts or []):
                found.update(leads)
            firsts = None
        elif firsts is not None and tok.type == "inline" and _top_item(tokens, i):
            firsts.append(i)
    return found


def _top_item(tokens: Sequence[Any], i: int) -> bool:
    return bool(tokens[i - 2].type == "list_item_open" and tokens[i - 2].level == 1)


def plain_lead(content: str) -> Lead | None:
    match = _PLAIN_LEAD.match(content.strip())
    if not match or len(match.group(1).split()) > _TERM_WORDS:
        return None
    term = clean_title(match.group(1)).strip()
    if not term or term.endswith((".", "?", "!")):
        return None
    return term, match.group(2).lstrip(), ()
