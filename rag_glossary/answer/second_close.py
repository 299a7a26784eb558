"""The second part of a two-part question in other words than any entry's: "how does a
node put data on it" is answered by Publisher's "node that sends messages on a topic".
No entry says the part's words, so the retriever's ranking and the question's closeness
to the entry's definition decide, beside the entry's link to the first term."""

from __future__ import annotations

from collections.abc import Sequence

from rag_glossary.answer.definition import definition_of
from rag_glossary.answer.names import clean_title, says_name
from rag_glossary.answer.pieces import Group, Statement, statement
from rag_glossary.answer.question import Question, second_part
from rag_glossary.answer.segment import entry_units
from rag_glossary.models import Hit
from rag_glossary.unit_vectors import UnitSimilarity


def close_second(
    q: Question,
    hits: Sequence[Hit],
    main: Group,
    about: list[str],
    similarity: UnitSimilarity | None,
) -> list[Statement]:
    """The definition of the retriever's top hit when it is not the entry the question
    names, speaks of the first part's term (``about``, stems) and is at least as close to
    the question as the first entry's closest unit: the retriever and the units agree it
    answers what the first entry leaves open. An entry ranked below the first answer is
    not enough ("what are the main things causing it" would take Steric sea level rise
    beside Sea level rise), nor one below another hit that does not speak of the term
    ("what do you call typefaces that dont have them": Antiqua under Font)."""
    part = second_part(q.text) if q.two_part else None
    floor = similarity.best(main.hits[0].id) if similarity is not None else None
    if part is None or similarity is None or floor is None:
        return []
    hit = hits[0]
    title = clean_title(hit.title)
    pool = [(u, [hit.id]) for u in entry_units(hit.entry) if u.kind == "sentence"]
    if hit.id in main.ids or not title or not pool:
        return []
    opening = definition_of(pool, title) or pool[0]
    close = similarity(hit.id, opening[0])
    if says_name(about, f"{hit.title} {opening[0].text}") and close is not None and close >= floor:
        return [statement(opening, 1, title, title, q.words)]
    return []
