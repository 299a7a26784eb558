"""Round 53 second wave, lane WN: a glossary name asked in relation to one word no entry
writes.

iot-glossary-032 ("podporuje iot hub lorawan") and 040 ("nasazení iot edge na kubernetes")
name an entry and one thing the Czech IoT glossary never mentions; the name then two or more
unwritten words was already a thing the glossary lacks (name_rest.rest_unsaid), one word
was not ("epamprrage vigne": as often the setting the name is asked in). A content word
before the name (the verb or noun asking something of it) makes the question a relation of
the name and that word, so one word no entry writes in any form, nor one slip from,
suffices (name_rest.relation_unsaid).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rag_glossary.coverage import CoverageIndex
from rag_glossary.coverage.name_rest import relation_unsaid
from rag_glossary.parsing.corpus import load_corpus

IOT = Path(__file__).resolve().parent.parent / "eval" / "corpora" / "iot-glossary"


@pytest.fixture(scope="module")
def iot() -> CoverageIndex:
    index = CoverageIndex(load_corpus(IOT).entries)
    assert index.language == "cs"
    return index


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("podporuje iot hub lorawan", "iot hub lorawan"),
        ("nasazení iot edge na kubernetes", "iot edge na kubernetes"),
    ],
)
def test_name_related_to_an_unwritten_word_is_missing(
    iot: CoverageIndex, question: str, missing: str
) -> None:
    term = iot.check(question)
    assert term.found is False and term.key_term == missing


@pytest.mark.parametrize(
    "question",
    [
        "co je to připojovací řetězec v iot hubu",
        "co všechno obsahuje runtime iot edge",
        "iot edge co to je",
    ],
)
def test_names_asked_without_an_unwritten_relation_stay_found(
    iot: CoverageIndex, question: str
) -> None:
    assert iot.check(question).found


def test_relation_needs_a_word_before_the_name_and_one_unknown_after() -> None:
    unknown = {"lorawan", "kubernetes"}.__contains__
    frame = {"na", "co", "je"}
    assert relation_unsaid(["podporuje", "iot", "hub", "lorawan"], ["iot", "hub"], frame, unknown)
    # the name and one word alone: as often the setting it is asked in
    assert relation_unsaid(["iot", "hub", "lorawan"], ["iot", "hub"], frame, unknown) is None
    # a word the glossary writes after the name
    said = ["podporuje", "iot", "hub", "mqtt"]
    assert relation_unsaid(said, ["iot", "hub"], frame, unknown) is None
    # two words after the name: rest_unsaid's, or a longer question
    said = ["podporuje", "iot", "hub", "lorawan", "kubernetes"]
    assert relation_unsaid(said, ["iot", "hub"], frame, unknown) is None


@pytest.mark.parametrize(
    ("corpus", "question"),
    [
        ("stm-glossary", "für welche pins ist CRH zuständig"),
        ("obra-glossary", "que densidad tiene el concreto ligero segun el glosario"),
    ],
)
def test_word_closing_a_question_word_asked_of_the_name_is_no_relation(
    corpus: str, question: str
) -> None:
    index = CoverageIndex(load_corpus(IOT.parent / corpus).entries)
    assert index.check(question).found
