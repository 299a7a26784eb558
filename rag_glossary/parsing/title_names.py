"""Other names a title gives in parentheses beyond acronyms (base.acronym_aliases).

``Rep (Repetition)``, ``Specification (Spec)``: one name is the other cut short (a clipped
word, as glossaries of a trade write them). ``Culling (Viewport Culling)``: the
parentheses hold the full name the title shortens. A word in parentheses that has neither
tie to the title (``Beacon (Airport)``, ``Counter (metric)``) qualifies the term, no alias.
"""

from __future__ import annotations

import re

_TRAILING = re.compile(r"^([^()]*[^\s()])\s*\(([^()]{2,60})\)$")
_MIN_CLIP = 3  # "Re" opens too many words to be one's short form


def clipped_names(title: str) -> list[str]:
    """The other name when one side is a single word the other cuts short or extends."""
    match = _TRAILING.match(title)
    if match is None:
        return []
    outer, inner = match.group(1).strip(), match.group(2).strip()
    tied = _clips(outer, inner) or _clips(inner, outer) or _ends_with(inner, outer)
    return [inner] if tied else []


def _clips(short: str, long: str) -> bool:
    """``Rep`` / ``Repetition``, ``Recomp`` / ``Body Recomposition``: a one-word name that
    opens a longer word of the other (letters only, at least three)."""
    if len(short) < _MIN_CLIP or not re.fullmatch(r"[^\W\d_]+", short):
        return False
    key = short.casefold()
    words = re.findall(r"[^\W\d_]+", long.casefold())
    return len(words) <= 4 and any(w.startswith(key) and len(w) > len(key) + 1 for w in words)


def _ends_with(full: str, short: str) -> bool:
    """``Viewport Culling`` ends with ``Culling``: the full name of a shortened title."""
    full_words, short_words = full.casefold().split(), short.casefold().split()
    n = len(short_words)
    return len(full_words) > n and full_words[-n:] == short_words and len(full_words) <= 5
