"""Round 28 review: a pointer entry merged into the entry it points at names no part of the
answer. Post-fix PA made writing-glossary's "nucleus (syllable)" ("See syllable
structure.") another name of Syllable Structure; the answer then opened with the label
"nucleus (syllable):" for a question about a syllable's parts (writing-018)."""

from __future__ import annotations

import pytest
from answer_helpers import outside_answer
from shared_index import shared_assistant

from rag_glossary.coverage.keyterms import extract_key_terms


def test_a_pointer_title_is_no_label() -> None:
    text, cited = outside_answer(
        "writing-glossary",
        "what parts is a syllable divided into",
        "writing-glossary#syllablestructure",
        "writing-glossary#nucleus",
    )
    assert cited == ("writing-glossary#syllablestructure",)
    assert text.startswith("A model of syllable structure divides the syllable")
    assert "nucleus (syllable):" not in text


@pytest.mark.slow
def test_a_pointer_sentence_is_no_statement_of_the_group(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """teach-glossary's Reflective Practice says only "see *deliberate practice*."; merged into
    Deliberate Practice as another name, its pointer was printed as an answer sentence
    ("See deliberate practice.[2]", teach-022) though cross-references are never output."""
    teach = shared_assistant("teach-glossary", tmp_path_factory)
    answer = teach.ask("what is deliberate practice and is reflective practice the same thing")
    assert "observing performance of a task" in answer.text
    assert "see deliberate practice" not in answer.text.casefold()


def test_a_modal_and_a_plain_verb_ask_about_what_follows() -> None:
    """teach-019 "what should go into a learner profile for a workshop" read "go" as the
    key term and answered "go is not in the glossary"; a modal and the verb's plain form
    are the clause's verb as "goes" is (round 27 lane R's "what goes into X")."""
    for question in (
        "what should go into a learner profile for a workshop",
        "what should be in a learner profile",
        "what goes into a learner profile",
    ):
        assert [k.text for k in extract_key_terms(question)] == ["learner profile"]
    assert [k.text for k in extract_key_terms("what can be done about overfitting")] != [
        "overfitting about"
    ]
