"""Round 24, post-fix C: source lines, lists and labels in the answer text (real entries
of the eval corpora, hits in their retrieval order):

- a labelled source line whose value holds a dot between digits ("Reference: 14 CFR
  91.3.") is metadata, as one without is (aviation-007 and five more);
- a list whose items share the question's words is narrowed by the words they do not
  share ("sources" picks epistemology's second area, philo-018), unless the question
  names the list's lead-in (q185);
- an auxiliary right before a modal is not a question's opening ("is ought distinction
  hume", philo-037).
"""

from __future__ import annotations

from answer_helpers import clean_answer, corpus_by_id, outside_answer, ranked_hits

from rag_glossary.answer.pieces import aside
from rag_glossary.answer.segment import Unit
from rag_glossary.coverage.scaffolding import strip_scaffolding

AVI, PHILO = "aviation-glossary#", "philo-glossary#"


def test_a_reference_with_dots_is_a_field_line() -> None:
    for text in ("Reference: 14 CFR 91.3.", "Reference: AC 43.13-1B.", "Source: Wikipedia."):
        assert aside(Unit(text, "sentence", 0, 0)), text
    assert not aside(Unit("Reference: Smith et al. 2004. More text.", "sentence", 0, 0))
    text, cited = outside_answer(
        "aviation-glossary", "pic meaning aviation", AVI + "pic-pilot-in-command"
    )
    assert cited == (AVI + "pic-pilot-in-command",)
    assert "operation and safety of aircraft" in text
    assert "Reference" not in text and "91.3" not in text


def test_the_item_the_question_alone_names_answers() -> None:
    text, _ = outside_answer(
        "philo-glossary",
        "what sources of knowledge and justified belief does epistemology look at",
        PHILO + "epistemology",
    )
    assert "perception, reason, memory, and testimony" in text
    assert "(1 of 4)" in text
    assert "Philosophical skepticism" not in text


def test_an_auxiliary_before_a_modal_is_part_of_the_term() -> None:
    assert strip_scaffolding("is ought distinction hume") == "is ought distinction hume"
    assert strip_scaffolding("is-ought distinction hume") == "is ought distinction hume"
    assert strip_scaffolding("is rlhf safe") == "rlhf safe"


def test_a_question_naming_the_lead_in_keeps_its_list() -> None:
    entries = corpus_by_id()
    hits = ranked_hits(entries, "data-archive-m#model-interpretability")
    text, _ = clean_answer(hits, "counterfactual explanations for a credit scoring model")
    assert "How it works" in text
