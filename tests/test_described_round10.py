"""Round 10, issue 11: a kind word followed by a relative clause is described, not named.

"is there a variant where the server doesn't wait ..." names no term: the word
"variant" is in some entry's text, but the clause after it says what the thing
is. Such a question is judged like any description, by how clearly its best
entry stands out (coverage/question_forms.described_by_clause). Real entries of
eval/corpora glossaries; the end-to-end test uses the real model.
"""

from __future__ import annotations

import pytest
from answer_helpers import outside_coverage
from helpers import ROOT
from shared_index import shared_index

from rag_glossary.coverage.question_forms import described_by_clause
from rag_glossary.retrieval import Retriever

CORPORA = ROOT / "eval" / "corpora"
# fl-glossary-033: asynchronous federated learning, which the glossary does not define
ASYNC = (
    "is there a variant where the server doesn't wait for the round to finish and just "
    "folds in each device's update the moment it shows up, even if that update was "
    "computed on an older copy of the model?"
)
# fl-glossary-017: Privacy Budget, described in everyday words
BUDGET = (
    "that number which says how much privacy you have used up, where smaller means "
    "better protection but a less useful model"
)


def test_a_relative_clause_must_follow_the_term_at_once() -> None:
    said = "is there a variant where the server does not wait"
    assert described_by_clause(said, "variant")
    assert described_by_clause("the training objective that adds a penalty", "training objective")
    assert not described_by_clause("a variant of fedavg where clients lag", "variant")
    assert not described_by_clause("variant", "variant")  # nothing follows


def test_a_word_found_only_in_passing_then_a_clause_is_a_described_kind() -> None:
    coverage = outside_coverage("fl-glossary")
    described = coverage.check(ASYNC)
    assert described.key_term == "variant" and described.how == "text"
    assert described.generic and described.described
    # without the clause the same kind of question names a term, judged strictly
    named = coverage.check("is there a variant of fedavg for stragglers")
    assert named.found is False and named.term_style


def _built(corpus: str, tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index(CORPORA / corpus, tmp_path_factory))


@pytest.mark.slow
def test_a_described_variant_the_glossary_lacks_is_refused_its_paraphrase_answered(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    fl = _built("fl-glossary", tmp_path_factory)
    refused = fl.retrieve(ASYNC)
    assert not refused.covered, (refused.reason, [h.title for h in refused.hits])
    answered = fl.retrieve(BUDGET)
    assert answered.covered and answered.hits[0].id == "privacy-budget#privacy-budget-ε-δ"
