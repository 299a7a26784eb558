"""Round 11, issue 10: comparisons and two-part questions keep both sides (or parts), on
REAL entries: a request written after the second side is no part of it, a one-word side
takes the entry that goes by it as an acronym, and "what is X and what does it need"
reads on in X's paragraph when no sentence says the second part's words."""

from __future__ import annotations

import pytest
from answer_helpers import answer_from as answer
from answer_helpers import corpus_by_id
from answer_helpers import outside_answer as outside

from rag_glossary.answer.question import analyze
from rag_glossary.answer_metrics import fact_present
from rag_glossary.models import Entry


@pytest.fixture(scope="module")
def entries() -> dict[str, Entry]:
    return corpus_by_id()


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("eigenvectors vs eigenvalues explain like im 5", ("eigenvectors", "eigenvalues")),
        (
            "supervised vs unsupervised learning - which algorithms belong to which",
            ("supervised", "unsupervised learning"),
        ),
        ("bagging vs boosting which one overfits less", ("bagging", "boosting")),
        # a hyphen inside a name is no dash between clauses
        ("lstm vs bi-lstm", ("lstm", "bi lstm")),
    ],
)
def test_a_request_after_the_second_side_is_no_part_of_it(
    question: str, sides: tuple[str, ...]
) -> None:
    q = analyze(question)
    assert q.shape == "compare" and q.sides == sides


def test_both_sides_labelled_inside_one_entry(entries: dict[str, Entry]) -> None:
    # h7-026: "eigenvalues explain like im 5" labelled nothing, so the Matrix entry's
    # "Eigenvectors: ..." and "Eigenvalues: ..." gave way to Matrix Spectral Decomposition
    ids = ("ai-glossary-m-site#matrix-spectral-decomposition", "ai-glossary-m#matrix")
    text, cited = answer(entries, "eigenvectors vs eigenvalues explain like im 5", *ids)
    assert cited == ("ai-glossary-m#matrix",)
    assert fact_present("stay on their original lines", text)
    assert fact_present("By how much the eigenvector is transformed", text)


def test_a_one_word_side_takes_the_entry_it_is_the_acronym_of(entries: dict[str, Entry]) -> None:
    # h7-025: "map" shares its one word with "Map Reduce" as much as with "Mean Average
    # Precision (MAP) Metric"; the entry that goes by it is the side's
    ids = (
        "ai-glossary-m-site#mean-average-precision-map-metric",
        "ai-glossary-m-site#model-evaluation-metric",
        "data-archive-m#map-reduce",
    )
    text, cited = answer(entries, "map vs ndcg, which ranking metric do i use when", *ids)
    assert "ai-glossary-m-site#mean-average-precision-map-metric" in cited
    assert "data-archive-m#map-reduce" not in cited
    assert fact_present("graded relevance", text)


def test_second_part_no_sentence_names_reads_on_in_the_paragraph() -> None:
    # controls-glossary-030: "what does it need" shares no word with "This requires an
    # accurate mathematical model ...", the sentence after LQR's 42-word definition
    ids = ("controls-glossary#lqr", "controls-glossary#bang-bang-control")
    text, cited = outside("controls-glossary", "what is lqr and what does it need to work", *ids)
    assert cited == ("controls-glossary#lqr",)
    assert fact_present("minimizing the square", text)
    assert fact_present("accurate mathematical model", text)
