"""What a question asked in another language than English asks of a name (round 54 WL).

question.py reads English question forms: "que es el SW en la bolsa de palos" is no
"what is" to it, and "ce înseamnă PSI" keeps its question words in its term, so the entry
the question names ("Sand Wedge", whose initials the coverage lookup reads as SW; "Public
Sector Information", alias PSI) lost the answer to one sharing more words. A question is in
a language when the coverage lookup's own reading says so (asked_in_language.asked_words:
a word of the language that English lacks, one of its phrases, or its frame around foreign
words); it asks what a name is, means or is called when it says one of the language's
meaning or naming words (data/question_forms.json ``meaning``, ``called``) or one of its
phrases ("qué es", typed with or without marks). A new language needs data only.

Round 58 LG: a question's words may fit two languages alike ("kas ir skorbuts" is Latvian
and Lithuanian; "hvad er" Danish and Norwegian): the glossary's own language, when the
question is in it at all, is read before any other that frames no more of its words. The
assistant says which while it answers (``glossary_asked``); the coverage lookup passes it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.does_asked import does_forms, says_do
from rag_glossary.coverage.glossary_language import (
    frame_words,
    function_words,
    question_forms,
    with_plain,
)
from rag_glossary.coverage.phrases import words
from rag_glossary.lexical import tokenize
from rag_glossary.marks import plain

# the language of the glossary being asked, while the assistant answers (None: English, or
# no glossary: the question's words alone decide)
_GLOSSARY: ContextVar[str | None] = ContextVar("glossary_asked", default=None)


@contextmanager
def glossary_asked(language: str | None) -> Iterator[None]:
    """Questions read inside are asked of a glossary in ``language`` (``asked_language``'s
    prior; None: none)."""
    token = _GLOSSARY.set(language)
    try:
        yield
    finally:
        _GLOSSARY.reset(token)


def asked_glossary() -> str | None:
    """The glossary language ``glossary_asked`` set (None: none)."""
    return _GLOSSARY.get()


def asked_language(text: str, prior: str | None = None) -> str | None:
    """The language of data/question_forms.json the question is asked in, as the coverage
    lookup reads it, the one most of its words are frame words of when several are ("ce
    înseamnă": Romanian, though "ce" is French too; None: an English question); of those
    framing as many, the glossary's (``prior``, else ``glossary_asked``'s): "kas ir
    skorbuts" to a Latvian glossary is Latvian, not Lithuanian."""
    said = words(text)
    prior = prior or _GLOSSARY.get()
    asked = [code for code in question_forms() if asked_words(said, code) is not None]
    # the glossary's language first: ``max`` keeps the first of equals
    asked.sort(key=lambda code: code != prior)
    best = max(asked, key=lambda code: _framed(said, code), default=None)
    # an English question with a word another language lists ("how do llms like llama
    # tell ...": Spanish "llama") says more English function words than that language's
    english = sum(w in function_words("en") for w in said)
    return best if best is not None and _framed(said, best) > english else None


def _framed(said: Sequence[str], language: str) -> int:
    frame = frame_words(language)
    return sum(w in frame for w in said)


def asks_what_in_language(text: str, prior: str | None = None) -> bool:
    """The question asks, in its language's own forms, what a name is, means or is
    called: "que es el SW en la bolsa de palos", "ce înseamnă PSI", "как се казва"
    (``prior``: the glossary's language, as ``asked_language`` takes it)."""
    language = asked_language(text, prior)
    if language is None:
        return False
    said = words(text)
    plain_said = tuple(plain(w) for w in said)
    if not _asking(language).isdisjoint(said) or does_forms(text, language):
        return True  # "was macht ein kreisbrandmeister": what it does (round 58 DO)
    forms = question_forms()[language]
    if forms.frame_last and said and said[-1] in with_plain(forms.meaning | forms.called):
        return True  # "rüzgar nedir": the question word closing it asks what it is
    return any(
        plain_said[i : i + len(p)] == p for p in _phrases(language) for i in range(len(said))
    )


def term_in_language(term: str, text: str) -> tuple[str, frozenset[str]]:
    """``term`` without its language's function words and question forms at its edges
    ("ce înseamnă psi": "psi"), and those words as the composer's tokens read them (to
    leave out of the words the answer must say), when the question (``text``) is in a
    language of data/question_forms.json and the term opens or closes with one of its
    question forms (a question or meaning word: what question.py's English rules leave in
    it). Otherwise ``term`` and none ("al dente", an English question's "stare decisis")."""
    language = asked_language(text)
    said = term.split()
    if language is None or not said:
        return term, frozenset()
    forms = question_forms()[language]
    does = does_forms(text, language)  # "что делает ngen": its do verb (round 58 DO)
    asking = with_plain(forms.frame | forms.called) | does
    frame = frame_words(language) | does
    # "pemaju tu apa sebenarnya": a function word after the question word ("actually")
    if asking.isdisjoint(_edge_run(said, frame)) and asking.isdisjoint(
        _edge_run(said[::-1], frame)
    ):
        return term, frozenset()
    while said and said[0] in frame:
        said.pop(0)
    while said and said[-1] in frame:
        said.pop()
    return " ".join(said) or term, _frame_tokens(language) | does


def asks_does_in_language(text: str) -> bool:
    """ "was macht ein kreisbrandmeister", "что делает ngen": the question asks, in its
    language's own order, what a named thing does (does_asked.py)."""
    return says_do(words(text)) and bool(does_forms(text, asked_language(text)))


def _edge_run(said: Sequence[str], frame: frozenset[str]) -> list[str]:
    """The words opening ``said`` that are all frame words (none: an empty list)."""
    run = []
    for w in said:
        if w not in frame:
            break
        run.append(w)
    return run


@functools.cache
def _frame_tokens(language: str) -> frozenset[str]:
    """The language's frame words as written and as the composer's tokens read them
    ("är", "aer")."""
    frame = frame_words(language)
    return frame | frozenset(tokenize(" ".join(sorted(frame))))


@functools.cache
def _asking(language: str) -> frozenset[str]:
    # not the question words a language lists as meaning words too (Spanish "qué" of
    # "qué quiere decir"): "que palo se usa" asks no name's meaning
    forms = question_forms()[language]
    return with_plain(forms.meaning | forms.called) - with_plain(forms.question)


@functools.cache
def _phrases(language: str) -> frozenset[tuple[str, ...]]:
    forms = question_forms()[language]
    return frozenset(tuple(plain(w) for w in p) for p in forms.phrases)
