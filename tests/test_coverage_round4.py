"""Coverage, round 4 of issue 11: the failure classes of round 3's blind sets
(eval/holdout2.jsonl, eval/corpora/cv-glossary, eval/corpora/ts-glossary)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ROOT, make_entry
from shared_index import shared_index

from rag_glossary.coverage import CoverageIndex, extract_key_terms
from rag_glossary.retrieval import Retriever

CORPORA = ROOT / "eval" / "corpora"


# ---------------------------------------------------------------- no model


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("when should i use a linear mixed effects model", "linear mixed effects model"),
        ("when should we clip gradients?", "clip gradients"),  # the verb is kept
        ("which model file formats are there, e.g. apple's or onnx", "model file formats"),
        ("what is bagging? e.g. random forests", "bagging"),
    ],
)
def test_scaffolding_and_examples_are_not_the_term(question: str, term: str) -> None:
    assert extract_key_terms(question)[0].text == term


def test_a_possessive_is_not_named_in_a_refusal() -> None:
    (term,) = extract_key_terms("how do i estimate where a person's joints are in a photo")
    assert term.text == "person s joints" and not term.clean


def _index() -> CoverageIndex:
    return CoverageIndex(
        [
            make_entry("g", "transform", "Transform", "A transform changes a series."),
            make_entry("g", "model", "Model", "A model makes forecasts from a series."),
            make_entry("g", "mmr", "Maximum Marginal Relevance", "Reranking for diversity."),
            make_entry("g", "regressor", "Regressor", "A series whose future values are known."),
        ]
    )


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("what is a transformer model", False),  # a suffix is not a typo of "transform"
        ("what is a maximum margin classifier", False),  # nor "margin" of "marginal"
        ("what is a transfrom", True),  # letters swapped inside: a typo
        ("what is a regresor", True),  # a letter dropped inside
    ],
)
def test_a_word_with_another_suffix_is_another_word(question: str, found: bool) -> None:
    assert _index().check(question).found is found


def test_a_word_the_corpus_never_uses_described_by_a_clause_is_a_description() -> None:
    coverage = _index()
    described = coverage.check("inputs whose future values i already know when forecasting")
    assert described.found is False and not described.term_style
    clause = coverage.check("how many steps ahead i want to predict")
    assert clause.found is False and not clause.term_style
    # a word the corpus never uses, without a clause describing it, is a name
    named = coverage.check("what is mamba in forecasting")
    assert named.found is False and named.term_style


# ---------------------------------------------------------------- real model


def _built(corpus: str, tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index(CORPORA / corpus, tmp_path_factory))


@pytest.fixture(scope="module")
def cv(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return _built("cv-glossary", tmp_path_factory)


@pytest.fixture(scope="module")
def ts(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return _built("ts-glossary", tmp_path_factory)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("the hole in the lens that opens and closes to let light through", "aperture"),
        ("harris cornerness score formula", "harris cornerness score"),  # asked of a name
    ],
)
def test_answerable_computer_vision_questions_are_covered(
    cv: Retriever, question: str, title: str
) -> None:
    result = cv.retrieve(question, k=5)
    assert result.covered, (result.key_term, result.reason)
    assert result.hits[0].title.lower() == title  # data-file titles are cased from their text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "title"),
    [
        (
            "inputs whose future values i already know when making the forecast, like holidays",
            "Regressor",
        ),
        ("how many steps ahead i want to predict", "Forecasting horizon"),
    ],
)
def test_described_time_series_questions_are_judged_by_their_standout(
    ts: Retriever, question: str, title: str
) -> None:
    result = ts.retrieve(question, k=5)
    assert result.covered, (result.key_term, result.reason)
    fused = result.composed or result.hits  # the order the standout was judged on
    assert title in [h.title for h in fused[:2]]


@pytest.mark.slow
def test_a_named_term_with_a_suffix_the_glossary_lacks_is_not_covered(ts: Retriever) -> None:
    result = ts.retrieve("what is a transformer model", k=5)
    assert not result.covered and result.key_term_found is False, result.reason
    assert result.key_term == "transformer model"


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    ["what is a maximum margin classifier", "when should i use a linear mixed effects model"],
)
def test_named_negatives_of_the_shipped_corpus_are_not_covered(
    real_index: Path, question: str
) -> None:
    result = Retriever.load(real_index).retrieve(question, k=5)
    assert not result.covered and result.key_term_found is False, result.reason
