"""The title a later line of a merged group shows when it is another term's entry."""

from __future__ import annotations

from rag_glossary.answer.names import clean_title, core
from rag_glossary.answer.pieces import Group


def own_name(group: Group, ids: list[str], named: list[str]) -> str:
    """The title of the entry a later unit comes from when it is another entry of the
    glossary that gave the answer's first, named unit (its ``named`` ids) and names
    another term ("Inner alignment", merged with "Inner misalignment" by that one's alias
    "Inner Alignment"): the glossary defines the two apart; else "". (Another source's
    copy, "Multi-Class Classification", is the same term.)"""
    if set(ids) & set(named):
        return ""
    hit = next((h for h in group.hits if h.id in ids), None)
    first = next((h for h in group.hits if h.id in named), None)
    if hit is None or first is None or hit.source != first.source:
        return ""
    squashed = (core(clean_title(h.title)).replace(" ", "") for h in (hit, first))
    return clean_title(hit.title) if next(squashed) != next(squashed) else ""
