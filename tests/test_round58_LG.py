"""Round 58 lane LG: the language a question is read in, and what follows from it.

(1) A question whose words fit two languages alike is read in the glossary's: "kas ir
skorbuts" (lingo-glossary, Latvian) was Lithuanian to ``asked_language``, "apa itu lema"
(suai-glossary, Malay) Indonesian, "archív jaziev význam" (sdlc-glossary, Slovak) Czech,
"пипаж значение" (backgammon-glossary, Bulgarian) Russian; a Serbian comparison
(desktop-glossary-021) was read by Bulgarian's words. Over the 41 non-English sets 74
questions were guessed in another language than their glossary's, 15 after. The assistant
says the glossary's language while it answers (``glossary_asked``); the coverage lookup
passes it (judgement_named_rest). (2) A Serbian question typed in Latin letters without
marks is read in Cyrillic by the language's everyday words too: "greske" is "грешке"
(desktop-glossary-037), not "греске", though the glossary never writes the word. (3)
Refusals in Bengali, Finnish and Hungarian (cloud, liikenne, cpp: English before).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.assistant import Assistant
from rag_glossary.answer.language_asks import (
    asked_glossary,
    asked_language,
    asks_what_in_language,
    glossary_asked,
)
from rag_glossary.answer.language_cues import comparison_read
from rag_glossary.answer.phrases import phrases
from rag_glossary.models import RetrievalResult
from rag_glossary.parsing import load_corpus
from rag_glossary.ukrainian_latin import UkrainianLatin

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


@pytest.mark.parametrize(
    ("question", "glossary", "alone"),
    [
        ("kas ir skorbuts", "lv", "lt"),  # lingo-glossary-006
        ("apa itu lema", "ms", "id"),  # suai-glossary-001
        ("archív jaziev význam", "sk", "cs"),  # sdlc-glossary-003
        ("пипаж значение", "bg", "ru"),  # backgammon-glossary-003
        ("quadrante significado", "pt", "es"),  # trig-glossary-003
    ],
)
def test_the_glossarys_language_reads_a_question_first(
    question: str, glossary: str, alone: str
) -> None:
    assert asked_language(question) == alone
    assert asked_language(question, glossary) == glossary
    with glossary_asked(glossary):
        assert asked_language(question) == glossary
    assert asked_glossary() is None  # only while asked


def test_a_prior_the_question_is_not_in_decides_nothing() -> None:
    # an English question to a Latvian glossary stays English; a language framing more of
    # the question's words than the glossary's still wins
    assert asked_language("what is scurvy", "lv") is None
    assert asked_language("ce înseamnă psi", "fr") == "ro"


def test_asks_what_in_the_glossarys_language() -> None:
    # Latvian "ko nozīmē" asks what a word means, read in Latvian (lingo-glossary-008)
    assert asks_what_in_language("spitaliba ko tas nozime", "lv")


def test_a_comparison_is_read_in_the_glossarys_language() -> None:
    question = "која је разлика између команде и командне линије"  # desktop-glossary-021
    # read by Bulgarian's words, Serbian "између" (between) stayed in the first side
    assert comparison_read(question) == (
        "bg",
        "difference between између команде and командне линије",
    )
    with glossary_asked("sr"):
        read = comparison_read(question)
    assert read == ("sr", "difference between команде and командне линије")


@pytest.fixture(scope="module")
def serbian_latin() -> UkrainianLatin:
    entries = load_corpus(CORPORA / "desktop-glossary").entries
    return UkrainianLatin.of([t for e in entries for t in (e.title, *e.aliases, e.body)], "sr")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("sta znaci kod greske", "шта значи код грешке"),  # desktop-glossary-037
        ("sta je korisnicko ime", "шта је корисничко име"),  # desktop-glossary-033
        ("sta je kursor", "шта је курсор"),  # the glossary's own word, as before
    ],
)
def test_serbian_latin_read_by_everyday_words(
    serbian_latin: UkrainianLatin, typed: str, read: str
) -> None:
    assert serbian_latin.read(typed) == read


def test_a_key_two_everyday_words_share_is_spelled(serbian_latin: UkrainianLatin) -> None:
    # "kosta": коста and кошта both everyday words; no glossary word: spelled as typed
    assert serbian_latin.read("sta je kosta") == "шта је коста"


@pytest.mark.parametrize(
    ("language", "not_covered"),
    [
        ("bn", "শব্দকোষে এই প্রশ্নের উত্তর নেই"),
        ("fi", "Sanasto ei vastaa tähän kysymykseen"),
        ("hu", "A szójegyzék nem válaszol erre a kérdésre"),
    ],
)
def test_refusals_in_the_glossarys_language(language: str, not_covered: str) -> None:
    said = phrases(language)
    assert said.not_covered == not_covered
    assert "{term}" in said.not_in and "{named}" in said.no_entry


def test_hungarian_refusal(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant("cpp-glossary", tmp_path_factory).ask("SFINAE")  # cpp-033
    assert not answer.covered
    assert answer.text.startswith("SFINAE nem szerepel a szójegyzékben; legközelebbi")


class _Coverage:
    language = "lv"


class _Retriever:
    """Records the language each question is read in while the assistant retrieves."""

    def __init__(self) -> None:
        self.coverage = _Coverage()
        self.read: list[str | None] = []

    def retrieve(self, query: str, k: int = 5) -> RetrievalResult:
        self.read.append(asked_language(query))
        return RetrievalResult(query, (), 0.0, False)


@pytest.mark.parametrize("streaming", [False, True])
def test_the_assistant_reads_in_the_glossarys_language(streaming: bool) -> None:
    retriever = _Retriever()
    assistant = Assistant(retriever, use_llm=False)
    if streaming:
        stream = assistant.stream("kas ir skorbuts")
        assert asked_glossary() is None  # not outside the answer's own steps
        text = "".join(stream)
    else:
        text = assistant.ask("kas ir skorbuts").text
    assert retriever.read == ["lv"]
    assert asked_glossary() is None
    assert text.startswith("Vārdnīca uz šo jautājumu neatbild")
