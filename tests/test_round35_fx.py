"""Round 35 follow-up FX: a story's later sentence whose last clause, after a comma, is the
wh-question asks that question (``coverage/asking_part.py``; real entries, real model).

exposure-glossary-005 told of a term paper, then "honestly not sure what she means, what is
an exposure route?": the later sentence opens with no wh-word, so the key term stayed the
story's first noun phrase ("im writing a term paper"), the story's words counted as
unsupported, the bar rose by the specific margin, and "Exposure route" was refused.
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.coverage.keyterms import extract_key_terms

PAPER = (
    "im writing a term paper on phthalates in my tox class and my supervisor keeps telling me "
    "i need to think about the exposure route for every source, like food and cosmetics. "
    "honestly not sure what she means, what is an exposure route?"
)


def test_a_later_sentences_last_wh_clause_asks() -> None:
    assert [t.text for t in extract_key_terms(PAPER)] == ["exposure route"]


def test_a_clause_that_refers_back_does_not_ask() -> None:
    # "what is it": the clause only points back at the story, whose term stays
    question = "focal loss helps with imbalance. i read about it, what is it for"
    assert [t.text for t in extract_key_terms(question)] == ["focal loss"]


def test_the_story_with_its_asked_name_is_answered(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("exposure-glossary", tmp_path_factory)
    answer = assistant.ask(PAPER)
    assert answer.covered
    assert answer.citations[0] == "exposure-glossary#exposure-route"


# exposure-glossary-016: "how long does ... normally last" kept the adverb and the verb in
# its key term ("single exposure event normally last"), which no entry names: a missing
# term under the strict bar, though "Exposure event" answers it
EVENT = "how long does a single exposure event normally last"


def test_a_degree_asked_of_a_do_subject_drops_its_adverb_and_verb() -> None:
    assert [t.text for t in extract_key_terms(EVENT)] == ["single exposure event"]


def test_a_last_word_after_a_preposition_is_no_verb() -> None:
    # pm-glossary-015: no -ly adverb before "scrum", which the preposition takes
    texts = [t.text for t in extract_key_terms("how long do sprints usually last in scrum")]
    assert "scrum" in texts


def test_the_degree_question_is_answered_by_its_subject(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = shared_assistant("exposure-glossary", tmp_path_factory).ask(EVENT)
    assert answer.covered
    assert answer.citations[0] == "exposure-glossary#exposure-event"
