"""A term that is a row of a table inside an entry ("LKFS" in Full Scale's table of absolute
units, "STL" in LUFS's table of time windows): asked what it is or stands for, the answer
is that row, said as one statement with its header cells as labels ("LUFS s / STL: Short
Term Loudness; Measure Time Range: 3 s."), cited to the entry that holds the table. The
entry's own definition does not say it, and its other rows are other terms."""

from __future__ import annotations

from collections.abc import Sequence

from rag_glossary.answer.cleaning import clean_unit
from rag_glossary.answer.question import analyze
from rag_glossary.coverage import TEXT_FOUND
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.models import Hit, RetrievalResult
from rag_glossary.table_rows import named_row, row_text

ROW_HITS = 5  # the hits whose tables are read, as the coverage lookup reads their text
_SHAPES = frozenset(("define", "expand"))


def row_answer(question: str, result: RetrievalResult) -> tuple[str, str] | None:
    """Asked what a term only a table row names is, that row as a sentence with its
    marker, and the id of the entry holding it; None when the term is an entry's own
    name (the entry answers) or no top hit's table has it."""
    term = result.key_term
    if not (result.covered and term and result.reason == TEXT_FOUND):
        return None
    if analyze(question).shape not in _SHAPES:
        return None
    key = phrase_key(words(term))
    if not key:
        return None
    for hit in _hits(result.hits):
        row = named_row(hit.entry, key)
        said = clean_unit(row_text(row), item=True, led=True) if row is not None else None
        if said:
            return f"{_stated(said)}[1]", hit.id
    return None


def compared_rows(question: str, result: RetrievalResult) -> tuple[str, str] | None:
    """Two terms compared that are both rows of the best hit's tables ("lufs vs lkfs" in
    Full Scale's table of absolute units): the table sets them side by side, so each
    side is its row, both cited to that entry; None otherwise."""
    sides = analyze(question).sides
    if not result.covered or len(sides) != 2:
        return None
    keys = [phrase_key(words(side)) for side in sides]
    if not all(keys):
        return None
    # the table's entry must be the best hit: "gale vs strong gale" is answered by Gale's
    # own entry first, though the Beaufort scale has a row for each
    hit = result.hits[0] if result.hits else None
    rows = [named_row(hit.entry, key) for key in keys] if hit is not None else [None]
    if hit is None or rows[0] is None or rows[-1] is None or rows[0] == rows[-1]:
        return None
    said = [clean_unit(row_text(row), item=True, led=True) for row in rows if row is not None]
    if not all(said):
        return None
    return "\n".join(f"{_stated(text)}[1]" for text in said if text), hit.id


def _stated(text: str) -> str:
    return (
        text
        if text.endswith((".", "!", "?", "\u3002", "\uff01", "\uff1f", "\u0964", "\u09f7"))
        else f"{text}."
    )


def _hits(hits: Sequence[Hit]) -> list[Hit]:
    return list(hits[:ROW_HITS])
