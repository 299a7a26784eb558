"""Homonyms: one file's two entries of one title whose texts share no word beyond the
title ("Level: Perfectly horizontal alignment" under Definitions, "Level: Ensure level and
plumb surfaces" under Hand Tools) are two senses, not two copies of one statement. A
comparison takes the sense defined like its other side; an answer that shows both
labels each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rag_glossary.answer.names import clean_title
from rag_glossary.answer.pieces import GENERIC_LABEL, Group, Statement, same_term
from rag_glossary.answer.question import Question
from rag_glossary.lexical import stem, tokenize
from rag_glossary.models import Hit


def _words(hit: Hit) -> set[str]:
    own = {stem(t) for t in tokenize(hit.title)}
    return {stem(t) for t in tokenize(hit.entry.body)} - own


def apart(a: Hit, b: Hit) -> bool:
    """Two entries of one title in one file whose texts share no word beyond it."""
    if a is b or (a.entry.file, a.source) != (b.entry.file, b.source):
        return False
    if not same_term(a, b) or not (words_a := _words(a)) or not (words_b := _words(b)):
        return False
    return not words_a & words_b


def senses(hit: Hit, hits: Sequence[Hit]) -> list[Hit]:
    """The other senses of ``hit`` among ``hits``."""
    return [h for h in hits if apart(hit, h)]


def sense_for_side(hit: Hit, hits: Sequence[Hit], other: Hit | None) -> tuple[Hit, list[Hit]]:
    """A comparison side's sense and the senses left out: the one whose text shares the
    most words with the other side's ("level vs plumb": "Perfectly horizontal alignment"
    beside Plumb's "Perfectly vertical alignment", not the tool), the retrieval's on a
    tie."""
    found = [hit, *senses(hit, hits)]
    if len(found) == 1 or other is None:
        return hit, found[1:]
    theirs = _words(other)
    best = max(found, key=lambda h: (len(_words(h) & theirs), -found.index(h)))
    return best, [h for h in found if h is not best]


def label_senses(statements: list[Statement], group: Group) -> list[Statement]:
    """Each sense's first statement after the first sense's opens with the title
    ("Level: Ensure level and plumb surfaces."), when the group holds two senses."""
    lead = group.hits[0]
    other = {h.id: h for h in group.hits[1:] if apart(lead, h)}
    if not other:
        return statements
    out, seen = [], set()
    for s in statements:
        sense = next((i for i in s.ids if i in other), None)
        title = clean_title(other[sense].title) if sense else ""
        title = "" if GENERIC_LABEL.match(f"{title}:") else title  # "Explanation": no name
        own = sense is not None and lead.id not in s.ids and sense not in seen
        if own and title and not s.text.startswith(f"{title}:") and not s.items:
            s = replace(s, text=f"{title}: {s.text}")
        if sense is not None:
            seen.add(sense)
        out.append(s)
    return out


def asked_entry_only(q: Question, statements: list[Statement], group: Group) -> list[Statement]:
    """ "in the opening when am i supposed to bring out my queen": of one file's entries of
    one title, the one whose quoted text says the question's own words (beyond the title)
    answers; another whose quoted text says none of them adds a citation and no answer."""
    lead = group.hits[0]
    asked = {stem(t) for t in q.words} - {stem(t) for t in tokenize(lead.title)}
    kin = [h for h in group.hits if h.entry.file == lead.entry.file and h.source == lead.source]
    if not asked or len(kin) < 2:
        return statements
    said = {h.id: _said(statements, h.id) & asked for h in kin}
    if not any(said.values()):
        return statements
    mute = {i for i, words in said.items() if not words}
    kept = [s for s in statements if not s.ids or not set(s.ids) <= mute]
    return kept or statements


def _said(statements: list[Statement], hit_id: str) -> set[str]:
    text = " ".join(f"{s.text} {' '.join(s.items)}" for s in statements if hit_id in s.ids)
    return {stem(t) for t in tokenize(text)}
