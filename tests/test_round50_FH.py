"""Round 50 FH: a Hungarian glossary (cpp-glossary, ELTE's C++ course) and its questions,
mostly typed without marks. Hungarian question frames (data/question_forms.json "hu": mi
az a, mit jelent, jelentése, mire jó, mi a különbség ... között) are dropped; a title said
in a case form ("virtualis oroklodesnel", Virtuális öröklődés) is read by its words' stems,
a case ending typed without marks cut first (word_forms.hungarian_case_folded); a Markdown
heading's backslash escapes are no part of its title (parsing/markdown.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.answer.language_cues import compared_in_language
from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.glossary_language import corpus_language
from rag_glossary.coverage.phrases import words
from rag_glossary.coverage.stem_names import stem_key
from rag_glossary.parsing import load_corpus

CORPUS = Path(__file__).resolve().parent.parent / "eval" / "corpora" / "cpp-glossary"


@pytest.fixture(scope="module")
def titles() -> dict[str, str]:
    corpus = load_corpus(CORPUS)
    assert corpus_language(corpus.entries) == "hu"
    return {e.id: e.title for e in corpus.entries}


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        # "## reinterpret\_cast", "## ++, --, \*, ==, != operátorok ...": escapes dropped,
        # the ids (slugs of the heading as written) kept
        ("reinterpret_cast", "reinterpret_cast"),
        ("-------operátorok-használata-iterátorokkal", "++, --, *, ==, != operátorok"),
    ],
)
def test_heading_escapes_not_in_title(titles: dict[str, str], entry: str, title: str) -> None:
    assert titles[f"cpp-glossary#{entry}"].startswith(title)


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("virtualis oroklodesnel", "Virtuális öröklődés"),  # -nél typed -nel
        ("gepi szonak", "Gépi szó"),
        ("balertek", "Balérték"),  # the same stem with or without marks
        ("destruktorral", "Destruktor"),  # -val/-vel assimilated: -ral
        ("konstruktort", "Konstruktor"),
    ],
)
def test_hungarian_case_form_stems_as_its_title(said: str, title: str) -> None:
    assert stem_key(words(said), "hu") == stem_key(words(title.lower()), "hu")


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("mi az a include guard", ("include", "guard")),  # every word an English word too
        ("RAII jelentese", ("raii",)),
        ("constexpr mire jo", ("constexpr",)),
        ("mi a kulonbseg az egyenloseg es az ekvivalencia kozott", ("egyenloseg", "ekvivalencia")),
    ],
)
def test_hungarian_frame_dropped(question: str, asked: tuple[str, ...]) -> None:
    assert asked_words(question.lower().split(), "hu") == asked


def test_english_question_not_read_as_hungarian() -> None:
    assert asked_words(["what", "is", "a", "include", "guard"], "hu") is None


@pytest.mark.parametrize(
    ("question", "read"),
    [
        # "között" after both sides, an article before each
        (
            "mi a kulonbseg az egyenloseg es az ekvivalencia kozott c++-ban",
            "difference between egyenloseg and ekvivalencia",
        ),
        (
            "mi a különbség a balérték és a jobbérték között",
            "difference between balérték and jobbérték",
        ),
    ],
)
def test_hungarian_comparison_has_two_sides(question: str, read: str) -> None:
    assert compared_in_language(question) == read
