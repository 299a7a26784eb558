"""Round 54, lane WR: a Cyrillic description keeps the unit rescue only when its first hit
says two of its content words or more (judgement_cyrillic.says_words, in
judgement_terms.unit_rescuable).

The packaged model reads Cyrillic letter by letter, so its unit cosine answered
neighbour-topic descriptions from entries sharing at most one word with them (backgammon's
doubles and tournament-clock questions, dotnet's nullable-warnings question, obsidian's
canvas question); the paraphrases it rightly answers share several words with their entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from shared_index import shared_assistant

from rag_glossary.judgement_cyrillic import content_stems, says_words
from rag_glossary.models import Entry
from rag_glossary.parsing.corpus import load_corpus

_GELE = "как се казва когато хвърлиш заровете и не можеш да изиграеш нищо щото ти стои пул на бара"
_PLATFORM = (
    "операционка вместе с железом на котором она крутится — как это называют в доках майкрософт"
)
_AOT = (
    "когда код переводится в машинные инструкции заранее, ещё до запуска программы — "
    "как это называется"
)


def _by_id(entries: Sequence[Entry]) -> dict[str, Entry]:
    return {e.id.split("#", 1)[1]: e for e in entries}


@pytest.fixture(scope="module")
def backgammon() -> dict[str, Entry]:
    return _by_id(load_corpus(Path("eval/corpora/backgammon-glossary")).entries)


@pytest.fixture(scope="module")
def dotnet() -> dict[str, Entry]:
    return _by_id(load_corpus(Path("eval/corpora/dotnet-glossary")).entries)


def test_content_stems_leave_out_the_frame_and_its_forms() -> None:
    asked = content_stems("операционка вместе с железом на котором она крутится", "ru")
    # "котором" stems as the frame word "который"; "на", "она", "с" are frame words
    assert not any(stem.startswith("котор") for stem in asked)
    assert {"желез", "крут"} <= asked
    # numbers and particles are no content word
    assert content_stems("примерно 6 и 6 колко пъти", "bg") == content_stems("примерно", "bg")


def test_backgammon_first_hits_say_the_answerable_words(backgammon: dict[str, Entry]) -> None:
    # Геле says "хвърлиш", "зарове", "пул", "бара"
    gele = backgammon["gele"]
    assert says_words(_GELE, gele, "bg")
    # doubles: Свързаност says none of the question's words; Тайминг only "хвърля"
    assert not says_words(
        "когато хвърлиш еднакви зарове примерно 6 и 6 колко пъти играеш",
        backgammon["svyrzanost"],
        "bg",
    )
    assert not says_words(
        "ако зарът падне накриво или извън дъската трябва ли да се хвърля пак",
        backgammon["tajming"],
        "bg",
    )
    # the topic's own word alone ("табла") is not enough
    assert not says_words(
        "на турнир по табла с часовник ли се играе, колко време има всеки",
        backgammon["taktika"],
        "bg",
    )


def test_close_forms_count(dotnet: dict[str, Entry]) -> None:
    # "операционка" meets "Операционная" (close_form), "майкрософт" the entry's own
    platform = dotnet["platform"]
    assert says_words(_PLATFORM, platform, "ru")
    # one shared word ("компилятор") is the topic's, not the thing asked
    jit = dotnet["jit"]
    assert not says_words(
        "как сделать чтоб компилятор ругался если переменная может оказаться null", jit, "ru"
    )


@pytest.mark.parametrize(
    ("corpus", "question", "cited"),
    [
        # negatives the unit rescue answered from Свързаност, Тактика, JIT and Додаток
        (
            "backgammon-glossary",
            "когато хвърлиш еднакви зарове примерно 6 и 6 колко пъти играеш",
            None,
        ),
        (
            "backgammon-glossary",
            "на турнир по табла с часовник ли се играе, колко време има всеки",
            None,
        ),
        (
            "dotnet-glossary",
            "как сделать чтоб компилятор ругался если переменная может оказаться null",
            None,
        ),
        (
            "obsidian-glossary",
            "де можна розкласти нотатки картками на нескінченній дошці і з'єднати їх стрілками",
            None,
        ),
        # paraphrases the rescue still answers
        (
            "backgammon-glossary",
            _GELE,
            "gele",
        ),
        (
            "dotnet-glossary",
            _PLATFORM,
            "platform",
        ),
        (
            "dotnet-glossary",
            _AOT,
            "aot",
        ),
    ],
)
def test_cyrillic_descriptions(
    tmp_path_factory: pytest.TempPathFactory, corpus: str, question: str, cited: str | None
) -> None:
    answer = shared_assistant(corpus, tmp_path_factory).ask(question)
    if cited is None:
        assert not answer.covered
    else:
        assert answer.covered and answer.citations[0] == f"{corpus}#{cited}"
