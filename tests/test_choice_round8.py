"""Round 8, which entry answers: a lower hit takes the answer from the first on shared
words only when it is at least 0.65 as close in meaning (dense similarity).

Real glossary entries; the end-to-end cases use the real model on an outside glossary."""

from __future__ import annotations

from dataclasses import replace

import pytest
from answer_helpers import outside_corpus, ranked_hits
from helpers import ROOT
from shared_index import shared_index

from rag_glossary import Assistant
from rag_glossary.answer import extractive_answer
from rag_glossary.models import Hit
from rag_glossary.retrieval import Retriever

CORPORA = ROOT / "eval" / "corpora"
# dl-glossary 034: Bias's text shares more of the description's words than Loss function's
LOSS_QUESTION = (
    "a function that scores how wrong the model's predictions are so we can update the parameters"
)


def _with_dense(hits: list[Hit], *dense: float) -> list[Hit]:
    return [replace(h, signals={**h.signals, "dense": d}) for h, d in zip(hits, dense, strict=True)]


def _first_cited(dense: tuple[float, float]) -> str:
    entries, idf = outside_corpus("dl-glossary")
    ranked = ranked_hits(entries, "dl-glossary#loss-function", "dl-glossary#bias")
    hits = _with_dense(ranked, *dense)
    return extractive_answer(hits, LOSS_QUESTION, idf)[1][0]


def test_a_hit_far_less_close_in_meaning_does_not_take_the_answer_on_shared_words() -> None:
    # the model's similarities for this question: Loss function 0.45, Bias 0.23 (0.51 of it)
    assert _first_cited((0.45, 0.23)) == "dl-glossary#loss-function"


def test_a_hit_nearly_as_close_in_meaning_still_competes_on_shared_words() -> None:
    # the same entries with Bias almost as close: its larger word overlap may win
    assert _first_cited((0.45, 0.40)) == "dl-glossary#bias"


@pytest.fixture(scope="module")
def dl(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    folder = shared_index(CORPORA / "dl-glossary", tmp_path_factory)
    return Assistant(Retriever.load(folder), use_llm=False, k=5)


@pytest.mark.slow
def test_the_first_hit_answers_a_description_a_far_hit_only_shares_words_with(
    dl: Assistant,
) -> None:
    answer = dl.ask(LOSS_QUESTION)
    assert answer.citations[0] == "dl-glossary#loss-function", answer.text
