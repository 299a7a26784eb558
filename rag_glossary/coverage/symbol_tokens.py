"""A symbol the question writes as a token of its own: `%>%`, `...`, `::`.

Words are letters, so a question asking what a symbol does ("what does %>% do") keeps no
word of it: the symbol is the term. Two or more marks written apart in the question are
that term when the question's best entry writes them apart too, in its title, an alias or
its text, and few entries do (an ellipsis or an arrow in many texts names none of them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.models import Entry

# marks only, between spaces (quotes or backticks around them allowed): "%>%", "...", "<-"
_SYMBOL = re.compile(r"(?:(?<=\s)|^)[`'\"]?([^\w\s`'\"]{2,})[`'\"]?(?=[\s?]|$)")
MAX_SAYING = 3  # a symbol more entries write apart than this picks none out


def symbol_tokens(question: str) -> tuple[str, ...]:
    """The question's symbols written apart, two marks or more, in order."""
    return tuple(dict.fromkeys(_SYMBOL.findall(question)))


def _written_apart(symbol: str) -> re.Pattern[str]:
    edge = r"\s`'\"()\[\]"
    return re.compile(rf"(?:(?<=[{edge}])|^){re.escape(symbol)}(?=[{edge}.,;:]|$)")


def entries_writing(symbol: str, entries: Sequence[Entry]) -> tuple[int, ...]:
    """The entries whose title, aliases or text write the symbol apart."""
    pattern = _written_apart(symbol)
    return tuple(
        i
        for i, e in enumerate(entries)
        if any(pattern.search(t) for t in (e.title, *e.aliases, e.body))
    )


def symbol_asked(
    question: str, entries: Sequence[Entry], best: int | None
) -> tuple[str, tuple[int, ...]] | None:
    """The question's symbol its best entry writes apart, with the few entries that do."""
    if best is None:
        return None
    for symbol in symbol_tokens(question):
        where = entries_writing(symbol, entries)
        if best in where and len(where) <= MAX_SAYING:
            return symbol, where
    return None
