"""Round 45, lane D: a name led by a dot (".NET", ".say") ends no sentence, and a refusal
names the missing term in the question's own casing."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.answer.segment import entry_units
from rag_glossary.answer.sentences import sentences
from rag_glossary.coverage.question_forms import as_cased, named_as_written
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus

CORPORA = Path(__file__).parent.parent / "eval" / "corpora"


@pytest.fixture(scope="module")
def dotnet() -> dict[str, Entry]:
    return {e.id.split("#", 1)[1]: e for e in load_corpus(CORPORA / "dotnet-glossary").entries}


def _texts(entry: Entry) -> list[str]:
    return [unit.text for unit in entry_units(entry)]


def test_a_dot_led_name_ends_no_sentence(dotnet: dict[str, Entry]) -> None:
    # pysbd cut "реализацией ." + "NET с открытым кодом ..."; the units then read
    # "реализацией." and "NET с ...", an answer "реализацией. NET"
    mono = _texts(dotnet["mono"])
    assert mono[0].startswith("Mono является кроссплатформенной реализацией .NET с открытым")
    assert not any(text.startswith("NET") or ". NET" in text for text in mono)
    # "Исходный код BCL для .NET 5 ..." was cut to "Исходный код BCL для."
    bcl = _texts(dotnet["bcl"])
    assert any(text.startswith("Исходный код BCL для .NET 5 (и .NET Core)") for text in bcl)
    assert not any(text.endswith(" для.") for text in bcl)
    assert "Примеры: BCL для .NET Framework" in " ".join(_texts(dotnet["реализация-net"]))


def test_a_stop_before_a_dot_led_name_still_ends_a_sentence(dotnet: dict[str, Entry]) -> None:
    # "Более ранние версии этой реализации .NET известны как .NET Core. .NET 5.0 — это ..."
    said = _texts(dotnet["net-5-и-более-поздних-версий"])
    assert "Более ранние версии этой реализации .NET известны как .NET Core." in said
    follows = ".NET 5.0 — это версия, следующая за .NET Core 3.1."
    assert any(text.startswith(follows) for text in said)


def test_a_method_name_led_by_a_dot_stays_in_its_sentence() -> None:
    # raku-glossary, Invocant: "When missing, like in .say, the invocant is $_."
    body = "When missing, like in .say, the invocant is $_. This is a second sentence here."
    assert sentences(body)[0] == "When missing, like in .say, the invocant is $_."


def test_file_names_led_by_a_dot_in_english_prose() -> None:
    text = "Add the build folder to .gitignore first. Wheels are .whl files. Then go."
    assert sentences(text) == [
        "Add the build folder to .gitignore first.",
        "Wheels are .whl files.",
        "Then go.",
    ]


@pytest.mark.parametrize(
    ("question", "term", "named"),
    [
        ("What is NCIP?", "ncip", "NCIP"),
        ("что такое Kestrel веб сервер", "kestrel веб сервер", "Kestrel веб сервер"),
        # the dot the key term lost is the name's own
        ("how do I start with .NET MAUI", "net maui", ".NET MAUI"),
        # a dot inside a word is no name's lead ("ASP.NET"): the word alone
        ("ASP.NET Blazor?", "blazor", "Blazor"),
        ("what is a tcp/ip stack", "tcp ip stack", "tcp/ip stack"),  # round 46 E: as typed
    ],
)
def test_a_refusal_keeps_the_question_casing(question: str, term: str, named: str) -> None:
    assert named_as_written(question, term) == named


def test_a_term_the_question_does_not_write_stays_as_it_is() -> None:
    assert as_cased("what is Readytorun", "readytorun compilation") == "Readytorun compilation"
