"""Round 9, after the blind sets: what their graders found. A refusal names only a
clean noun phrase; a typo in a comparison's cue word is not the key term; a short
entry keeps its asked fact; placeholders in angle brackets are text, not HTML.
Real entries of eval/corpora glossaries."""

from __future__ import annotations

from functools import lru_cache

import pytest
from answer_helpers import outside_corpus

from rag_glossary.coverage import CoverageIndex


@lru_cache(maxsize=4)
def _coverage(name: str) -> CoverageIndex:
    entries, _ = outside_corpus(name)
    return CoverageIndex(list(entries.values()))


# ---------------------------------------------------------------- 1. refusal wording


@pytest.mark.parametrize(
    "question",
    [
        "how do i pick k for k-means clustering",  # a single letter
        "how does word2vec turn words into vectors",  # subject, verb, object
        "is adversarial training worth doing for robustness",  # a clause
        "why is it tricky to aggregate an F1 score across clients in federated evaluation",
        "instead of shipping weights, each client shares its soft predictions on a common"
        " unlabeled set and the server trains a smaller model to mimic them. what's that",
        "a few big institutions, say three insurers and a university lab, jointly training"
        " one model while each keeps its records in house",
    ],
)
def test_a_missing_term_that_is_no_noun_phrase_is_not_named(question: str) -> None:
    assert _coverage("fl-glossary").check(question).named_missing is None


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("what is a mixture of experts layer", "mixture of experts layer"),
        ("how does latent dirichlet allocation work", "latent dirichlet allocation"),
        ("k-means clustering", "k means clustering"),
        ("what is quantum annealing", "quantum annealing"),
    ],
)
def test_a_missing_noun_phrase_is_still_named(question: str, term: str) -> None:
    assert _coverage("fl-glossary").check(question).named_missing == term
