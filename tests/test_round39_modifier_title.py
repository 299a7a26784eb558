"""A bare compound whose best entry is named only by its modifier, and an acronym spelled
out in brackets that the glossary has in neither form, are missing terms
(coverage/modifier_title.py, coverage/spelled_out.py; round 39 follow-up N)."""

from __future__ import annotations

import pytest
from shared_index import shared_index

from rag_glossary import Retriever
from rag_glossary.coverage.modifier_title import named_by_modifier
from rag_glossary.coverage.name_rest import joined, rest_unsaid
from rag_glossary.coverage.spelled_out import spelled_acronym


@pytest.fixture(scope="module")
def codec(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("codec-glossary", tmp_path_factory))


@pytest.fixture(scope="module")
def dental(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("dental-glossary", tmp_path_factory))


def test_a_compound_named_only_by_its_modifier_is_refused(
    codec: Retriever, dental: Retriever
) -> None:
    # codec-glossary-033 (Chroma stood out), dental-glossary-040 (Amalgam stood out)
    for retriever, question in ((codec, "what is chroma keying"), (dental, "amalgam tattoo")):
        result = retriever.retrieve(question)
        assert not result.covered, question
        assert result.key_term_found is False


def test_the_modifier_entry_itself_stays_answered(codec: Retriever, dental: Retriever) -> None:
    assert codec.retrieve("what is chroma").hits[0].id == "codec-glossary#chroma"
    assert codec.retrieve("what is chroma").covered
    assert dental.retrieve("what is amalgam").covered


def test_a_name_ending_in_the_head_or_a_verb_is_no_modifier_title() -> None:
    assert named_by_modifier("chroma keying", [("chroma",)])
    assert not named_by_modifier("chroma keying", [("chroma", "key")])
    assert not named_by_modifier("markov chains named", [("markov", "chain")])
    assert not named_by_modifier("axes of roc", [("axes",)])


def test_an_acronym_spelled_out_that_the_glossary_lacks_is_refused(codec: Retriever) -> None:
    # codec-glossary-036: Framerate stood out for "value" and "rate"
    result = codec.retrieve("what crf value (constant rate factor) should i pick")
    assert not result.covered
    assert result.key_term_found is False


def test_a_spelling_is_read_only_from_initials() -> None:
    assert spelled_acronym("what crf value (constant rate factor) should i pick") == (
        "crf",
        "constant rate factor",
    )
    assert spelled_acronym("what is ephemeris time (ET) in old eclipse tables") is None
    assert spelled_acronym("df.stack() and .unstack() in pandas") is None


@pytest.fixture(scope="module")
def obra(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("obra-glossary", tmp_path_factory))


def test_a_kind_of_a_name_its_entry_never_speaks_of_is_refused(obra: Retriever) -> None:
    # obra-glossary-037 (Casa: "Edificación construida para ser habitada"), 036 (Tubería)
    for question in ("que es una casa de interes social", "tuberia de pvc o de cobre para el agua"):
        result = obra.retrieve(question)
        assert not result.covered, question
        assert result.key_term_found is False


def test_a_name_with_words_its_entry_writes_stays_answered(obra: Retriever) -> None:
    # obra-glossary-015, 001: the name alone, or with words its entry says
    for question in (
        "que densidad tiene el concreto ligero segun el glosario",
        "que es una atarjea",
    ):
        assert obra.retrieve(question).covered, question


def test_a_qualifier_is_joined_by_few_function_words() -> None:
    frame = frozenset(("c", "est", "quoi", "le", "et", "pourquoi", "on", "du", "dans", "de"))
    assert joined(["casa", "de", "interes", "social"], frame)
    said = [
        "c",
        "est",
        "quoi",
        "le",
        "sulfitage",
        "et",
        "pourquoi",
        "on",
        "met",
        "du",
        "soufre",
        "dans",
        "le",
        "vin",
    ]
    assert not joined(said, frame)


def test_a_word_in_another_form_is_written() -> None:
    texts = [" a colony of bin and its queen "]
    assert rest_unsaid(["hemolymfa", "bina"], ["hemolymfa"], (), texts, set()) is None
    assert rest_unsaid(["casa", "interes", "social"], ["casa"], (), [" edificacion "], set()) == (
        "casa interes social"
    )
