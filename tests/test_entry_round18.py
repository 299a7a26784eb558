"""Round 18, which entry answers: one of the first two hits takes the answer from the
chosen entry when its text says the most of the question's words (at least the chosen's
share less WORDS_SLACK) and one of its units is much closer in meaning (MEANING_LEAD)
than every unit of the chosen (real entries, real idf; end to end with the real model)."""

from __future__ import annotations

import pytest
from answer_helpers import outside_corpus, ranked_hits
from helpers import fixed_meaning
from shared_index import shared_assistant, shared_index

from rag_glossary import Assistant, Retriever
from rag_glossary.answer import entry_choice
from rag_glossary.answer.entry_choice import closer_in_meaning, said_share
from rag_glossary.answer.extractive import extractive_answer
from rag_glossary.answer.question import analyze

AVERAGE, MAX = "dl-glossary#average-pooling", "dl-glossary#max-pooling"
POOLING = "sliding a window over a feature map and keeping only the biggest value in each patch"


def test_a_hit_saying_more_and_much_closer_in_meaning_takes_the_answer() -> None:
    # dl-027: Average pooling ("sliding a window over patches") was chosen; Max pooling
    # says "max", "window", "patch" and means the question
    entries, idf = outside_corpus("dl-glossary")
    hits = ranked_hits(entries, AVERAGE, MAX)
    q = analyze(POOLING)
    assert said_share(q.words, hits[1], idf) >= said_share(q.words, hits[0], idf)
    lead = entry_choice.MEANING_LEAD
    closer = fixed_meaning({AVERAGE: 0.5, MAX: 0.5 + lead + 0.01})
    assert closer_in_meaning(q, hits[0], hits, idf, closer) is hits[1]
    near = fixed_meaning({AVERAGE: 0.5, MAX: 0.5 + lead - 0.01})
    assert closer_in_meaning(q, hits[0], hits, idf, near) is None


def test_a_hit_closer_in_meaning_but_saying_less_does_not() -> None:
    # the question's words are Average pooling's ("average"), not Max pooling's
    entries, idf = outside_corpus("dl-glossary")
    hits = ranked_hits(entries, AVERAGE, MAX)
    q = analyze("taking the average of all values within the window of features")
    assert said_share(q.words, hits[1], idf) < said_share(q.words, hits[0], idf) - 0.1
    meaning = fixed_meaning({AVERAGE: 0.3, MAX: 0.9})
    assert closer_in_meaning(q, hits[0], hits, idf, meaning) is None


def test_a_named_entry_and_a_specific_entry_keep_the_answer() -> None:
    entries, idf = outside_corpus("dl-glossary")
    hits = ranked_hits(entries, AVERAGE, MAX)
    meaning = fixed_meaning({AVERAGE: 0.1, MAX: 0.9})
    assert (
        closer_in_meaning(analyze("what is average pooling"), hits[0], hits, idf, meaning) is None
    )
    # advml-028: "Adversarial Perturbation Size" holds "Perturbation", the broader entry
    # whose list says more of the question: the specific entry stays
    entries, idf = outside_corpus("advml-glossary")
    size, broad = "glossary#adversarial-perturbation-size", "glossary#perturbation"
    hits = ranked_hits(entries, size, broad)
    q = analyze("how do you usually measure the size of a perturbation for images")
    assert closer_in_meaning(q, hits[0], hits, idf, fixed_meaning({size: 0.3, broad: 0.9})) is None


def test_the_rule_runs_in_the_composer_for_any_question() -> None:
    entries, idf = outside_corpus("dl-glossary")
    hits = ranked_hits(entries, AVERAGE, MAX)
    meaning = fixed_meaning({AVERAGE: 0.4, MAX: 0.4 + entry_choice.MEANING_LEAD + 0.05})
    _, cited = extractive_answer(hits, POOLING, idf, meaning, described=False)
    assert cited == (MAX,)
    _, cited = extractive_answer(hits, POOLING, idf, None, described=False)
    assert cited == (AVERAGE,)


@pytest.fixture(scope="module")
def dl(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return Assistant(Retriever.load(shared_index("dl-glossary", tmp_path_factory)), use_llm=False)


@pytest.fixture(scope="module")
def diarization(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return shared_assistant("diarization-glossary", tmp_path_factory)


def test_end_to_end_the_entry_that_means_the_question(
    dl: Assistant, diarization: Assistant
) -> None:
    assert dl.ask(POOLING).citations == (MAX,)
    assert dl.ask("what is average pooling").citations == (AVERAGE,)
    question = (
        "how do you label which person is talking at each moment of a long recording "
        "with several people in it?"
    )
    assert diarization.ask(question).citations == ("glossary#diarization",)
