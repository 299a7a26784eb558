"""The kind a question asks the name of: "what do you call that kind of service", "what
kind of attack is that". English names a kind of N with N as the head of its name
("Line Service" is a service, "Patch Attack" an attack), so when the question asks which
kind of N it describes, an entry whose name ends in N answers it, and one whose name does
not is at most where the thing happens ("... that kind of service on the ramp": Ramp,
a place, is not the service; round 24 post-fix W, aviation-010)."""

from __future__ import annotations

from collections.abc import Sequence

from rag_glossary.answer.names import core
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.lexical import stem
from rag_glossary.models import Hit

_KIND = r"(?:kind|type|sort)s?\s+of\s+(\w+)"
# "that kind of service", "this type of layout", "what kind of attack is that"
_ASKS_KIND = (
    lazy_regex(rf"\b(?:that|this|these|those)\s+{_KIND}"),
    lazy_regex(rf"\bwhat\s+{_KIND}\s+(?:is|are|was|were)\s+(?:that|this|it|these|those)\b"),
)


def asked_kind(question: str) -> str | None:
    """The N of "that kind of N" / "what kind of N is that" (plural-free), else None."""
    text = question.lower()
    found = next((m for p in _ASKS_KIND if (m := p.search(text))), None)
    return stem(found.group(1)) if found else None


def headed_by(hit: Hit, kind: str) -> bool:
    """The entry's title or an alias ends in the kind word: "Line Service" for service."""
    names = (core(n).split() for n in (hit.title, *hit.entry.aliases))
    return any(said and stem(said[-1]) == kind for said in names)


def kind_named(question: str, chosen: Hit, hits: Sequence[Hit]) -> Hit | None:
    """The first of ``hits`` whose name is headed by the kind asked, when the chosen
    entry's is not; None when nothing is asked of a kind, the chosen entry is of it, or
    no hit is (the kind word may be the question's own, "that kind of layout")."""
    kind = asked_kind(question)
    if kind is None or headed_by(chosen, kind):
        return None
    return next((h for h in hits if h is not chosen and headed_by(h, kind)), None)
