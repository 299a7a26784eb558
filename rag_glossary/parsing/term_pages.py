"""Whether a page reads as a glossary of bold-term paragraphs (HTML exports, rst pages with
no glossary directive): "mostly" terms, not a few bold openers in prose."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

MIN_TERMS = 3
# at least this share of the page's text blocks are terms (or the first paragraph under a
# term alone in its block)
TERM_SHARE = 0.5
DISTINCT_SHARE = 0.75  # titles mostly distinct: "Note:"/"Example:" labels repeat, terms do not


class Lead(Protocol):
    @property
    def title(self) -> str: ...

    @property
    def text(self) -> str: ...


def reads_as_term_page(blocks: Sequence[object], leads: Mapping[int, Lead]) -> bool:
    """``leads`` maps ``id(block)`` to the bold term the block opens with."""
    if len(leads) < MIN_TERMS:
        return False
    covered, after_bare = 0, False
    for block in blocks:
        lead = leads.get(id(block))
        covered += 1 if lead or after_bare else 0
        after_bare = lead is not None and not lead.text
    titles = [t.title.casefold() for t in leads.values()]
    return covered >= TERM_SHARE * len(blocks) and len(set(titles)) >= DISTINCT_SHARE * len(titles)
