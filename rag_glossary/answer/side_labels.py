"""Both sides of a comparison inside one entry, each under its own label: "on-policy vs
off-policy monte carlo control" is answered by the Monte Carlo Control entry's
"On-Policy Methods: ..." and "Off-Policy Methods: ..." (the sides are kinds of what the
entry names, so each side is the words beyond the entry's name)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from re import Pattern

from rag_glossary.answer.cues import asked_label
from rag_glossary.answer.names import clean_title
from rag_glossary.answer.pieces import GENERIC_LABEL, Statement, count_words, statement
from rag_glossary.answer.question import Question
from rag_glossary.answer.segment import Unit, entry_units
from rag_glossary.answer.side_names import named_exactly
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.models import Hit

LABEL_WORDS = 5  # "Off-Policy Methods:" labels a part; a longer opening is a sentence
LABELLED_RANKS = 3  # the entry comes from the first hits
SIDES_WORDS = 120  # both labelled parts together stay a short answer
_LABEL = lazy_regex(r"^([^:.;!?]{1,60}):\s+\S")


def labelled_sides(q: Question, hits: Sequence[Hit]) -> list[Statement] | None:
    """The unit labelled by each side in one of the first entries, when the sides have
    no entries of their own; ``None`` otherwise (the comparison is answered as usual)."""
    if len(q.sides) != 2 or any(named_exactly(side, hits) for side in q.sides):
        return None
    for hit in hits[:LABELLED_RANKS]:
        name = set(_words(" ".join((clean_title(hit.title), *hit.entry.aliases))))
        apart = [[w for w in _words(side) if w not in name] for side in q.sides]
        if not all(apart) or apart[0] == apart[1]:
            continue
        pool = entry_units(hit.entry)
        found = [_labelled(pool, words, asked_label(q)) for words in apart]
        first, second = found
        if first is None or second is None or first == second:
            continue
        picked = sorted((first, second), key=lambda u: u.position)
        if count_words(" ".join(u.text for u in picked)) > SIDES_WORDS:
            continue
        title = clean_title(hit.title)
        return [statement((u, [hit.id]), 0, title) for u in picked]
    return None


def _led(unit: Unit) -> Unit:
    """An item labelled by its list's lead-in ("Linear Regression:" over "- Coefficients
    (weights) for each feature") says which side it is with that lead-in; its own label
    goes when it only names a kind of text ("Purpose: ..."), else follows the lead-in
    ("Support Vector Machines (SVM), Support vectors: ..."), never a chain of labels."""
    lead, own = unit.lead.rstrip(":"), label_of(unit.text)
    if not own:
        return replace(unit, text=f"{lead}: {unit.text}")
    rest = unit.text[len(own) + 1 :].lstrip()
    if GENERIC_LABEL.match(f"{own}:"):
        return replace(unit, text=f"{lead}: {rest}")
    return replace(unit, text=f"{lead}, {own}: {rest}")


def _labelled(pool: list[Unit], words: list[str], asked: Pattern[str] | None) -> Unit | None:
    """The first unit whose label (its heading, or the words before its colon) holds
    every one of ``words``, in order; of the items under such a heading, the one whose own
    label names the part ``asked`` for ("whats the upside of each": "Advantage: ...")."""
    under = [u for u in pool if _labels(u.lead, words)]
    part = next((u for u in under if asked and asked.search(label_of(u.text))), None)
    if part is not None:
        return _led(part)
    for unit in pool:
        if _labels(label_of(unit.text), words):
            return unit
        if _labels(unit.lead, words):
            return _led(unit)
    return None


def _labels(label: str, words: list[str]) -> bool:
    said = _words(label)
    return bool(said) and len(said) <= LABEL_WORDS and _in_order(words, said)


def label_of(text: str) -> str:
    found = _LABEL.match(text)
    return found.group(1) if found else ""


def _in_order(words: list[str], said: list[str]) -> bool:
    rest = iter(said)
    return all(any(w == s for s in rest) for w in words)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())
