"""Sub-headings that are parts of a term, in a heading-per-term Markdown glossary
(generic.py): ``### lemma`` over ``#### Part of``, ``#### Contains``, ``#### Example``.

A glossary names each term once, so a sub-heading title that recurs under three or more
terms of one file (``Part of`` seven times, ``Contains`` five) is a generic label of a
part of its term, not a term. When most headings of a level under a parent heading are
such labels, that level holds parts: each of its headings (the one-off ``Is a`` or
``Consists of`` too) and the text under it belong to the heading above, where the
sub-heading stays a heading line (``## Part of``) that labels its part. A level of real
terms (``#### Term`` under ``### A`` letter headings) has titles that do not recur.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rag_glossary.parsing.inline import clean_title
from rag_glossary.parsing.markdown import Heading
from rag_glossary.parsing.md_records import DEFINITION_LABELS, label_key

_MIN_TERMS = 3  # a title under two terms may be a coincidence of wording


def part_headings(found: Sequence[Heading]) -> set[int]:
    """Line indices of the headings that are parts of the heading above them."""
    keys = [label_key(clean_title(h.raw)) for h in found]
    counts = Counter(keys)
    nested = _nested(found)
    for level in sorted({h.level for h in found}):
        at_level = [
            k for h, k, inner in zip(found, keys, nested, strict=True) if inner and h.level == level
        ]
        generic = sum(1 for k in at_level if counts[k] >= _MIN_TERMS or k in DEFINITION_LABELS)
        if generic >= _MIN_TERMS and 2 * generic > len(at_level):
            return {
                h.index
                for h, inner in zip(found, nested, strict=True)
                if inner and h.level >= level
            }
    return set()


def _nested(found: Sequence[Heading]) -> list[bool]:
    """Whether a shallower heading comes before each heading."""
    out: list[bool] = []
    shallowest = 7
    for h in found:
        out.append(shallowest < h.level)
        shallowest = min(shallowest, h.level)
    return out


def part_label(raw: str) -> str:
    """A part's heading as a label line of its term's text (``## Part of``)."""
    return f"## {clean_title(raw)}"
