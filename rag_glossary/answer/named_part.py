"""A question that describes a thing and asks its name ("whats it called when the model
suddenly gets everything right after training for ages") is answered by the entry's own
name, unless a labelled part of the entry is closer in meaning to the description than
its opening: then that part names the thing ("Grokking in Mathematical Reasoning: ...")."""

from __future__ import annotations

import re

from rag_glossary.answer.names import core, names_term
from rag_glossary.answer.pieces import GENERIC_LABEL, count_words
from rag_glossary.answer.question import Question
from rag_glossary.answer.segment import Unit
from rag_glossary.answer.side_labels import label_of
from rag_glossary.answer.unit_roles import refers_back
from rag_glossary.models import Hit
from rag_glossary.unit_vectors import UnitSimilarity
from rag_glossary.word_marks import whole_word

NAME_WORDS = 5  # a label this short is a name ("Data Synchronization:"), not a sentence


def named_part(
    q: Question,
    pool: list[tuple[Unit, list[str]]],
    definition: tuple[Unit, list[str]],
    similarity: UnitSimilarity | None,
    room: int,
) -> tuple[Unit, list[str]] | None:
    """The labelled unit closest in meaning to the question, when closer than the opening
    and within ``room`` words beside it."""
    if not q.asks_called or similarity is None:
        return None
    opening = similarity(definition[1][0], definition[0])
    scored = [
        (cos, unit, ids)
        for unit, ids in pool
        if unit is not definition[0]
        and _names(unit)
        and (cos := similarity(ids[0], unit)) is not None
    ]
    if opening is None or not scored:
        return None
    best, unit, ids = max(scored, key=lambda x: x[0])
    fits = count_words(unit.text) + count_words(definition[0].text) <= room
    return (unit, ids) if fits and best > opening else None


def _names(unit: Unit) -> bool:
    """The unit opens with a name of its own ("Manifold Assumption: Manifold learning
    assumes ..."), not a kind of text ("Example:") nor a pointer back."""
    label = label_of(unit.text)
    return (
        bool(label)
        and len(label.split()) <= NAME_WORDS
        and not GENERIC_LABEL.match(f"{label}:")
        and not refers_back(unit.text)
    )


def labelled_term(
    q: Question,
    main: Hit,
    pool: list[tuple[Unit, list[str]]],
    definition: tuple[Unit, list[str]],
) -> tuple[Unit, list[str]] | None:
    """The later unit whose label names the asked term, when that term (two words or more)
    is not the entry's own name: "selection mask" in Masks is defined by "Channel Mask,
    also called Selection Mask: Channel Masks determine the transparency of a selection."
    The opening speaks of the entry's term; the labelled unit of the one asked."""
    asked = core(q.term) if q.names_term else ""
    if len(asked.split()) < 2 or names_term(main, q.term):
        return None
    phrase = re.compile(whole_word(asked))
    return next(
        (
            (unit, ids)
            for unit, ids in pool
            if unit is not definition[0]
            and unit.kind == "sentence"
            and phrase.search(core(label_of(unit.text)))
        ),
        None,
    )
