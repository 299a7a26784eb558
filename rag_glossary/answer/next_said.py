"""The sentence after an asked one that says what the answer has not said yet: the
question's own words no picked sentence contains ("what do the federated parties share
instead": "... does not look like parameter averaging" + "Depending on the method,
participants may share trees, ...")."""

from __future__ import annotations

from rag_glossary.answer.growth import MAX_ANSWER_WORDS, repeats
from rag_glossary.answer.overlap import Idf, coverage
from rag_glossary.answer.pieces import count_words
from rag_glossary.answer.segment import Unit
from rag_glossary.answer.unit_roles import is_filler


def unsaid_words(
    focus: frozenset[str], picked: dict[int, tuple[Unit, list[str]]], idf: Idf
) -> frozenset[str]:
    """The question's own words no picked unit says."""
    units = [u for u, _ in picked.values()]
    return frozenset(
        t for t in focus if not any(coverage(frozenset({t}), u, idf) > 0 for u in units)
    )


def next_says_more(
    pool: list[tuple[Unit, list[str]]],
    picked: dict[int, tuple[Unit, list[str]]],
    asked: list[Unit],
    focus: frozenset[str],
    idf: Idf,
) -> None:
    """Add the sentence right after an asked one in its paragraph when it says a question
    word no picked sentence says and the answer stays within MAX_ANSWER_WORDS."""
    words = sum(count_words(u.text) for u, _ in picked.values())
    by_position = {u.position: (u, ids) for u, ids in pool}
    for unit in sorted(asked, key=lambda u: u.position):
        after = by_position.get(unit.position + 1)
        if after is None or after[0].position in picked:
            continue
        nxt = after[0]
        if nxt.kind != "sentence" or nxt.block != unit.block or nxt.section != unit.section:
            continue
        if is_filler(nxt.text) or repeats(nxt, picked):
            continue
        size = count_words(nxt.text)
        unsaid = unsaid_words(focus, picked, idf)
        if not unsaid or words + size > MAX_ANSWER_WORDS:
            continue
        if coverage(unsaid, nxt, idf) > 0:
            picked[nxt.position] = after
            words += size


def said_between(
    pool: list[tuple[Unit, list[str]]], picked: dict[int, tuple[Unit, list[str]]], words: int
) -> int:
    """In a two-part question's answer (the caller's check), the one sentence between two
    picked sentences of a paragraph joins them ("The CA signing policy is used to ..." +
    "Specifically it constrains the identities ..." + "In GSI the signing policy ... can be
    found in ...") while the answer stays within MAX_ANSWER_WORDS: the answer runs from the
    opening to the second part's sentence as the paragraph does. The words added."""
    by_position = {u.position: (u, ids) for u, ids in pool}
    added = 0
    for position in sorted(picked):
        before, between = picked[position][0], by_position.get(position + 1)
        after = picked.get(position + 2)
        if between is None or after is None or position + 1 in picked:
            continue
        unit = between[0]
        same = unit.block == before.block == after[0].block and unit.section == before.section
        if not same or unit.kind != "sentence" or is_filler(unit.text):
            continue
        size = count_words(unit.text)
        if words + added + size <= MAX_ANSWER_WORDS:
            picked[unit.position] = between
            added += size
    return added
