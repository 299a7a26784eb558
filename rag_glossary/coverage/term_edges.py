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
    if kept and question_forms()[language].script:
        kept = [run for t in kept for run in _runs(t, language)]
    if terms and not kept:
        return called_description(question, language)
    return [replace(t, text=edged) if (edged := _unmarked(t.text, language)) else t for t in kept]


_SIDE_WORDS = 3  # the most words (its frame dropped) of a side joined by "and" / "or"


def _runs(term: KeyTerm, language: str) -> list[KeyTerm]:
    """A term of a language in a script the English grammar reads no word of (Devanagari:
    question_forms.json ``script``) split at the language's own "and" / "or" words, each
    side a term: "deep learning आणि neural network काय आहे" is two names, "deep learning"
    and "neural network", as "deep learning and neural network" is in English (the grammar
    kept the whole as one term; the term is itself when no such word is inside it, or a
    side has more than _SIDE_WORDS words beyond the frame: a clause, no name)."""
    joins = language_marks(language) & with_plain(question_forms()[language].joins)
    runs: list[list[str]] = [[]]
    for w in term.text.split():
        if w in joins:
            runs.append([])
        else:
            runs[-1].append(w)
    frame = frame_words(language)
    named = [[w for w in r if w not in frame] for r in runs]
    if len(runs) < 2 or not all(0 < len(n) <= _SIDE_WORDS for n in named):
        return [term]  # "laptop हरवला किंवा खराब झाला तर ...": a description, no names
    return [KeyTerm(" ".join(r), True) for r in runs]


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
