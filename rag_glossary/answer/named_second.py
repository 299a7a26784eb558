"""The second part of a two-part question that names its own term ("what is a crawler and
what is *the index* it puts pages into"): that term's entry answers the part."""

from __future__ import annotations

from collections.abc import Sequence

from rag_glossary.answer.definition import definition_of
from rag_glossary.answer.names import clean_title, says_name
from rag_glossary.answer.overlap import stem
from rag_glossary.answer.pieces import Group, Statement, statement
from rag_glossary.answer.question import Question, asks_define, second_part
from rag_glossary.answer.segment import entry_units
from rag_glossary.lexical import tokenize
from rag_glossary.models import Hit


def named_second(
    q: Question, hits: Sequence[Hit], main: Group, about: list[str], ranks: int
) -> list[Statement]:
    """The definition of the entry, among the first ``ranks`` hits, whose whole title the
    second part says and the first part does not. The entry earns its place when the part
    asks what that term is ("what is the index ...") or its text speaks of the first
    part's term (``about``, stems: Grind Size's "... impacts extraction" for "what is
    extraction and how does grind size come into it"). A word of the first answer does not
    close the part: the crawler's "discover and index websites" uses "index", it does not
    say what the index is."""
    part = second_part(q.text) if q.two_part else None
    if part is None:
        return []
    asked = " ".join(stem(t) for t in tokenize(part))
    first = {stem(t) for t in tokenize(q.text[: q.text.lower().rfind(part.lower())])}
    for hit in hits[:ranks]:
        title = clean_title(hit.title)
        names = [stem(t) for t in tokenize(title)]
        # the title as a phrase ("the chosen model ... a validation set" names no Model
        # Validation), and one the first part does not already say
        said = bool(names) and f" {' '.join(names)} " in f" {asked} "
        if hit.id in main.ids or not said or set(names) <= first:
            continue
        pool = [(u, [hit.id]) for u in entry_units(hit.entry) if u.kind == "sentence"]
        text = " ".join(u.text for u, _ in pool)
        if not pool or not (asks_define(part) or says_name(about, text)):
            continue
        opening = definition_of(pool, title) or pool[0]
        return [statement(opening, 1, title, title, q.words)]
    return []
