"""Round 27 post-fix PD: a description asking for a kind of thing no entry mentions
(coverage/head_noun.py, judgement.CoverageJudge._head_unsaid).

A described question the standout answers is refused when the head noun of the phrase it
names its thing by ("the machine at the climbing gym that ...") is in no entry of the
glossary, in any word form, and no sentence of its best entry is close (best answer-unit
cosine under 0.5): climbing-031 was answered from Rope Solo, invest-029 from Liquidity.
"""

from __future__ import annotations

import pytest
from shared_index import shared_index

from rag_glossary import Retriever
from rag_glossary.coverage.head_noun import HeadNoun, entry_words, head_noun
from rag_glossary.judgement import HEAD_REASON


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("whats the device the person on the ground clips the rope through", "device"),
        ("the metal ring thing with a spring loaded gate, whats it called", "ring"),
        ("the machine at the climbing gym that takes in the rope by itself", "machine"),
        ("a proxy sitting in front of an llm that inspects the prompts", "proxy"),
        ("the spring loaded gate on the ring", "gate"),
        ("the big parking lots at light rail stations", None),
        ("the number comparing what an insurer pays out against premiums", None),
        ("the chain of steps from loading data through training", None),
        ("an attacker puts newline characters into his username", None),
        ("unglazed purple clay teapot from china", None),
        ("the process where a model forgets what it learned", None),
    ],
)
def test_the_head_noun_of_the_phrase_the_question_opens_with(
    question: str, head: str | None
) -> None:
    found = head_noun(question)
    assert (found.word if found else None) == head


def test_a_head_is_said_in_any_of_its_word_forms() -> None:
    words = entry_words(["Auto belay: Machines that take in the slack.", "Whisking tea."])
    assert HeadNoun("machine").said_in(words)
    assert HeadNoun("whisk").said_in(words)
    assert not HeadNoun("urn").said_in(entry_words(["Return the kettle."]))


@pytest.mark.parametrize(
    ("corpus", "question"),
    [
        (
            "climbing-glossary",
            "the machine at the climbing gym that takes in the rope by itself so you can climb "
            "with no partner",
        ),
        (
            "invest-glossary",
            "the general rise in prices of everyday stuff that slowly eats away what my cash "
            "can buy",
        ),
    ],
)
def test_a_description_asking_for_a_thing_no_entry_mentions_is_refused(
    corpus: str, question: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    result = Retriever.load(shared_index(corpus, tmp_path_factory)).retrieve(question, k=5)
    assert not result.covered
    assert result.reason == HEAD_REASON


def test_a_close_sentence_keeps_the_answer_though_no_entry_says_the_head(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    question = (
        "the folder you land in right after logging in, where all your own files are kept "
        "by default"
    )
    result = Retriever.load(shared_index("shell-glossary", tmp_path_factory)).retrieve(
        question, k=5
    )
    assert result.covered
