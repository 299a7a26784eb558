"""The standout's answer resting on a word or two the question shares with its entry
(judgement_rephrase.py, round 37 lane J)."""

from __future__ import annotations

import pytest
from shared_index import shared_index

from rag_glossary import Retriever
from rag_glossary.judgement_rephrase import (
    REPHRASE_REASON,
    STANDOUT_REASON,
    rephrase_refuses,
    shared_words,
    without_words,
)

NET = "net-glossary"


def test_without_words_drops_the_shared_words_and_their_punctuation() -> None:
    question = "protocol that stops switches, from sending broadcasts"
    assert without_words(question, ["switches"]) == "protocol that stops from sending broadcasts"


def test_shared_words_are_the_content_words_the_entry_says() -> None:
    words, shared = shared_words("cable that twists the pairs", "A twisted pair cable.")
    assert words == ["cable", "twists", "pairs"]
    assert shared == ["cable", "twists", "pairs"]


@pytest.fixture(scope="module")
def net(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index(NET, tmp_path_factory))


def test_a_description_sharing_one_word_with_its_standout_is_refused(net: Retriever) -> None:
    # net-glossary-025 (the spanning tree protocol, which the glossary lacks): "Twisted
    # Pair" stands out on "switches" alone and falls out of the first places without it
    result = net.retrieve(
        "protocol that stops switches from sending broadcasts round and round forever "
        "when there are two cables between them"
    )
    assert not result.covered
    assert result.reason == REPHRASE_REASON


def test_a_paraphrase_saying_its_entry_in_other_words_stays_answered(net: Retriever) -> None:
    # net-glossary-011 (attenuation): its other words keep the entry near the top
    result = net.retrieve("signal getting weaker the further it goes down a long cable")
    assert result.covered
    assert result.reason == STANDOUT_REASON


def test_a_question_naming_its_entry_whole_is_not_rephrased() -> None:
    # dive-glossary-005 and land-glossary-007 ("trimix", "a poa") lost their right answers
    # without this: the shared word is the entry's title or alias, so it is asked, not described
    question = "my buddy keeps talking about trimix for his deep trip next month what is it"
    text = "Trimix A breathing gas mixture of oxygen, nitrogen and helium."

    def nowhere(rest: str) -> list[str]:
        return []

    assert rephrase_refuses(question, "dive#trimix", text, nowhere)
    assert not rephrase_refuses(question, "dive#trimix", text, nowhere, ("Trimix",))
