"""A named term the glossary has no entry for, found only inside other entries' text
("Federated learning - Train on decentralized data ..." in Model Inversion's list of
defences). Asked what it is, that mention may answer; asked a part of it (its catch, how
it works, why use it), the mention rarely gives that part: the answer is then a refusal
that names the term and says where it is mentioned, not the other entry's own text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import Pattern

from rag_glossary.answer.cues import WHY, asked_label
from rag_glossary.answer.names import clean_title
from rag_glossary.answer.phrases import Phrases, phrases
from rag_glossary.answer.question import Question, analyze
from rag_glossary.answer.segment import Unit, entry_units
from rag_glossary.answer.side_labels import label_of
from rag_glossary.coverage import TEXT_FOUND
from rag_glossary.coverage.phrases import phrase_key, words
from rag_glossary.coverage.scaffolding import strip_scaffolding
from rag_glossary.models import Hit, RetrievalResult

MENTION_HITS = 5  # the coverage lookup counts a phrase in an entry's text among these hits


def mentioned_only(question: str, result: RetrievalResult) -> tuple[Hit, ...]:
    """The hits that only mention the question's named term, when the question asks a
    part of it that no mention gives; () when the rule does not apply (the term is an
    entry's name or heading, its opening names it, or a mention gives the part)."""
    term = result.key_term
    if not (result.covered and term and result.reason == TEXT_FOUND):
        return ()
    q = analyze(question)
    key = phrase_key(words(term))
    if not _asks_part(q) or q.sides or not _whole_term(question, key):
        return ()
    found = [h for h in result.hits[:MENTION_HITS] if _has(h.entry.body, key)]
    if not found or any(_covers(h, key, asked_label(q)) for h in found):
        return ()
    return tuple(found)


def refusal(term: str, where: Sequence[Hit], said: Phrases | None = None) -> str:
    """ "federated learning has no entry; it is mentioned in Model Inversion (id)", in the
    glossary's language when ``said`` gives it (phrases.py)."""
    first: dict[str, str] = {}  # one title once: a glossary may hold a term twice
    for hit in where:
        first.setdefault(clean_title(hit.title), hit.id)
    named = ", ".join(f"{title} ({hit_id})" for title, hit_id in first.items())
    return (said or phrases(None)).no_entry.format(term=term, named=named) + "."


def mention_answer(question: str, result: RetrievalResult) -> tuple[str, str] | None:
    """Asked what a term only mentioned elsewhere is, the item or sentence that opens with
    it and glosses it ("Federated learning - Train on decentralized data ..."), said with
    where it comes from; the text (with its marker) and the cited id, or None."""
    term = result.key_term
    if not (result.covered and term and result.reason == TEXT_FOUND):
        return None
    if analyze(question).shape not in ("define", "expand"):
        return None
    key = phrase_key(words(term))
    if not _whole_term(question, key):
        return None
    found = [h for h in result.hits[:MENTION_HITS] if _has(h.entry.body, key)]
    if not found or any(_covers(h, key, None) for h in found):
        return None
    for hit in found:
        for unit in entry_units(hit.entry):
            if (glossed := _glossed(unit.text, key)) is None:
                continue
            named, gloss = glossed
            title = clean_title(hit.title)
            if unit.lead:
                said = f'{title} lists it under "{unit.lead}": {gloss or unit.text}'
            else:
                said = f"{title} says of it: {gloss}" if gloss else f"{title} says: {unit.text}"
            return f"{named} has no entry of its own; {said}[1]", hit.id
    return None


def _glossed(text: str, key: tuple[str, ...]) -> tuple[str, str] | None:
    """The term as the text writes it and its gloss, when the text opens with the term
    and glosses it: "X - gloss" and "X: gloss" give the gloss alone (the term is a label),
    "X (...)" and "X is ..." an empty gloss (the whole sentence says it); else None."""
    n = len(words(" ".join(key)))
    opening = re.match(rf"^\W*((?:[^\W_]+[\s-]+){{{n - 1}}}[^\W_]+)\s*{_GLOSS}", text)
    if opening is None or phrase_key(words(opening.group(1))) != key:
        return None
    labelled = opening.group(2) is not None
    return opening.group(1), text[opening.end() :].strip() if labelled else ""


_GLOSS = r"(?:([-\u2013\u2014:])\s|[(,]|(?:is|are|refers|means|denotes)\b)"


def _covers(hit: Hit, key: tuple[str, ...], label: Pattern[str] | None) -> bool:
    """The entry is about the term (its name shares a word with it, its opening or a
    heading of its own names it), or a unit that mentions it gives the asked part."""
    name = phrase_key(words(" ".join((hit.title, *hit.entry.aliases))))
    if set(name) & set(key):
        return True  # "beam search" in Beam Search Decoding
    said = entry_units(hit.entry)
    if not said or _has(said[0].text, key):
        return True
    if any(_has(f"{u.heading} {u.lead}", key) for u in said):
        return True  # a part of the entry is headed by the term ("Counterfactual Explanations")
    return any(_gives(u, label) for u in said if _has(u.text, key))


def _gives(unit: Unit, label: Pattern[str] | None) -> bool:
    """The mention says the asked part: its label, heading or text names it (a reason
    for a why question)."""
    text = f"{unit.heading} {unit.lead} {label_of(unit.text)} {unit.text}"
    return bool((label or WHY).search(text))


def _has(text: str, key: tuple[str, ...]) -> bool:
    return _contains(phrase_key(words(text)), key)


def _contains(said: tuple[str, ...], key: tuple[str, ...]) -> bool:
    n = len(key)
    return any(said[i : i + n] == key for i in range(len(said) - n + 1))


def _whole_term(question: str, key: tuple[str, ...]) -> bool:
    """The key term is a name of two words or more and what the question asks about, its
    scaffolding stripped, at most one word aside ("why use X", "why is X important"): not
    a fragment of a description ("model trained" in "why would a model trained only on
    bach be useless ...")."""
    asked = phrase_key(words(strip_scaffolding(question)))
    return len(key) >= 2 and _contains(asked, key) and len(asked) <= len(key) + 1


def _asks_part(q: Question) -> bool:
    """The question asks a part of its term (its catch, how it works, why), not what it is."""
    return asked_label(q) is not None or q.shape == "why"
