"""The standout's answer resting on words the question uses in another sense
(judgement_sense.py, round 38 lane N)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from shared_index import shared_index

from rag_glossary import Retriever
from rag_glossary.judgement_sense import SENSE_REASON, STANDOUT_REASON, sense_lift, window

COOKING = "cooking-glossary"


def test_window_is_the_question_around_the_word() -> None:
    question = "soaking the turkey overnight in salty water before roasting so it doesnt dry out"
    assert window(question, "roasting") == "water before roasting so it"
    assert window(question, "roast") == "roast"  # not a token of the question: the word alone


def test_sense_lift_is_the_context_gain_over_the_bare_word() -> None:
    units = np.array([[1.0, 0.0]], dtype=np.float32)

    def encode(texts: Sequence[str]) -> np.ndarray:
        # the window points away from the unit, the bare word at it
        return np.array([[0.0, 1.0] if " " in t else [1.0, 0.0] for t in texts])

    lift = sense_lift("a b word c d", ["word"], ["the word here"], units, encode)
    assert lift == pytest.approx(-1.0)
    assert sense_lift("a b word c d", ["word"], ["nothing"], units, encode) is None


@pytest.fixture(scope="module")
def cooking(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index(COOKING, tmp_path_factory))


def test_a_description_sharing_a_word_in_another_sense_is_refused(cooking: Retriever) -> None:
    # cooking-glossary-024 (brining, which the glossary lacks): "Roast" stands out on
    # "roasting" and "dry", which the question uses of the turkey, not of a dry-heat method
    result = cooking.retrieve(
        "soaking the turkey overnight in salty water before roasting so it doesnt dry out"
    )
    assert not result.covered
    assert result.reason == SENSE_REASON


def test_a_paraphrase_using_its_entry_s_words_in_its_sense_stays_answered(
    cooking: Retriever,
) -> None:
    # cooking-glossary-010 (shock; Blanch stands out): "blanched", "cooking" and "water"
    # are said in the entry's own sense, so the question's context lifts them towards its
    # sentences (the answer quotes Shock, the right entry)
    result = cooking.retrieve("dumping blanched veg straight into ice water so they stop cooking")
    assert result.covered
    assert result.reason == STANDOUT_REASON
    assert (result.composed or result.hits)[0].id == "cooking-glossary#blanch"
