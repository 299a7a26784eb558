"""Round 53 WC: Thai comparisons and refusal phrases, Ukrainian refusal phrases.

quantfin-glossary's reader found "european option กับ american option ต่างกันตรงไหน" answered
from American option alone: Thai had no question forms, and its words run together, so the
contrast word ("ต่างกัน") was never a word of the question. Thai's forms are data
(question_forms.json ``th``) and answer/language_cues.py sets them apart inside a Thai run
before reading the comparison as every other language's. A Thai glossary is told by its
letters (script_language.py) and refuses in Thai; a Ukrainian glossary (obsidian-glossary)
refuses in Ukrainian (answer_phrases.json ``uk``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.language_cues import compared_in_language
from rag_glossary.answer.phrases import phrases, text_language
from rag_glossary.answer.question import analyze
from rag_glossary.coverage.script_language import texts_language
from rag_glossary.parsing import load_corpus

CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"
QUANTFIN = "quantfin-glossary"


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("call option กับ put option ต่างกันยังไง", ("call option", "put option")),
        ("ความแตกต่างระหว่าง call option และ put option", ("call option", "put option")),
        ("put option ต่างจาก call option ยังไง", ("put option", "call option")),
        ("เปรียบเทียบ theta กับ gamma", ("theta", "gamma")),
        ("theta vs gamma ต่างกันยังไง", ("theta", "gamma")),
        # typed without its tone mark, or with another (thai_text.py drops them for BM25)
        ("call option กับ put option ตางกันยังไง", ("call option", "put option")),
        ("call option กับ put option ต่างกั้นยังไง", ("call option", "put option")),
    ],
)
def test_thai_comparison_read(question: str, read: tuple[str, str]) -> None:
    assert compared_in_language(question) == f"difference between {read[0]} and {read[1]}"


@pytest.mark.parametrize(
    "question",
    [
        "european option คืออะไร",  # no contrast word
        "call option ในตลาดต่างประเทศ กับ hedging",  # "ต่างประเทศ" (foreign) is no contrast
    ],
)
def test_thai_question_without_comparison(question: str) -> None:
    assert compared_in_language(question) is None


def test_other_languages_read_as_before() -> None:
    assert compared_in_language("unterschied hsi und hse") == "difference between hsi and hse"
    assert compared_in_language("what is the difference between p and q") is None


def test_thai_comparison_has_two_sides() -> None:
    asked = analyze("european option กับ american option ต่างกันตรงไหน")
    assert asked.shape == "compare"
    assert [s.lower() for s in asked.sides] == ["european option", "american option"]


def test_thai_comparison_answers_both_sides(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant(QUANTFIN, tmp_path_factory).ask("call option กับ put option ต่างกันยังไง")
    assert answer.covered
    assert set(answer.citations[:2]) == {f"{QUANTFIN}#call-option", f"{QUANTFIN}#put-option"}


def test_thai_glossary_refuses_in_thai(tmp_path_factory: pytest.TempPathFactory) -> None:
    entries = load_corpus(CORPORA / QUANTFIN).entries
    assert texts_language(" ".join((e.title, e.body)) for e in entries) == "th"
    assert text_language("Option: สัญญาที่ให้ผู้ถือมี สิทธิ แต่ไม่มีข้อผูกมัด") == "th"
    # the glossary has no Sharpe ratio
    answer = shared_assistant(QUANTFIN, tmp_path_factory).ask("sharpe ratio คืออะไร")
    assert not answer.covered
    assert phrases("th").nearest in answer.text
    assert phrases(None).nearest not in answer.text


def test_ukrainian_glossary_refuses_in_ukrainian(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = shared_assistant("obsidian-glossary", tmp_path_factory).ask(
        "як поставити пароль на сховище"
    )
    assert not answer.covered
    assert phrases("uk").nearest in answer.text
    assert phrases(None).nearest not in answer.text
    assert phrases("uk").also == "також"
