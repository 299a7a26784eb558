"""Described questions with the real model: a question that names no glossary term
leans on the dense signal (eval/corpora/ts-glossary, a design set of terse definitions)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ROOT
from shared_index import shared_index

from rag_glossary.retrieval import Retriever

pytestmark = pytest.mark.slow

TS_GLOSSARY = ROOT / "eval" / "corpora" / "ts-glossary"


@pytest.fixture(scope="module")
def ts_glossary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_index(TS_GLOSSARY, tmp_path_factory)


def _rank(retriever: Retriever, question: str, wanted: str, **overrides: float | str) -> int:
    ids = [h.id for h in retriever.search(question, k=10, **overrides)]
    return ids.index(wanted) + 1 if wanted in ids else 99


def test_a_described_question_that_used_to_miss_is_found(ts_glossary: Path) -> None:
    retriever = Retriever.load(ts_glossary)
    question = "grouping together series that behave alike"  # "series" is in most titles
    fixed_weights = _rank(retriever, question, "glossary#clustering", described_lexical=1.0)
    adaptive = _rank(retriever, question, "glossary#clustering")
    assert adaptive <= 5 < fixed_weights


def test_a_description_bm25_misses_is_found_by_score_fusion(ts_glossary: Path) -> None:
    retriever = Retriever.load(ts_glossary)
    question = "subtracting each value from the next one to get rid of the trend"
    by_rank = _rank(retriever, question, "glossary#differencing", described_fusion="rank")
    by_score = _rank(retriever, question, "glossary#differencing")
    assert by_score <= 3 and by_rank > 5


def test_a_question_naming_a_term_ranks_as_before(ts_glossary: Path) -> None:
    retriever = Retriever.load(ts_glossary)
    question = "what is a multivariate time series"
    before = [h.id for h in retriever.search(question, k=10, described_lexical=1.0)]
    assert [h.id for h in retriever.search(question, k=10)] == before
    assert before[0] == "glossary#multivariate-time-series"
