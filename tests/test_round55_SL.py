"""Round 55 lane SL: Russian question forms, a title that opens a question but is not what it
asks of.

dotnet-glossary (the .NET glossary in Russian) had only comparison forms for Russian, so "что
такое X", "X это что", "что значит X" kept their frame in the key term: dotnet-008
"общеязыковая среда выполнения это что" was answered from исполняющая среда, dotnet-005's
long story closing "так что такое эта bcl" was refused. With the forms read, the opening-name
lookup (coverage/language_parts.py ``_opening_name``) reached two negatives: "как в asp.net
core передавать сервисы ..." (ASP.NET Core is the place it asks in: a ``setting`` word before
it) and "asp.net mvc это что" (one word no entry writes right after ASP.NET: a kind of it the
glossary lacks; modifier_after.not_opening).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.language_asks import asked_language, asks_what_in_language
from rag_glossary.coverage.glossary_language import question_forms
from rag_glossary.coverage.modifier_after import not_opening

_DOTNET = "dotnet-glossary"


def test_russian_is_read_with_its_question_forms() -> None:
    assert "ru" in question_forms()
    assert asked_language("общеязыковая среда выполнения это что") == "ru"
    assert asks_what_in_language("что такое JIT")
    assert asks_what_in_language("mono в дотнете что значит")


def test_ukrainian_and_bulgarian_questions_keep_their_language() -> None:
    assert asked_language("що таке сховище в обсидіан") == "uk"
    assert asked_language("кокс в таблата какво значи") == "bg"
    assert asked_language("как се казва лентата по средата на дъската") == "bg"


def test_a_title_after_a_setting_word_is_not_what_is_asked() -> None:
    said = ["как", "в", "asp", "net", "core", "передавать", "сервисы", "в", "контроллер"]
    asked = [w for w in said if w not in ("как", "в")]
    assert not_opening(said, asked, ("asp", "net", "core"), "ru", {"сервисы": 1})
    # a language without setting words reads the title as before
    assert not not_opening(said, asked, ("asp", "net", "core"), "uk", {"сервисы": 1})


def test_one_unwritten_word_after_a_title_is_a_kind_of_it() -> None:
    said = ["asp", "net", "mvc", "это", "что"]
    asked = ["asp", "net", "mvc"]
    assert not_opening(said, asked, ("asp", "net"), "ru", {"asp": 3, "net": 9})
    assert not not_opening(said, asked, ("asp", "net"), "ru", {"asp": 3, "net": 9, "mvc": 1})


def test_a_gloss_in_other_letters_is_no_kind_of_the_title() -> None:
    # coldwar-017 "مؤتمر مالطا summit بين شكون و شكون وفي اي سنة": "summit" glosses مؤتمر
    said = ["مؤتمر", "مالطا", "summit", "بين"]
    asked = ["مؤتمر", "مالطا", "summit"]
    assert not not_opening(said, asked, ("مؤتمر", "مالطا"), "ar", {"مؤتمر": 2, "مالطا": 1})


def test_words_asked_of_a_title_are_no_kind_of_it() -> None:
    # adopsi-016 "pls-sem minimal sampelnya brp", obsidian-017 "... рядок стану на телефони"
    said = ["pls", "sem", "minimal", "sampelnya", "brp"]
    assert not not_opening(said, said, ("pls", "sem"), "ms", {"pls": 2, "sem": 2})
    said = ["де", "знаходиться", "рядок", "стану", "на", "телефони"]
    asked = ["рядок", "стану", "телефони"]
    assert not not_opening(said, asked, ("рядок", "стану"), "uk", {"рядок": 2, "стану": 1})


def _question(number: int) -> str:
    path = Path("eval/corpora") / _DOTNET / "questions.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return str(next(r["question"] for r in rows if r["id"] == f"{_DOTNET}-{number:03d}"))


@pytest.mark.parametrize(
    ("number", "entry", "said"),
    [(8, "dotnet-glossary#clr", "CLR"), (5, "dotnet-glossary#bcl", "Библиотека базовых классов")],
)
def test_dotnet_answers_what_is_asked_in_russian(
    number: int, entry: str, said: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(_DOTNET, tmp_path_factory).ask(_question(number))
    assert answer.covered
    assert answer.citations[0] == entry
    assert said in answer.text


@pytest.mark.parametrize("number", [26, 33])  # negatives: asp.net core's DI, asp.net mvc
def test_dotnet_refuses_what_the_glossary_lacks(
    number: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert not shared_assistant(_DOTNET, tmp_path_factory).ask(_question(number)).covered
