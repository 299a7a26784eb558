"""Heading text to anchor, and GitHub's rule for repeated anchors (corpus/README.md)."""

from __future__ import annotations

import re
import unicodedata

# [text](target) and ![alt](src), with one level of parentheses allowed in the target.
_INLINE_LINK = re.compile(r"!?\[([^\[\]]*)\]\((?:[^()\n]|\([^()\n]*\))*\)")
# [text][ref]
_REF_LINK = re.compile(r"\[([^\[\]]*)\]\[[^\[\]]*\]")
# An id kramdown and Pandoc accept as written: a letter, then letters, digits, _ - : .
_WRITTEN_ID = re.compile(r"[^\W\d_][\w:.-]*")


def strip_link_targets(text: str) -> str:
    """Keep the text of Markdown links and drop their targets."""
    text = _INLINE_LINK.sub(r"\1", text)
    return _REF_LINK.sub(r"\1", text)


def _kept(ch: str) -> bool:
    if ch in "-_":
        return True
    category = unicodedata.category(ch)
    if category == "Nd":
        return True
    return category[0] in ("L", "M")


def slugify(text: str) -> str:
    """The anchor of a heading: corpus/README.md, "Citation ids".

    >>> slugify("Markov Decision Process (MDP)")
    'markov-decision-process-mdp'
    """
    text = strip_link_targets(text.strip()).lower()
    out: list[str] = []
    for ch in text:
        if ch.isspace():
            out.append("-")
        elif _kept(ch):
            out.append(ch)
    return "".join(out)


def explicit_id(written: str) -> str:
    """The anchor an author's own ``{#id}`` gives: the id as written (corpus/README.md:
    "ANCHOR = that explicit anchor"; ``g:NA`` is what the page's links and the rendered
    page's URL fragments say), slugged only when no Markdown processor would take it as an
    id (``wcag-2-*-...``).

    >>> explicit_id("g:NA"), explicit_id("wcag-2-*")
    ('g:NA', 'wcag-2-')
    """
    return written if _WRITTEN_ID.fullmatch(written) else slugify(written)


class AnchorDeduper:
    """Makes anchors unique inside one source, exactly like github-slugger.

    The second ``a`` becomes ``a-1``, the third ``a-2``; a literal ``a-1`` that
    comes after them becomes ``a-1-1``.
    """

    def __init__(self) -> None:
        self._occurrences: dict[str, int] = {}

    def unique(self, anchor: str) -> str:
        original = anchor
        while anchor in self._occurrences:
            self._occurrences[original] += 1
            anchor = f"{original}-{self._occurrences[original]}"
        self._occurrences[anchor] = 0
        return anchor
