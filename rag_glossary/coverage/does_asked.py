""" "What does X do" asked in another language than English (round 58 DO).

English "what does X do" reads X as its term (question.py's ``_DOES``). In another
language the do verb stayed in the term ("делает ngen", "gjør et battery management
system") or made the question a content one ("was macht ein kreisbrandmeister": "was" is
an English fact word too), so the entry named X lost its definition to a reading of the
whole question. A do verb also means *make*, so it asks what X does only where the
grammar puts it so: right after the question word that opens the question ("was macht X",
"que fait X", "co robi X", "что делает X"; a run of the language's frame words may come
first: "o que faz X") or, with X first, closing it ("arcsin o que faz", "git ne yapar"),
and with none of the language's question, if or impersonal subject words in X ("com es fa
la corba ... segons ..." asks how a thing is made, "hvad gør power bi hvis ..." what it
does under a condition, "was macht man mit X" how it is used). The forms are data
(question_forms.json ``does``, ``if``, ``one``), never frame words: the language a
question is read in does not change.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

from rag_glossary.coverage.glossary_language import frame_words, question_forms, with_plain
from rag_glossary.coverage.phrases import words
from rag_glossary.lexical import tokenize

_FORMS = Path(__file__).resolve().parent.parent / "data" / "question_forms.json"


@functools.cache
def _listed(language: str, field: str) -> frozenset[str]:
    raw = json.loads(_FORMS.read_text(encoding="utf-8")).get(language, {})
    return with_plain(frozenset(raw.get(field, ())))


def says_do(said: list[str]) -> bool:
    """Some language's do verb is among the question's words (a cheap test first)."""
    return not _every_do().isdisjoint(said)


@functools.cache
def _every_do() -> frozenset[str]:
    return frozenset().union(*(_listed(code, "does") for code in question_forms()))


def does_forms(text: str, language: str | None) -> frozenset[str]:
    """The do verb of ``language`` (the question's), as written and as the composer's
    tokens read it, when ``text`` asks what a named thing does in that language's own
    order (see the module's text); none otherwise."""
    if language is None:
        return frozenset()
    does = _listed(language, "does")
    said = words(text)
    if does.isdisjoint(said):
        return frozenset()
    asking = with_plain(question_forms()[language].question)
    frame = frame_words(language)
    at = _anchored(said, does, asking, frame)
    if at is None:
        return frozenset()
    named = said[at + 1 :] if at < len(said) - 1 else said[: at - 1]
    stop = asking | _listed(language, "if") | _listed(language, "one") | does
    if not named or not stop.isdisjoint(named) or frame.issuperset(named):
        return frozenset()
    return does | frozenset(tokenize(" ".join(sorted(does))))


def _anchored(
    said: list[str], does: frozenset[str], asking: frozenset[str], frame: frozenset[str]
) -> int | None:
    """Where the do verb is when a question word is right before it and the two open the
    question (frame words only before them) or close it; None otherwise."""
    for at, word in enumerate(said):
        if word not in does or at == 0 or said[at - 1] not in asking:
            continue
        if all(w in frame for w in said[: at - 1]) or at == len(said) - 1:
            return at
    return None


def without_do(question: str, language: str | None) -> str:
    """``question`` without the do verb that asks what its named thing does ("что делает
    ngen": "что ngen"), as the coverage lookup reads it; unchanged when it asks otherwise.
    The verb is written once: the named words hold none (``does_forms``)."""
    does = does_forms(question, language)
    if not does:
        return question
    for word in words(question):
        if word in does:
            verb = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
            return " ".join(verb.sub(" ", question, count=1).split())
    return question
