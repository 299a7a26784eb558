"""Round 8, issue 11: a description naming specific things its best entry never mentions.

A described question is judged by its standout (calibration.py). A description
with three or more rare (non-everyday) words that the best entry's text lacks
describes something else, however close the topic: it must stand out
``SPECIFIC_MARGIN`` above its bar. Real entries, the real model.
"""

from __future__ import annotations

import pytest
from helpers import ROOT
from shared_index import shared_index

from rag_glossary.calibration import Calibration
from rag_glossary.coverage import SPECIFIC_MARGIN, TermCoverage, judge
from rag_glossary.everyday import unsupported_rare
from rag_glossary.retrieval import Retriever

CORPORA = ROOT / "eval" / "corpora"
_DESCRIBED = TermCoverage("splitting data", None, "", (), term_style=False)


def test_rare_words_the_best_entry_lacks_are_counted_once_per_stem() -> None:
    text = "Segmentation splits an image into regions."
    question = "splitting the data into k chunks, training k times and averaging the scores"
    # "splitting" is supported by "splits"; rare "chunks" and "averaging" are missing;
    # everyday words ("data", "training", "scores") never count
    assert unsupported_rare(question, text) == 2
    assert unsupported_rare("the chunk and the chunks", "nothing here") == 1
    assert unsupported_rare("why do car wheels look like they spin backwards", "nothing here") == 0


def test_the_bar_rises_only_for_a_description_with_three_missing_rare_words() -> None:
    cal = Calibration(lenient=2.0, strict=10.0, source="corpus", plain=1.5)
    z = 2.0 + SPECIFIC_MARGIN - 0.1
    assert judge(_DESCRIBED, z, cal, unsupported=2).covered
    refused = judge(_DESCRIBED, z, cal, unsupported=3)
    assert not refused.covered and "specific" in refused.reason
    assert judge(_DESCRIBED, 2.0 + SPECIFIC_MARGIN + 0.1, cal, unsupported=5).covered
    named = TermCoverage("kv cache", False, "", (), term_style=True)
    assert judge(named, 11.0, cal, unsupported=5).covered  # a named term keeps the strict bar


def _built(corpus: str, tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index(CORPORA / corpus, tmp_path_factory))


@pytest.fixture(scope="module")
def cheatsheet(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return _built("mlcheatsheet-glossary", tmp_path_factory)


@pytest.fixture(scope="module")
def advml(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return _built("advml-glossary", tmp_path_factory)


@pytest.mark.slow
def test_k_fold_cross_validation_described_is_not_answered_from_segmentation(
    cheatsheet: Retriever,
) -> None:
    question = (
        "splitting the data into k chunks, training k times with a different chunk "
        "held out each time and averaging the scores"
    )
    result = cheatsheet.retrieve(question, k=5)
    assert not result.covered, (result.hits[0].title, result.reason)
    assert "specific" in result.reason


@pytest.mark.slow
def test_a_paraphrase_in_everyday_words_is_still_answered(cheatsheet: Retriever) -> None:
    result = cheatsheet.retrieve(
        "the setting that controls how big each step is when the optimizer nudges the weights"
    )
    assert result.covered, result.reason
    assert result.hits[0].title == "Learning Rate"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "covered"),
    [
        (  # randomized smoothing: the glossary lacks it
            "is there a way to get a provable robustness radius by classifying lots of noisy "
            "copies of the input and taking the majority vote",
            False,
        ),
        (  # threat model: the glossary lacks it
            "before evaluating a defense, the write-up that spells out what the attacker "
            "knows, wants and is able to do",
            False,
        ),
        (  # Spatial Smoothing: five rare words missing, but it stands out clearly
            "softening an image by mixing each pixel with the ones around it so jittery "
            "fine grained noise disappears",
            True,
        ),
    ],
)
def test_adversarial_descriptions(advml: Retriever, question: str, covered: bool) -> None:
    result = advml.retrieve(question, k=5)
    assert result.covered is covered, (result.hits[0].title, result.reason)
