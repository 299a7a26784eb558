"""A question for the meanings of one term the glossary names ("what are the meanings of
integration test", "the senses people use X in"): the named entry says them all.

A glossary entry for a term used in several ways lists its senses as paragraphs or items
("multiple usages:" and one bullet each); a question asking for the meanings names that
entry and wants every sense, not the one sentence closest to its other words (nor the
entry of a neighbouring term that shares them). Two senses in separate blocks are shown
as a list under the entry's name; senses in one paragraph ("Firstly, ... Secondly, ...")
as its sentences, up to MAX_SENSE_WORDS.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.answer.names import core
from rag_glossary.answer.pieces import (
    Statement,
    count_words,
    display_name,
    has_text,
    make_group,
    statement,
)
from rag_glossary.answer.question import Question
from rag_glossary.answer.segment import Unit
from rag_glossary.lazy_re import lazy_regex
from rag_glossary.models import Hit
from rag_glossary.word_marks import ends_word, starts_word

# plural nouns of sense: "definitions" is left out, "the definitions of X and Y" asks for two terms
_SENSES = lazy_regex(
    r"\b(?:meanings|senses|usages|interpretations)\b|\bmeans?\s+different\s+things\b", re.I
)
MAX_SENSES = 6
MAX_SENSE_WORDS = 120
MAX_ITEM_WORDS = 40


def asks_senses(text: str) -> bool:
    return _SENSES.search(text) is not None


def named_senses(q: Question, hits: Sequence[Hit]) -> list[Statement] | None:
    """Every sense of the one entry the question names, when it asks for meanings; None
    when it does not, or names no entry or several (another kind of question)."""
    if not asks_senses(q.text):
        return None
    named = [h for h in hits if has_text(h) and _said(q.text, h)]
    if not named or _joined(q.text, named):
        return None
    group = make_group(named[0], hits, q.words)
    said = [(u, ids) for u, ids in group.units if u.kind in ("sentence", "item")]
    if not said:
        return None
    name = display_name(group)
    blocks: dict[int, list[tuple[Unit, list[str]]]] = {}
    for unit_ids in said:
        blocks.setdefault(unit_ids[0].block, []).append(unit_ids)
    if len(blocks) >= 2:
        return [_listed(name, list(blocks.values())[:MAX_SENSES])]
    return _sentences(name, said)


def _said(text: str, hit: Hit) -> bool:
    """The question says the entry's title or an alias, as whole words."""
    said = f" {core(text)} "
    return any((name := core(n)) and f" {name} " in said for n in (hit.title, *hit.entry.aliases))


def _joined(text: str, named: Sequence[Hit]) -> bool:
    """The question joins the first named entry to another ("the meanings of X and Y"): it
    asks about two terms. A name that only sets the context ("bias in generative ai") is
    no second term."""
    said = core(text)
    first = core(named[0].title)
    others = {core(h.title) for h in named[1:]} - {first}
    joins = r"\s+(?:and|or|vs|versus)\s+"
    return any(
        re.search(starts_word(a) + re.escape(a) + joins + re.escape(b) + ends_word(b), said)
        for other in others
        for a, b in ((first, other), (other, first))
    )


def _listed(name: str, blocks: list[list[tuple[Unit, list[str]]]]) -> Statement:
    """One item per block: the senses as a list under the entry's name."""
    ids: list[str] = []
    for block in blocks:
        ids.extend(i for _, found in block for i in found if i not in ids)
    items = tuple(_opening(block) for block in blocks)
    order = (0, blocks[0][0][0].position)
    return Statement(name, tuple(ids), items, order=order)


def _opening(block: list[tuple[Unit, list[str]]]) -> str:
    """A block's sentences up to MAX_ITEM_WORDS (its first always): a sense is its gist."""
    kept: list[str] = []
    for unit, _ in block:
        if kept and count_words(" ".join([*kept, unit.text])) > MAX_ITEM_WORDS:
            break
        kept.append(unit.text)
    return " ".join(kept)


def _sentences(name: str, said: list[tuple[Unit, list[str]]]) -> list[Statement]:
    """The paragraph's sentences in reading order, the first led by the entry's name."""
    out: list[Statement] = []
    words = 0
    for unit_ids in said:
        words += count_words(unit_ids[0].text)
        if out and words > MAX_SENSE_WORDS:
            break
        out.append(statement(unit_ids, 0, name, name if not out else ""))
    return out
