"""Round 37 follow-up FG: a question in the glossary's own language, not English
(``coverage/glossary_language.py``; real entries, real model).

stm-glossary is German with English technical names (.23 of its words everyday English, so
round 35's test took it for English): "was ist ein literal pool" was refused as "ist ein
literal pool is not in the glossary" with Literal Pool ranked first.
"""

from __future__ import annotations

from pathlib import Path
from unittest.mock import patch

import pytest
from shared_index import shared_assistant

from rag_glossary.coverage import CoverageIndex, entry_tables
from rag_glossary.coverage.asked_in_language import asked_words
from rag_glossary.coverage.stored import load_coverage, save_coverage
from rag_glossary.parsing.corpus import load_corpus

_CORPORA = Path(__file__).resolve().parent.parent / "eval" / "corpora"


def _index(name: str) -> CoverageIndex:
    return CoverageIndex(load_corpus(_CORPORA / name).entries)


def test_the_glossary_language_is_told_by_its_function_words() -> None:
    assert _index("stm-glossary")._language == "de"
    assert _index("stm-glossary")._other_language
    assert _index("bee-glossary")._language == "sv"
    # English glossaries, Urdu lines beside English ones included, have none
    assert _index("robo-glossary")._language is None
    assert _index("beer-glossary")._language is None


def test_the_language_is_stored_with_the_tables(tmp_path: Path) -> None:
    # deciding it reads every language's word list: a fresh process reads it back instead
    entries = load_corpus(_CORPORA / "stm-glossary").entries
    save_coverage(CoverageIndex(entries), tmp_path)
    with patch.object(entry_tables, "glossary_language") as decide:
        loaded = load_coverage(entries, tmp_path)
    decide.assert_not_called()
    assert loaded._language == "de"
    assert loaded.check("was ist ein literal pool").found


def test_only_a_question_in_that_language_loses_its_frame() -> None:
    assert asked_words(["was", "ist", "ein", "literal", "pool"], "de") == ("literal", "pool")
    assert asked_words(["unterschied", "hsi", "und", "hse"], "de") == ("hsi", "hse")
    # "was" and "die" are English words too: no German said
    assert asked_words(["what", "was", "the", "die", "size"], "de") is None


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("was ist ein literal pool", "stm-glossary#literal-pool"),
        ("was heißt RMW", "stm-glossary#read-modify-write-rmw"),
        ("constant hoisting bedeutung", "stm-glossary#constant-hoisting"),
        ("wie viel sram hat der stm32f103", "stm-glossary#sram"),
        ("unterschied hsi und hse", "stm-glossary#hsi"),
    ],
)
def test_the_name_a_german_question_says_is_asked(question: str, entry: str) -> None:
    found = _index("stm-glossary").check(question)
    assert found.found
    assert entry in found.entry_ids


def test_a_word_the_glossary_never_uses_keeps_a_negative_missing() -> None:
    # "baud" is in no entry; "uart" in one (Alternate Function) is not what is asked
    assert not _index("stm-glossary").check("welche baud rate für den uart").found


def test_the_glossary_subject_said_in_passing_names_nothing() -> None:
    # "bin" (Orientering (Bin)'s qualifier) is in 17 of 58 entries' texts: the description
    # of solitary bees is judged as a description
    question = "bin som bor ensamma och inte har nån drottning"
    assert _index("bee-glossary").check(question).how != "said-name"


def test_a_german_question_is_answered_from_its_entry(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = shared_assistant("stm-glossary", tmp_path_factory).ask("was ist ein literal pool")
    assert answer.covered
    assert answer.citations[0] == "stm-glossary#literal-pool"
    assert "Konstanten wie Adressen" in answer.text


def test_a_short_term_left_is_looked_up_as_the_term() -> None:
    # a typo meets its title; a missing one is named without the German frame
    index = _index("stm-glossary")
    assert index.check("was ist crosstlak").entry_ids[:1] == ("stm-glossary#crosstalk",)
    assert index.check("was ist ground bounce").named_missing == "ground bounce"
