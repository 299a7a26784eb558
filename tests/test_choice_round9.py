"""Round 9, which entry answers a description: a word the question starts with that some
entry's text happens to use ("speeding up gradient descent by adding a fraction of the
previous update ...") does not make the question a named one; it is ranked as a
description (dense corrected for hubness, lighter lexical weight), so the entry it
describes, not the one that shares its words, comes first.

Real shipped-corpus entries; the ranking cases use the real model (slow)."""

from __future__ import annotations

from pathlib import Path

import pytest
from answer_helpers import corpus_by_id

from rag_glossary.coverage import CoverageIndex
from rag_glossary.query_names import in_passing
from rag_glossary.retrieval import Retriever

MOMENTUM = (
    "speeding up gradient descent by adding a fraction of the previous update"
    " to dampen oscillations"
)
NO_ML_API = "an ml api meant for people with no machine learning background at all"


@pytest.fixture(scope="module")
def coverage() -> CoverageIndex:
    return CoverageIndex(list(corpus_by_id().values()))


@pytest.mark.parametrize("question", [MOMENTUM, NO_ML_API])
def test_a_word_of_some_text_heading_a_description_names_nothing(
    coverage: CoverageIndex, question: str
) -> None:
    term = coverage.check(question)
    assert term.found and term.how == "text"  # covered as before: only the ranking changes
    assert in_passing(term, question)


@pytest.mark.parametrize(
    "question",
    [
        "what are cudnn and mkldnn",  # names its terms: nothing is described
        "what is momentum",  # a title
        "batch size",
    ],
)
def test_named_questions_still_name(coverage: CoverageIndex, question: str) -> None:
    assert not in_passing(coverage.check(question), question)


@pytest.fixture(scope="module")
def retriever(real_index: Path) -> Retriever:
    return Retriever.load(real_index)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "answer"),
    [(MOMENTUM, "data-archive-m#momentum"), (NO_ML_API, "ml-annotations#2020-07-1")],
)
def test_the_described_entry_ranks_first(retriever: Retriever, question: str, answer: str) -> None:
    # before: Mini-batch gradient descent (shares "gradient descent"); Machine Learning
    assert retriever.search(question, k=5)[0].id == answer
