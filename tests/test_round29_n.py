"""Round 29, lane N: a long description its best hits meet only on the glossary's common
words (coverage/common_words.py, judgement.CoverageJudge._only_common).

A described question of nine content words or more is refused when every word of it that
the three best hits say is held by at least 15% of the glossary's entries: `the arrival
pattern where people turn up completely at random and independently ...` was answered from
External arrival on "arrival" alone (queueing-027, a Poisson process the glossary lacks),
while a paraphrase at that length says something only its entry says.
"""

from __future__ import annotations

import pytest
from shared_index import shared_index

from rag_glossary import Assistant, Retriever
from rag_glossary.coverage.common_words import COMMON_MIN_WORDS, CommonWords, question_keys
from rag_glossary.judgement import COMMON_REASON
from rag_glossary.lexical import LexicalIndex
from rag_glossary.models import Entry


def _entry(title: str, body: str) -> Entry:
    return Entry(title.lower(), "t", title, title, (), body, (), None, "t.md", 1)


ENTRIES = [
    _entry("External arrival", "Customers arrival from outside the network."),
    _entry("Arrival distribution", "The arrival times of customers follow a distribution."),
    _entry("Baulking", "A customer refuses to join a queue that is too long."),
    _entry("Service", "The time a server spends with a customer: the arrival is done."),
    _entry("Blocking", "A finished customer cannot move on because the next station is full."),
    _entry("Server", "Serves customers."),
    *(_entry(f"Filler {i}", "Words of another topic.") for i in range(4)),  # 10 entries
]


def _words() -> CommonWords:
    return CommonWords.of(LexicalIndex.build(ENTRIES))


LONG = (
    "the arrival pattern where people turn up completely at random and independently, "
    "the gap until the next one does not depend on the last"
)


def test_question_keys_are_content_words_cut_to_five_letters() -> None:
    assert question_keys("whats the arrival pattern of stations") == ["arriv", "patte", "stati"]
    assert len(question_keys(LONG)) >= COMMON_MIN_WORDS


def test_a_long_description_sharing_only_a_common_word_is_caught() -> None:
    words = _words()
    assert words.shared(LONG, [0, 1, 3]) == ["arriv"]  # in 3 of 10 entries: common
    assert words.only_common(LONG, [0, 1, 3])


def test_a_word_few_entries_say_is_support() -> None:
    words = _words()
    question = LONG + " and refuse to join when the line is long"
    assert "refus" in words.shared(question, [2])  # Baulking alone says it: 1 of 10 entries
    assert not words.only_common(question, [0, 2])


def test_short_questions_and_questions_sharing_nothing_are_left_alone() -> None:
    words = _words()
    assert not words.only_common("the arrival pattern of people", [0])
    assert not words.only_common("dogs and cats chasing each other round the garden all day", [0])


@pytest.fixture(scope="module")
def queueing(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("queueing-glossary", tmp_path_factory))


@pytest.mark.parametrize(
    "question",
    [
        "the arrival pattern where people turn up completely at random and independently, the "
        "gap until the next one doesnt depend on how long youve already waited",
        "is there a rule that ties the average number of people inside the system to the "
        "arrival rate multiplied by how long each one stays",
    ],
)
def test_a_description_of_what_the_glossary_lacks_is_refused(
    queueing: Retriever, question: str
) -> None:
    result = queueing.retrieve(question, k=5)
    assert not result.covered
    assert result.reason == COMMON_REASON


def test_a_long_paraphrase_saying_its_entry_s_words_is_answered(queueing: Retriever) -> None:
    question = (
        "a person finishes getting served but cant move on because the next station is full, "
        "so they just sit there still tying up the server. what is that called"
    )
    answer = Assistant(queueing, use_llm=False).ask(question)
    assert answer.covered
    assert answer.citations[0] == "ciw-glossary#blocking"  # "station", "full": Blocking's


def test_in_a_small_glossary_a_word_one_entry_says_is_never_common() -> None:
    words = CommonWords.of(LexicalIndex.build(ENTRIES[:4]))  # 15% of 4 entries is under one
    assert not words.is_common("block")  # Blocking's alone
    assert words.is_common("arriv")  # 3 of 4
