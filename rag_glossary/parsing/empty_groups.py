"""Group headings with no terms yet, in a Markdown glossary grouped by letter (generic.py).

A glossary that files its terms under letter or kana-row headings (``## A〜Z``, ``## あ行``
over ``### term``) keeps a group for every letter, and a group that has no terms yet says so
in one short line instead: ``## な行`` / ``(まだ登録された用語はありません)``, ``## X`` /
``_None yet._``, ``## Q`` / ``TBD``. Such a heading has no heading under it while most
headings of its level do, and its whole text is one short line: no definition, no entry.
A term heading at that level (one with a sentence of text) keeps its entry.
"""

from __future__ import annotations

from collections.abc import Sequence

from rag_glossary.parsing.markdown import Heading

_MIN_GROUPS = 2  # letter groups that hold terms: one alone may be a term with parts
_MAX_CHARS = 40  # "(No terms have been added yet.)", "(まだ登録された用語はありません)"


def empty_group_candidates(found: Sequence[Heading]) -> set[int]:
    """Positions in ``found`` of headings with none under them, at a level of group headings."""
    nested = [n + 1 < len(found) and found[n + 1].level > h.level for n, h in enumerate(found)]
    candidates: set[int] = set()
    for level in {h.level for h in found}:
        at_level = [n for n, h in enumerate(found) if h.level == level]
        groups = sum(1 for n in at_level if nested[n])
        if groups < _MIN_GROUPS or 2 * groups <= len(at_level):
            continue
        candidates.update(n for n in at_level if not nested[n])
    return candidates


def placeholder_text(body: str) -> bool:
    """True when ``body`` is one short line (a note that the group is empty), not a definition."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    return len(lines) == 1 and len(lines[0]) <= _MAX_CHARS
