"""The list that comes with a quoted sentence: the one right after it, when the question
asks for a list, names the list's lead-in, or the sentence points at it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rag_glossary.answer.overlap import Idf, coverage, stem
from rag_glossary.answer.pieces import count_words, is_item
from rag_glossary.answer.question import Question
from rag_glossary.answer.segment import Unit
from rag_glossary.lazy_re import lazy_regex

if TYPE_CHECKING:
    from collections.abc import Iterable
from rag_glossary.lexical import tokenize

# a question that asks for questions ("what questions should I answer ...")
QUESTION_WORDS = frozenset({"question", "ask", "asked"})


def list_after(pool: list[tuple[Unit, list[str]]], position: int) -> Unit | None:
    """The list that starts within two blocks after the unit at ``position``."""
    at = next(u for u, _ in pool if u.position == position)
    return next(
        (
            u
            for u, _ in pool
            if u.position > position and u.kind == "item" and u.block - at.block <= 2
        ),
        None,
    )


_ASKED_NOUN = lazy_regex(r"(?i)\s*(?:which|what)\s+(?:kinds?\s+of\s+|types?\s+of\s+)?([a-z]{3,})")
_POINTS_AHEAD = lazy_regex(r"(?i)^(?:these|those|the following|following|here are)\b|following\W*$")


def introduces(q: Question, focus: frozenset[str], last: Unit, follows: Unit, idf: Idf) -> bool:
    """The list after the quoted text is what the question asks for: its lead-in names the
    question's words ("Framework" for "which frameworks"), or the text points at it
    ("These questions are important ...")."""
    if q.shape in ("define", "expand") or not follows.lead:
        return False
    lead = coverage(focus, Unit(follows.lead, "item", 0, 0), idf, forms=True) >= 0.5
    asked = _ASKED_NOUN.match(q.text)  # "which frameworks ...": the list of frameworks
    named = asked is not None and bool(
        {stem(t) for t in tokenize(asked.group(1))} & {stem(t) for t in tokenize(follows.lead)}
    )
    return lead or named or bool(_POINTS_AHEAD.search(last.text))


def bridge(
    pool: list[tuple[Unit, list[str]]],
    picked: dict[int, tuple[Unit, list[str]]],
    follows: Unit,
    max_words: int,
) -> None:
    """The sentences between the last quoted one and the list it brings, in the same
    paragraph ("AWS: When deploying ..." + "To configure ..., type aws configure" + the
    list of keys): the list's lead-in reads on from them; added to ``picked`` when they
    are at most ``max_words`` long."""
    last = picked[max(picked)][0]
    between = [(u, ids) for u, ids in pool if last.position < u.position < follows.position]
    same = all(u.kind == "sentence" and u.block == last.block for u, _ in between)
    if between and same and sum(count_words(u.text) for u, _ in between) <= max_words:
        picked.update((u.position, (u, ids)) for u, ids in between)


# "which pseudorefs does git know": the plural noun a which/what question asks the members of
_ASKED_MEMBERS = lazy_regex(r"(?i)^\s*(?:which|what)\s+([a-z][\w-]*s)\b")


def lead_names_asked(q: Question, unit: Unit) -> bool:
    """The item's lead-in names the things a "which Xs" question asks for ("The following
    pseudorefs are known to Git:"): its list is the answer, each item and the lead-in."""
    asked = _ASKED_MEMBERS.match(q.text)
    return asked is not None and stem(asked.group(1).lower()) in {
        stem(t) for t in tokenize(unit.lead)
    }


def quotes_member(picked: Iterable[tuple[Unit, list[str]]], item: Unit) -> bool:
    """The quoted units hold a member of ``item``'s list (an item, or the first sentence of
    a long one, under the same lead-in): that list is not quoted again."""
    return any(is_item(u) and u.lead == item.lead for u, _ in picked)
