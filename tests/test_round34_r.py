"""Round 34 lane R: a hyphenated name written whole in a question names its entry; a
described question that opens with a gerund asks for an act.

"ch-sp in a crochet pattern" (crochet-glossary): the name "ch sp" covers too little of
the question to count, so ch, sc and dc (sharing "ch", "crochet") ranked above Ch-sp,
which fell out of the top 10. Written with its hyphen, "ch-sp" is one token no
description says: it now counts as a name covering half the question. A hyphenated
name that is part of longer names ("mini-batch" of "Mini-Batch Gradient Descent
Algorithm") does not: the question may be naming the longer one.

"balancing on the bike standing still without putting a foot down" (cycling-glossary)
describes something done, and Trackstand's text says what is done ("Balancing in
place on the track"); Free-wheel ("A sprocket ...") and Saddle ("The seat ...") define
things and ranked above it. Entries whose text opens with a gerund, "To ..." or "the
act / process of" gain a small bonus (``described_action``) for such questions.
"""

from __future__ import annotations

import pytest
from helpers import make_entry
from shared_index import shared_index

from rag_glossary import Retriever
from rag_glossary.action_shape import action_entries, asks_for_action, defines_action
from rag_glossary.terms import MIN_COVERAGE, TermMatcher


@pytest.fixture(scope="module")
def crochet(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("crochet-glossary", tmp_path_factory))


@pytest.fixture(scope="module")
def cycling(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("cycling-glossary", tmp_path_factory))


def _ids(retriever: Retriever, question: str, k: int = 5, **overrides: object) -> list[str]:
    return [hit.id for hit in retriever.search(question, k, **overrides)]


def test_a_hyphenated_name_written_whole_counts_in_a_long_question() -> None:
    entries = [
        make_entry("g", "ch-sp", "ch-sp", "chain space", ("chain space",)),
        make_entry("g", "ch", "ch", "chain stitch"),
        make_entry("g", "mini-batch", "Mini-Batch", "A small part of the training set."),
        make_entry("g", "mbgd", "Mini-Batch Gradient Descent Algorithm", "Descent on batches."),
    ]
    terms = TermMatcher(entries)
    scores = terms.scores("ch-sp in a crochet pattern")
    assert scores.get(0, 0.0) >= 0.5 + 0.4 * MIN_COVERAGE
    assert not scores.get(1)  # "ch" alone stays a short word in a long question
    # the words without the hyphen are no name written whole
    assert not terms.scores("the ch sp you skip in a crochet pattern").get(0)
    # in the middle of the question it is context, not the asked name
    assert not terms.scores("my friend says his ch-sp pattern is working loose").get(0)
    # a hyphenated name inside longer names is not credited on its own
    assert not terms.scores("mini-batch gradient decent tips for beginners").get(2)


def test_ch_sp_in_a_pattern_finds_ch_sp(crochet: Retriever) -> None:
    assert _ids(crochet, "ch-sp in a crochet pattern")[0] == "crochet-glossary#ch-sp"


def test_gerund_questions_and_act_definitions() -> None:
    assert asks_for_action("balancing on the bike standing still without putting a foot down")
    assert asks_for_action("Tucking in right behind another rider")
    assert not asks_for_action("something that keeps the boat upright")
    assert not asks_for_action("the seat on a bicycle")
    assert not asks_for_action("")
    # real bodies of cycling-glossary and cooking-glossary
    assert defines_action("Balancing in place on the track. Usually happens in the sprint ...")
    assert defines_action(" Riding in the slipstream created by another rider or riders")
    assert defines_action("To shock an ingredient is to plunge it into ice water")
    assert defines_action("The process of estimating a model from measured data")
    assert not defines_action("The area of least wind resistance behind a rider.")
    assert not defines_action("A sprocket that drives the rear wheel")
    assert not defines_action("Nothing but a stub")
    entries = [
        make_entry("g", "trackstand", "Trackstand", "Balancing in place."),
        make_entry("g", "saddle", "Saddle", "The seat"),
    ]
    assert action_entries(entries) == frozenset({0})


def test_a_described_act_ranks_the_entry_defined_as_one(cycling: Retriever) -> None:
    question = "balancing on the bike standing still without putting a foot down"
    key = "cycling-glossary#trackstand"
    assert key in _ids(cycling, question)[:2]
    # without the bonus the things (free-wheel, saddle) came first (round 33: rank 4)
    assert key not in _ids(cycling, question, described_action=0.0)[:2]


def test_a_named_question_gets_no_act_bonus(cycling: Retriever) -> None:
    # a question naming its term keeps the term's entry first whatever its text's shape
    assert _ids(cycling, "what is a slipstream")[0] == "cycling-glossary#slipstream"
