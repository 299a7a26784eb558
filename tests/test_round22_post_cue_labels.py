"""Round 22 post-fix, lane Q: the question's everyday word for a part of an entry and the
label the entry gives that part (real entries of the shipped corpus, real idf):

- "whats the upside of each" asks for what speaks for each side: of the items under each
  side's heading, the one labelled "Advantage:" answers (holdout7 h7-030, was "Purpose:");
- "whats the catch" asks for problems, as "drawbacks" does: the items under "Challenges:"
  answer, and "whats X and whats Y" is a two-part question as "what is X and what is Y"
  is (holdout8 h8-023, was the definition alone);
- "why does it matter" asks for the part headed "Why it matters" (fl-glossary-031, was a
  sentence of "In federated settings"), not an "Advantage:" of something the entry lists
  (holdout2 g059 stays as it was);
- "how does X work" and "what is X used for" ask for "How it works:" and "Use cases:";
- a cue word that ends the asked term ("quantum advantage") or runs on into another noun
  ("the advantage function", "the catch rate") names a thing, not a part.
"""

from __future__ import annotations

from answer_helpers import answer_from, corpus_by_id, outside_answer

from rag_glossary.answer.cues import (
    BENEFITS,
    IMPORTANCE,
    PROBLEMS,
    USES,
    WORKINGS,
    asked_label,
)
from rag_glossary.answer.question import analyze
from rag_glossary.answer.segment import Unit
from rag_glossary.answer.unit_score import labels_asked_part

ARCHIVE = "data-archive-m#"


def test_the_upside_of_each_side_is_its_advantage_line() -> None:
    text, cited = answer_from(
        corpus_by_id(),
        "counterfactual explanations or a global surrogate model - whats the upside of each",
        ARCHIVE + "model-interpretability",
    )
    assert cited == (ARCHIVE + "model-interpretability",)
    assert "intuitive and actionable feedback" in text
    assert "Simplicity and clarity for non-technical stakeholders" in text


def test_the_catch_is_the_challenges_list() -> None:
    question = "whats an ensemble model and whats the catch, when would i not use one"
    q = analyze(question)
    assert q.two_part and q.term == "ensemble model" and asked_label(q) is PROBLEMS
    text, _ = answer_from(corpus_by_id(), question, ARCHIVE + "model-ensemble")
    assert text.startswith("Model Ensemble: Ensemble models in machine learning")
    assert "computationally intensive" in text and "harder to interpret" in text


def test_benefit_words_ask_for_the_labelled_part() -> None:
    for question in (
        "what is the upside of dropout",
        "advantages of k-medoids over k-means",
        "what is weight decay and why would you use it",
    ):
        assert asked_label(analyze(question)) is BENEFITS, question
    q = analyze("what is the upside of dropout")
    assert labels_asked_part(q, Unit("Advantage: Fewer co-adapted units.", "item", 3, 1))
    assert labels_asked_part(q, Unit("Less overfitting.", "item", 3, 1, lead="Benefits"))
    assert not labels_asked_part(q, Unit("Purpose: Regularise.", "item", 3, 1))


def test_a_cue_word_naming_a_thing_asks_no_part() -> None:
    for question in (
        "what is quantum advantage",
        "what is the advantage function",
        "what is the catch rate",
        "explain the advantage actor critic",
    ):
        assert asked_label(analyze(question)) is None, question


def test_why_it_matters_is_the_part_headed_so() -> None:
    question = (
        "what is superexec and why does it matter for running several projects on one federation"
    )
    assert asked_label(analyze(question)) is IMPORTANCE
    text, cited = outside_answer("fl-glossary", question, "superexec#superexec")
    assert cited == ("superexec#superexec",)
    assert "Enables multi-run/multi-tenancy" in text
    # an entry with no such heading keeps its sentences: no "Advantage:" of a listed tool
    text, _ = answer_from(
        corpus_by_id(),
        "what is model interpretability and why does it matter in finance or healthcare",
        ARCHIVE + "model-interpretability",
    )
    assert "Counterfactual" not in text and "regulated industries" in text


def test_how_it_works_and_use_cases_are_asked_parts() -> None:
    q = analyze("how does a global surrogate model work")
    assert asked_label(q) is WORKINGS
    assert labels_asked_part(q, Unit("How it works: It mimics the model.", "item", 3, 1))
    assert asked_label(analyze("what is a counterfactual explanation used for")) is USES
    assert asked_label(analyze("what is a global surrogate model")) is None
