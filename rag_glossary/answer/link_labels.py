"""A link's label left in an entry's text as a sentence of its own: no statement.

The parser keeps a link's text where the link stood and the link itself among the
entry's see-also (``Entry.see_also``). A link that is a whole sentence or line after the
entry's text ("... Assumptions for MLE: ..." then the line "[parametric vs
non-parametric models](#...)"; "Kufanya kazi bila mifano. [Moduli 02](../02-.../README.md)")
is a pointer to more, not part of the definition: its unit is marked ``link_text``, which
the composer never prints (answer/pieces.py ``aside``), while retrieval still reads it.

A paragraph shorter than the sentence splitter's floor stays one unit ("Kufanya kazi bila
mifano. Moduli 02": answer/sentences.py splits nothing under 40 characters), so a label
that ends it after a stop is cut off as its own unit first, as a longer paragraph's would
be ("Kutoa mifano ndani ya prompts." + "Moduli 02"). The entry's first unit stays: a link
that opens the text names or expands the term ("[Machine Learning Operations](...). ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rag_glossary.answer.segment import Unit

_STOPS = (".", "!", "?")


def _key(text: str) -> str:
    return " ".join(text.split()).rstrip(".!?;: ").casefold()


def link_labels_marked(units: Sequence[Unit], links: tuple[str, ...]) -> tuple[Unit, ...]:
    """``units`` with each sentence (after the first unit) that is the whole text of one of
    the entry's links marked ``link_text``, and such a label ending a unit after a stopped
    sentence cut off as a unit of its own, marked (positions renumbered after a cut)."""
    labels = {_key(link) for link in links if link.strip()}
    labels.discard("")
    if not labels or len(units) == 0:
        return tuple(units)
    out: list[Unit] = []
    changed = False
    for unit in units:
        if unit.link_text:
            out.append(replace(unit, position=len(out)) if changed else unit)
            continue
        if out and unit.kind == "sentence" and _key(unit.text) in labels:
            out.append(replace(unit, position=len(out), link_text=True))
            changed = True
            continue
        cut = _tail_label(unit.text, labels) if unit.kind == "sentence" else None
        if cut is None:
            out.append(replace(unit, position=len(out)) if changed else unit)
            continue
        head, tail = cut
        out.append(replace(unit, text=head, position=len(out)))
        out.append(replace(unit, text=tail, position=len(out), link_text=True, item_start=False))
        changed = True
    return tuple(out)


def _tail_label(text: str, labels: set[str]) -> tuple[str, str] | None:
    """("statement.", "label") when ``text`` ends with a link's whole text after a stop
    and a space, the statement before it of two words or more; None otherwise."""
    for stop in reversed([m.end() for m in re.finditer(r"[.!?]\s+", text)]):
        head, tail = text[:stop].rstrip(), text[stop:].strip()
        if _key(tail) in labels and head.endswith(_STOPS) and len(head.split()) >= 2:
            return head, tail
    return None
