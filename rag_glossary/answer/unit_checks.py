"""The checks ``unit_choice`` makes while it picks an entry's answer units: whether the
opening alone answers, a unit lost with the sentence it refers back to, a field judged,
the second part's sentence, a list wanted, another copy of the entry added."""

from __future__ import annotations

from rag_glossary.answer.copies import other_copy
from rag_glossary.answer.cues import ASKS_BENEFITS, ASKS_REMEDY, GAIN, LATER_COVERAGE
from rag_glossary.answer.fields import judged_field
from rag_glossary.answer.growth import MAX_ANSWER_WORDS
from rag_glossary.answer.lists import lead_names_asked
from rag_glossary.answer.names import heads_term, names_term
from rag_glossary.answer.overlap import Idf, coverage
from rag_glossary.answer.pieces import Group, count_words
from rag_glossary.answer.question import Question
from rag_glossary.answer.segment import Unit
from rag_glossary.answer.unit_roles import is_filler
from rag_glossary.answer.unit_score import labels_asked_part
from rag_glossary.lazy_re import lazy_regex

MIN_COVERAGE = 0.34  # share of the question's own words a unit must contain to be picked


def add_copy(
    group: Group, pool: list[tuple[Unit, list[str]]], picked: dict[int, tuple[Unit, list[str]]]
) -> None:
    said = [u.text for u, _ in picked.values()]
    room = MAX_ANSWER_WORDS - sum(count_words(t) for t in said)
    if len(group.hits) > 1 and (copy := other_copy(group.hits, pool, said, room)) is not None:
        picked[copy[0].position] = copy


# "what does rtd mean in philosophy of language": the meaning asked is the definition,
# which grows as any definition does
_ASKS_MEANING = lazy_regex(r"(?i)\bwhat\s+(?:does|do|did)\b.*\bmean\b")


def opening_answers(
    q: Question, focus: frozenset[str], opening: Unit, asked: list[Unit], idf: Idf
) -> bool:
    """A question that asks something of the term (not what it is, not two things) is
    answered by the opening sentence alone when that is the only unit picked for the
    question's words and it says every one of them; a word it leaves unsaid ("what
    *shapes* can effect decay take") is what the sentences after it may say."""
    one_ask = q.shape not in ("define", "expand") and not q.two_part
    if not focus or not one_ask or asked != [opening] or _ASKS_MEANING.search(q.text):
        return False
    return coverage(focus, opening, idf, forms=True) >= 1.0


def judged_unit(group: Group, pool: list[tuple[Unit, list[str]]]) -> tuple[Unit, list[str]] | None:
    lead = group.hits[0]
    at = max((u.position for u, _ in pool), default=-1) + 1
    block = max((u.block for u, _ in pool), default=-1) + 1
    found = judged_field(lead, [u.text for u, _ in pool], at, block)
    return (found, [lead.id]) if found is not None else None


def lost_asked(asked: list[Unit], picked: dict[int, tuple[Unit, list[str]]], opening: Unit) -> bool:
    """Every unit picked for the question's words beside the opening was left out for want
    of the sentence it refers back to, and the opening is all that answers."""
    others = [u for u in asked if u is not opening]
    return (
        bool(others)
        and opening.position in picked
        and not any(u.position in picked for u in others)
    )


def names_other(q: Question, group: Group) -> bool:
    """The question names a term that is not the entry's name, nor heads it."""
    main = group.hits[0]
    return q.names_term and not (names_term(main, q.term) or heads_term(main, q.term))


def second_part(
    q: Question, scored: list[tuple[float, Unit, list[str]]], opening: Unit, words: int
) -> tuple[Unit, list[str]] | None:
    """The sentence, other than the opening, that best covers a two-part question's
    second part, when it covers it at all (LATER_COVERAGE) and fits beside the ``words``
    already chosen (the opening's included). A second part asking why one would use it
    is answered by the sentence that says what it gains, whatever its words; one asking
    how to deal with it, by the sentence that says what helps reduce it."""
    sentences = [x for x in scored if x[1].kind == "sentence" and x[1] is not opening]
    found = sentences[0] if sentences else None
    if found is None or found[0] < LATER_COVERAGE or is_filler(found[1].text):
        gains = ASKS_BENEFITS.search(q.text) is not None or ASKS_REMEDY.search(q.text) is not None
        found = next((x for x in sentences if GAIN.search(x[1].text)), None) if gains else None
        if found is None:
            return None
    fits = words + count_words(found[1].text) <= MAX_ANSWER_WORDS
    return (found[1], found[2]) if fits else None


def wants_list(q: Question, unit: Unit, score: float) -> bool:
    if q.asks_name:  # "why is it called X" is answered by a sentence about the name
        return False
    if unit.item_start:  # a sentence of a long item: the list only when a list is asked for,
        # or when its lead-in says what the question asks ("which pseudorefs does git
        # know": "The following pseudorefs are known to Git:")
        return q.shape == "list" or lead_names_asked(q, unit)
    # an item under the heading of the part asked for ("Challenges:" for "whats the
    # catch") answers as its list, though it says none of the question's words
    return unit.kind == "item" and (
        q.shape in ("list", "why") or score >= MIN_COVERAGE or labels_asked_part(q, unit)
    )
