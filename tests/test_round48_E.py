"""Round 48 lane E: a description refused because no entry stands out is answered when its
first hit says the question's words in meaning and holds a sentence close to it
(judgement_words.words_said). Real entries and the real model: the Dutch scouting glossary's
game "Annemaria Koekoek" described in everyday words, and a volcano description whose
concept (laze) the glossary lacks, just under the cut, still refused."""

from __future__ import annotations

import pytest
from shared_index import shared_assistant, shared_retriever

from rag_glossary.coverage import NO_STANDOUT
from rag_glossary.judgement_reasons import SAID_REASON
from rag_glossary.judgement_words import SAID_CUT, words_said


def test_a_paraphrase_its_entry_says_in_meaning_is_answered(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    question = (
        "dat spelletje waarbij 1 kind met zn rug naar de rest staat en als die zich omdraait "
        "moet iedereen bevriezen"
    )
    result = shared_retriever("scouting-glossary", tmp_path_factory).retrieve(question, k=5)
    assert result.covered and result.reason == SAID_REASON
    answer = shared_assistant("scouting-glossary", tmp_path_factory).ask(question)
    assert answer.covered
    assert answer.citations[0] == "scouting-glossary#annemaria-koekoek"


def test_a_description_of_a_concept_the_glossary_lacks_stays_refused(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    question = "the acid steam cloud you get where hot lava pours into the sea"
    result = shared_retriever("volcano-glossary", tmp_path_factory).retrieve(question, k=5)
    assert not result.covered and result.reason == NO_STANDOUT


class _NoEncoding:
    def match(self, question: str, at: int, best_unit: float | None = None) -> float:
        raise AssertionError("no word is encoded when the unit alone cannot reach the cut")


def test_the_words_are_not_encoded_when_the_sentence_is_too_far() -> None:
    assert not words_said(_NoEncoding(), "q", 0, SAID_CUT - 1.01)  # type: ignore[arg-type]
