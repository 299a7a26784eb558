"""A description that asks what something is called, answered from its entry's own
sentence (judgement_called.py, round 39 lane F)."""

from __future__ import annotations

from functools import partial

import pytest
from shared_index import shared_index

from rag_glossary import Retriever
from rag_glossary.judgement_called import (
    CALLED_REASON,
    FirstUnit,
    asks_what_called,
    called_rescues,
)

STANDOUT = "no entry stands out"


def _same(unit: FirstUnit | None) -> FirstUnit | None:
    return unit


def test_asking_for_a_name_is_read_in_its_usual_forms() -> None:
    assert asks_what_called("word for things like dodgy wiring that make harm more likely")
    assert asks_what_called("meta had some ai that beat poker players, what was it called")
    assert not asks_what_called("why is it called a hazard")  # the name's origin
    assert not asks_what_called("growing crops under rows of trees on the same field")


def test_only_a_standout_refusal_of_a_named_ask_with_its_entry_s_sentence_is_overturned() -> None:
    close = FirstUnit(holds_closest=True, cosine=0.55, margin=0.2)
    question = "what do you call the board that splits battery power to the motors"
    assert called_rescues(question, STANDOUT, lambda: close)
    assert not called_rescues(question, "key term missing", lambda: close)
    assert not called_rescues("the board that splits battery power", STANDOUT, lambda: close)
    weak: list[FirstUnit | None] = [
        FirstUnit(holds_closest=False, cosine=0.55, margin=0.2),
        FirstUnit(holds_closest=True, cosine=0.49, margin=0.2),
        FirstUnit(holds_closest=True, cosine=0.55, margin=-0.1),
        None,
    ]
    for unit in weak:
        assert not called_rescues(question, STANDOUT, partial(_same, unit))


@pytest.fixture(scope="module")
def insurance(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("insurance-glossary", tmp_path_factory))


@pytest.fixture(scope="module")
def audio(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("audio-glossary", tmp_path_factory))


def test_a_named_ask_in_everyday_words_is_answered_from_its_entry(insurance: Retriever) -> None:
    # insurance-glossary-013: Hazard's sentence is the glossary's closest and stands out,
    # but its rare words ("dodgy", "wiring", "reckless") raise the standout's bar
    result = insurance.retrieve(
        "word for things like dodgy wiring or a reckless driver that make it more likely "
        "something bad happens"
    )
    assert result.covered
    assert result.reason == CALLED_REASON
    assert result.hits[0].id == "insurance-glossary#hazard"


def test_a_named_ask_whose_entry_says_no_close_sentence_stays_refused(audio: Retriever) -> None:
    # audio-glossary-027 (comb filtering, which the glossary lacks): Polarity holds the
    # closest unit, but its cosine is under CALLED_UNIT
    result = audio.retrieve(
        "i recorded a guitar with two mics at slightly different distances and mixed together "
        "it sounds hollow and thin with notches at regular frequencies, what is that effect called"
    )
    assert not result.covered
