"""A key term read in a glossary in another language: its frame words are no term.

A question wholly in the glossary's language loses its frame words before the lookup
(asked_in_language.asked_words); one that says an English name in a frame of the glossary's
language ("shape memory alloy nedir" in a Turkish glossary) is read by the English grammar,
which keeps "nedir" in the term, and the name is then missing. A word that marks the
glossary's language (asked_in_language.language_marks: its function words and question
forms that are no English words) opening or closing a term is the question's frame, never
the term's (round 47 R).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rag_glossary.coverage.asked_in_language import language_marks
from rag_glossary.coverage.glossary_language import frame_words, question_forms, with_plain
from rag_glossary.coverage.noun_phrase import KeyTerm
from rag_glossary.coverage.phrases import words


def language_terms(terms: Sequence[KeyTerm], language: str, question: str = "") -> list[KeyTerm]:
    """``terms`` without those wholly of ``language``'s frame words ("comment on appelle
    ...": no term) and without the language's marks at the others' edges. When the grammar
    found only frame words and ``question`` asks what a thing is called ("ako sa volá to,
    keď ..."), its other words describe the thing: one described term (``called_description``)."""
    frame = frame_words(language)
    kept = [t for t in terms if not frame.issuperset(words(t.text))]
    if terms and not kept:
        return called_description(question, language)
    return [replace(t, text=edged) if (edged := _unmarked(t.text, language)) else t for t in kept]


def called_description(question: str, language: str) -> list[KeyTerm]:
    """The words of ``question`` beyond its frame as one described term, when it asks
    with the language's ``called`` forms what the thing it describes is called ([]: not
    such a question, or no words beyond the frame)."""
    forms = question_forms().get(language)
    said = words(question)
    if forms is None or with_plain(forms.called).isdisjoint(said):
        return []
    frame = frame_words(language)
    rest = [w for w in said if w not in frame]
    return [KeyTerm(" ".join(rest), False)] if rest else []


def _unmarked(text: str, language: str) -> str | None:
    """``text`` without the marks of ``language`` at its edges (None: none there, or
    nothing else)."""
    marks = language_marks(language)
    said = text.split()
    start, end = 0, len(said)
    while start < end and said[start] in marks:
        start += 1
    while end > start and said[end - 1] in marks:
        end -= 1
    if (start, end) == (0, len(said)) or start == end:
        return None
    return " ".join(said[start:end])
