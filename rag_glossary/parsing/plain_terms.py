"""``- Term: definition`` (or ``1. Term - definition``) list items without bold: a
glossary kept as a plain Markdown list (read by md_terms.py from markdown-it tokens)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from rag_glossary.cited_works import sources_only
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
# "Ó Dónaill et al. (1991)": a work and its year (a footnote mark "\\*" after it allowed)
# "féach ar an téarma 'data / sonraí'", "see 'data'": a few words, then one quoted name
_POINTER = re.compile(r"""([^'‘"“]*)['‘"“][^'’"”\n]+['’"”]\.?""")
_POINTER_WORDS = 5
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
            if _references([tokens[j].content for j in leads]):
                pass  # "- il-: De Bhaldraithe (1978), Dineen (1934)": sources, no terms
            elif len(leads) >= _PLAIN_ITEMS and len(leads) * 2 > len(firsts or []):
                found.update(leads)
            firsts = None
        elif firsts is not None and tok.type == "inline" and _top_item(tokens, i):
            firsts.append(i)
    return found


def _references(contents: Sequence[str]) -> bool:
    """A list of words and the works that attest them (``- abairt: De Bhaldraithe (1978),
    Ó Dónaill (1977)``), half its items or more naming only sources with their years, or
    every item such sources or a pointer to a quoted term (``- sonra: féach ar an téarma
    'data / sonraí'``): a term record's references, not terms."""
    texts = [lead[1].strip() for content in contents if (lead := plain_lead(content))]
    sources = sum(1 for text in texts if sources_only(text))
    pointers = sum(1 for text in texts if _pointer(text))
    return bool(texts) and (2 * sources >= len(texts) or sources + pointers == len(texts))


def _pointer(text: str) -> bool:
    """``féach ar an téarma 'data / sonraí'``: a few words, then one quoted name."""
    found = _POINTER.fullmatch(text.strip())
    said = found.group(1).split() if found else []
    return 0 < len(said) <= _POINTER_WORDS and all(w[0].isalpha() for w in said)


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
