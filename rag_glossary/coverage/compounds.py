"""Compounds in a language that writes them as one word (Dutch, German, Swedish: the
``compounds`` flag of data/question_forms.json).

"hoeveel kost een bol sisal": the glossary's name is Sisalbol, and the question says its
parts apart ("a ball of sisal"), so the name read is Sisal. Two neighbouring words whose
join is a one-word name of the glossary are read as that name (the join in reverse order
only when one word is a name itself: "bol sisal"; round 42 follow-up D).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from rag_glossary.coverage.phrases import phrase_key
from rag_glossary.word_marks import lettered

_MIN_PART = 3  # "bol", "kim": a compound's shorter part


def compounds_joined(said: Sequence[str], names: Collection[tuple[str, ...]]) -> list[str]:
    """``said`` with each pair of neighbouring words whose join (either order) is a one-word
    name of ``names`` written as that name."""
    out: list[str] = []
    at = 0
    while at < len(said):
        pair = said[at : at + 2]
        name = _joined_name(pair, names) if len(pair) == 2 else None
        out.append(name or said[at])
        at += 2 if name else 1
    return out


def _joined_name(pair: Sequence[str], names: Collection[tuple[str, ...]]) -> str | None:
    first, second = pair
    if not (lettered(first) and lettered(second)) or min(len(first), len(second)) < _MIN_PART:
        return None
    named = phrase_key([first]) in names or phrase_key([second]) in names
    if named and (key := phrase_key([second + first])) in names:
        return key[0]
    if (key := phrase_key([first + second])) in names:
        return key[0]
    return None
