"""Small text helpers shared by every stage: question cleaning and truncation."""

from __future__ import annotations

import re

from rag_glossary.errors import UsageError

MAX_QUERY_CHARS = 2000
_SPACE = re.compile(r"\s+")


def clean_query(
    query: str, *, limit: int = MAX_QUERY_CHARS, hint: str = "type some words to search for"
) -> str:
    """Collapse white space, drop control characters, bound the length.

    Raises ``UsageError`` ("the question is empty: HINT") when nothing is left.
    """
    from rag_glossary.validation import check_text
    from rag_glossary.word_tokens import composed

    text = "".join(ch if ch.isprintable() else " " for ch in check_text(query)[: limit * 2])
    text = composed(_SPACE.sub(" ", text).strip())  # one spelling of "য়" (NFC)
    if not text:
        raise UsageError(f"the question is empty: {hint}")
    return text[:limit]


def bounded(text: str, limit: int) -> str:
    """``text`` cut to about ``limit`` characters at a word boundary, with " …" when cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip() + " …"


def one_line(text: str, limit: int = 200) -> str:
    """``text`` on one line (white space collapsed), bounded to ``limit`` characters."""
    return bounded(_SPACE.sub(" ", str(text)).strip(), limit)


def snippet(text: str, limit: int = 200) -> str:
    """A one-line preview of an entry's text for search results."""
    return one_line(text, limit)
