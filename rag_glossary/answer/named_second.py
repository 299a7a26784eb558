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
from rag_glossary.answer.stubs import pointer_answer, pointer_target
from rag_glossary.lexical import tokenize
from rag_glossary.models import Hit
from rag_glossary.word_forms import fold


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
    # folded: "why shouldnt i rush it" says Rushing, whose six-letter stem ("rushin") it misses
    asked = " ".join(stem(fold(t)) for t in tokenize(part))
    first = {stem(fold(t)) for t in tokenize(q.text[: q.text.lower().rfind(part.lower())])}
    # the first term by any of its entry's names: OSI-Approved's "... by the Open Source
    # Initiative" speaks of the OSI by its alias
    firsts = [about, *([stem(t) for t in tokenize(a)] for a in main.hits[0].entry.aliases)]
    for hit in hits[:ranks]:
        title = clean_title(hit.title)
        names = [stem(fold(t)) for t in tokenize(title)]
        # the title as a phrase ("the chosen model ... a validation set" names no Model
        # Validation), and one the first part does not already say
        said = bool(names) and f" {' '.join(names)} " in f" {asked} "
        if not said or set(names) <= first:
            continue
        if hit.id in main.ids:
            if (pointed := _points_to_main(hit, hits, main)) is not None:
                return [pointed]
            continue
        pool = [(u, [hit.id]) for u in entry_units(hit.entry) if u.kind == "sentence"]
        text = " ".join(u.text for u, _ in pool)
        if not pool or not (asks_define(part) or any(says_name(n, text) for n in firsts if n)):
            continue
        opening = definition_of(pool, title) or pool[0]
        return [statement(opening, 1, title, title, q.words)]
    return []


def _points_to_main(hit: Hit, hits: Sequence[Hit], main: Group) -> Statement | None:
    """The entry the second part names only points at the first part's entry ("Reflective
    Practice: see deliberate practice", merged into its group and so never quoted): the
    glossary's answer to "is reflective practice the same thing" is that pointer, said
    and cited."""
    pointer = pointer_target(hit, hits)
    if pointer is None or pointer[1] is None or pointer[1].id not in main.ids:
        return None
    return pointer_answer(hit, " ".join(pointer[1].title.split()))
