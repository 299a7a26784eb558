"""Round 48 lane FV: Vietnamese question forms (data/question_forms.json "vi"), typed with
or without marks, and a language's phrases of several words ("la gi", "nghia la gi") that
say the question is in the glossary's language though each of their words is an English
word too (asked_in_language.says_phrase): swarch-glossary's English titles asked in
Vietnamese."""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.coverage.asked_in_language import asked_words, says_phrase
from rag_glossary.coverage.glossary_language import question_forms

SWARCH = "swarch-glossary"


def test_vietnamese_forms() -> None:
    forms = question_forms()["vi"]
    assert {"nghĩa", "nghia"} <= forms.meaning
    assert {"gì", "j", "ntn", "ko"} <= forms.question
    assert {"khác", "khac"} <= forms.contrast
    assert {"và", "va", "hoặc", "hoac"} <= forms.joins
    assert ("la", "gi") in forms.phrases and ("là", "gì") in forms.phrases


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("instability index la gi", ("instability", "index")),
        ("fitness function la j", ("fitness", "function")),
        ("spaced repetition nghia la gi", ("spaced", "repetition")),
        # no phrase, no word that is no English word: read by the English grammar
        ("what is a load balancer", None),
    ],
)
def test_asked_words(said: str, asked: tuple[str, ...] | None) -> None:
    assert says_phrase(said.split(), "vi") == (asked is not None)
    assert asked_words(said.split(), "vi") == asked


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        ("instability index la gi", {"swarch-glossary#instability-index"}),
        ("fitness function la j", {"swarch-glossary#fitness-function"}),
        ("load balancer la j vay", {"swarch-glossary#load-balancer"}),
        ("cho mình hỏi stateless là sao ạ", {"swarch-glossary#stateless"}),
        (
            "monolithic architecture va microservices architecture khac nhau nhu the nao",
            {
                "swarch-glossary#monolithic-architecture",
                "swarch-glossary#microservices-architecture",
            },
        ),
        # names the glossary lacks: refused
        ("kafka la gi", set()),
        ("circuit breaker nghia la gi", set()),
    ],
)
def test_vietnamese_questions(
    question: str, cited: set[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(SWARCH, tmp_path_factory).ask(question)
    if cited == set():
        assert not answer.covered
        return
    assert answer.covered
    assert set(answer.citations) == cited


def test_a_refusal_is_written_in_the_glossary_s_language(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = shared_assistant(SWARCH, tmp_path_factory).ask("kafka la gi")
    assert not answer.covered
    assert answer.text.startswith("kafka không có trong bảng thuật ngữ; các mục gần nhất:")
