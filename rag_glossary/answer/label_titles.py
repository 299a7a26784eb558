"""Headings written as their row's label ("<h3>Pedodontist: </h3><p>a dentist who ..."):
the colon belongs to the label, and the entry's name is the word before it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rag_glossary.answer.names import clean_title
from rag_glossary.models import Hit

LABEL_WORDS = 3  # a longer title ending in ":" is a lead-in ("TPOT automates the following:")
# ... unless it is two names joined by "or" ("Malocclusion or a bad bite relationship:"),
# each of them short; a parenthesis ("Root Canal (or Root Canal Therapy):") is left as it was
NAMED_LABEL_WORDS = 4  # words of each name


def label_name(hit: Hit) -> str | None:
    """The name of a short title ending in ":" whose body goes on from it in lower case
    ("Mucin:" + "is a nitrogenous substance ..."); a heading over a text that starts a
    sentence of its own ("Legend:" + "Every major conference ...") is a lead-in."""
    title = " ".join(hit.title.split())
    body = hit.entry.definition.lstrip(" \t\n\"'“(")
    if not (title.endswith(":") and body[:1].islower()):
        return None
    name = title[:-1].rstrip()
    words = len(name.split())
    if words > LABEL_WORDS and not _two_names(name):
        return None
    return name or None


def named_labels(hits: Sequence[Hit]) -> list[Hit]:
    """The hits, each label-titled one under its name."""
    out = []
    for hit in hits:
        name = label_name(hit)
        out.append(
            hit if name is None else replace(hit, title=name, entry=replace(hit.entry, title=name))
        )
    return out


def _two_names(name: str) -> bool:
    """ "Dry socket or alveolitis": a name, "or", and its other name, each short."""
    parts = name.split(" or ")
    short = all(0 < len(p.split()) <= NAMED_LABEL_WORDS for p in parts)
    return len(parts) == 2 and short and "(" not in name and bool(clean_title(name))
