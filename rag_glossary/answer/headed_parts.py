"""A part of an entry headed inside it ("##### Limitations:" over its sentences) is a list
led by its heading, when the question asks for that part ("what are the limitations"):
the heading labels its sentences as a "Challenges:" lead-in labels its items."""

from __future__ import annotations

from dataclasses import replace
from re import Pattern

from rag_glossary.answer.cues import asked_label
from rag_glossary.answer.question import Question
from rag_glossary.answer.segment import Unit


def headed_items(q: Question, pool: list[tuple[Unit, list[str]]]) -> list[tuple[Unit, list[str]]]:
    """``pool`` with the paragraph sentences under a heading that names the asked part
    made the items of that heading's list; unchanged when no part is asked or headed.
    Authors write such parts as one short paragraph per point ("Data Dependence: ...",
    "Overfitting occurs when ..."), a list without bullets."""
    label = asked_label(q)
    if label is None:
        return pool
    return [
        (replace(u, kind="item", lead=u.heading), ids) if _under(u, label) else (u, ids)
        for u, ids in pool
    ]


def _under(unit: Unit, label: Pattern[str]) -> bool:
    """A sentence of a paragraph (not of a list item) under a heading that names the part."""
    paragraph = unit.kind == "sentence" and not unit.lead and not unit.item_start
    return paragraph and bool(unit.heading) and label.search(unit.heading) is not None
