"""Refusals, round 11 of issue 11: a missing term whose words one top hit says
together in one statement, and a question word closing a key term."""

from __future__ import annotations

from functools import lru_cache

import pytest
from answer_helpers import corpus_by_id, outside_coverage
from helpers import ROOT
from shared_index import shared_index

from rag_glossary.coverage import CoverageIndex, extract_key_terms
from rag_glossary.retrieval import Retriever

CORPORA = ROOT / "eval" / "corpora"
MATCHING = (
    "pairing each treated patient with an untreated one who looks alike (same age, sex"
    " etc) in an observational study so the groups are comparable"
)


@lru_cache(maxsize=1)
def _shipped() -> CoverageIndex:
    return CoverageIndex(list(corpus_by_id().values()))


def test_words_said_together_in_a_top_hit_cover_the_term() -> None:
    # Melt: "... transform a DataFrame from a wide format to a long format"
    ranked = ["data-archive-m#melt", "data-archive-m#multi-level-index"]
    term = _shipped().check("how do i unpivot a wide pandas dataframe into long format", ranked)
    assert term.found and term.how == "said-together"
    assert term.entry_ids == ("data-archive-m#melt",)


def test_the_words_must_stand_in_one_statement_of_a_top_hit() -> None:
    question = "how do i unpivot a wide pandas dataframe into long format"
    # the same entry ranked below the top hits says nothing of the question
    ranked = ["data-archive-m#multi-level-index", "data-archive-m#mysql", "data-archive-m#metric"]
    ranked += ["data-archive-m#master-data-management", "data-archive-m#makefile"]
    ranked += ["data-archive-m#melt"]
    assert _shipped().check(question, ranked).found is False


@pytest.mark.parametrize(
    ("question", "ranked"),
    [
        # Multi Head Attention's body has "query" and "attention" in one sentence
        (
            "how does multi-query attention work",
            ["data-archive-m#multi-head-attention", "ai-glossary-m-site#multi-head-attention"],
        ),
        # Matrix QR Decomposition speaks of a "factorization" of a matrix
        (
            "matrix factorization for recommender systems",
            ["ai-glossary-m-site#matrix-qr-decomposition", "ai-glossary-m#matrix-qr-decomposition"],
        ),
        # Metric's body says "learning" next to "metric"
        (
            "what is metric learning",
            ["data-archive-m#metric", "ai-glossary-m-site#model-evaluation-metric"],
        ),
    ],
)
def test_a_term_sharing_words_with_the_hits_name_is_a_neighbour(
    question: str, ranked: list[str]
) -> None:
    assert ranked[0] in corpus_by_id()
    term = _shipped().check(question, ranked)
    assert term.how != "said-together" and term.found is not True


def test_a_reordered_name_is_not_said_together() -> None:
    # dl-glossary has Normalization layer, not layer normalization
    coverage = outside_coverage("dl-glossary")
    best = next(e.id for e in coverage.entries if e.title.lower() == "normalization layer")
    term = coverage.check("what is layer normalization", [best])
    assert term.how != "said-together" and term.found is not True


def test_a_question_word_closes_no_key_term() -> None:
    terms = extract_key_terms("mapreduce on a cluster vs on a grid, whats the diff")
    assert [t.text for t in terms] == ["mapreduce", "on a grid"]


def test_both_sides_of_a_contrast_found_in_the_top_hit() -> None:
    ranked = ["ai-glossary-m-site#mapreduce-process", "ai-glossary-m#mapreduce-process"]
    term = _shipped().check("mapreduce on a cluster vs on a grid, whats the diff", ranked)
    assert term.found


def test_a_phrase_headed_by_one_names_nothing() -> None:
    question = MATCHING
    terms = extract_key_terms(question)
    assert terms[-1].text == "untreated one"
    assert not terms[-1].term_style and not terms[-1].qualifier
    # judged as a description, not refused as "untreated one is not in the glossary"
    coverage = outside_coverage("biores-glossary")
    term = coverage.check(question, ["glossary#matching", "glossary#cohort-study"])
    assert term.described and term.named_missing is None


def test_a_name_that_is_one_word_one_is_kept() -> None:
    (term, _) = extract_key_terms("one vs rest, what is it")
    assert term.text == "one" and term.term_style


@pytest.mark.slow
def test_the_paraphrase_with_an_untreated_one_is_answered_by_matching(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    biores = Retriever.load(shared_index(CORPORA / "biores-glossary", tmp_path_factory))
    result = biores.retrieve(MATCHING)
    assert result.covered, result.reason
    assert result.hits[0].id == "glossary#matching"
