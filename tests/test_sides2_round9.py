"""Round 9 (second wave), issue 10: comparisons keep both sides on REAL entries when the
question misspells "difference", asks "X or Y, how do they differ", names a side in the
plural of its entry's name ("x-vectors": "x-vector", not "VBx (... x-vectors)"), or names
a side that has no entry but is spelled out inside another one ("svd")."""

from __future__ import annotations

import pytest
from answer_helpers import answer_from as answer
from answer_helpers import corpus_by_id, outside_corpus, ranked_hits
from answer_helpers import outside_answer as outside

from rag_glossary.answer.question import analyze
from rag_glossary.answer.sides import side_hits
from rag_glossary.answer_metrics import fact_present
from rag_glossary.coverage.cue_words import mend_cue_words
from rag_glossary.models import RetrievalResult


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("whats the diffrence between i-vectors and x-vectors", ("i vectors", "x vectors")),
        ("what is the diference between bagging and boosting", ("bagging", "boosting")),
        ("fedavg or fedopt, how do they differ on the server side", ("fedavg", "fedopt")),
        ("bagging or boosting: how are the two different", ("bagging", "boosting")),
    ],
)
def test_the_sides_of_a_misspelled_or_or_comparison(question: str, sides: tuple[str, ...]) -> None:
    q = analyze(mend_cue_words(question))  # as the Assistant and the Retriever read it
    assert q.shape == "compare" and q.sides == sides


def test_or_with_another_question_is_no_comparison() -> None:
    # "how" asks no difference here: no sides
    assert analyze("bagging or boosting, how do i tune it").sides == ()


def test_or_how_do_they_differ_answers_both_sides() -> None:
    # diarization-028: only Spectral Clustering was answered, AHC (hit #1) was dropped
    ids = ("glossary#ahc-agglomerative-hierarchical-clustering", "glossary#spectral-clustering")
    question = "AHC or spectral clustering for grouping the speaker segments, how do they differ?"
    text, cited = outside(
        "diarization-glossary", question, ids[0], "glossary#clustering-threshold", ids[1]
    )
    assert set(cited) == set(ids)
    assert fact_present("iteratively merges closest segments", text)
    assert fact_present("affinity matrix eigenvalues", text)


def test_a_plural_side_looks_up_its_own_entry() -> None:
    # diarization-027: "x-vectors" shares its words with "VBx (Variational Bayes x-vectors)",
    # which stood in for the side; the side's own lookup finds the entry named x-vector
    found, _ = outside_corpus("diarization-glossary")
    hits = ranked_hits(found, "glossary#i-vector", "glossary#vbx-variational-bayes-x-vectors")
    asked: list[str] = []

    def retrieve(query: str, k: int) -> RetrievalResult:
        asked.append(query)
        return RetrievalResult(query, tuple(ranked_hits(found, "glossary#x-vector")), 1.0, True)

    question = "whats the difference between i-vectors and x-vectors"
    more = side_hits(question, hits, retrieve)
    assert asked == ["x vectors"] and [h.id for h in more] == ["glossary#x-vector"]
    ids = [h.id for h in (*hits, *more)]
    text, cited = outside("diarization-glossary", question, *ids)
    assert set(cited) == {"glossary#i-vector", "glossary#x-vector"}
    assert fact_present("Discriminative DNN embedding", text)


def test_a_side_named_only_inside_another_entry() -> None:
    # h6-028: SVD has no entry; Matrix Decomposition spells it out in a list item
    entries = corpus_by_id()
    ids = ("ai-glossary-m-site#matrix-spectral-decomposition", "ai-glossary-m#matrix-decomposition")
    text, cited = answer(entries, "spectral decomposition vs svd, when do you use which one", *ids)
    assert set(cited) == set(ids)
    assert fact_present("rectangular matrices", text)
    assert fact_present("square symmetric matrix", text)


def test_a_side_its_other_side_names_is_answered_as_before() -> None:
    # h4-032: the Manhattan entry says what Euclidean distance is; no third entry is cited
    entries = corpus_by_id()
    ids = [h for h in entries if h.endswith("#manhattan-distance")][:1]
    text, cited = answer(entries, "whats the diff between manhattan and euclidean distance", *ids)
    assert set(cited) == set(ids)
    assert fact_present("length of the shortest path between 2 points", text)
