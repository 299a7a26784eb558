"""Round 34 lane A: answerable questions refused with the right entry first (real
entries, real model).

- "what file format are ros robot model descriptions written in": a wh-word and the
  attribute asked, "are", the subject, a participle and a stranded preposition; the
  subject is what the attribute is asked of (``keyterms._ATTRIBUTE_OF``), and a setting
  word before a phrase a top hit says ("[ros] robot model descriptions", URDF's text) is
  no part of it (``field_terms._qualifier_dropped``);
- "physio told me to do smr on my tight calves every night, what is that": a story asked
  back about, where the grammar found only a description, refers back to the best entry's
  name said in it (SMR, an alias of Foam Rolling).
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.coverage.keyterms import extract_key_terms


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        (
            "what file format are ros robot model descriptions written in",
            "ros robot model descriptions",
        ),
        ("what unit is color temperature measured in", "color temperature"),
        ("what ieee standard is wi-fi based on", "wi fi"),
    ],
)
def test_the_subject_of_an_asked_attribute(question: str, subject: str) -> None:
    terms = extract_key_terms(question)
    assert [t.text for t in terms if t.subject] == [subject]


def test_a_plain_be_question_has_no_attribute_subject() -> None:
    # no participle and stranded preposition: "time" is asked of the siciliano as before
    assert not any(t.subject for t in extract_key_terms("what time is a siciliano in"))


def test_an_attribute_asked_of_a_described_subject_is_answered(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("robo-glossary", tmp_path_factory)
    answer = assistant.ask("what file format are ros robot model descriptions written in")
    assert answer.covered
    assert answer.citations[0] == "robo-glossary#urdf-unified-robot-description-format"
    assert "XML format" in answer.text


def test_a_story_asked_back_refers_to_the_best_entry_it_names(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("fitness-glossary", tmp_path_factory)
    answer = assistant.ask("physio told me to do smr on my tight calves every night, what is that")
    assert answer.covered
    assert answer.citations == ("fitness-glossary#foam-rolling--smr-self-myofascial-release",)


def test_a_story_asked_back_naming_no_entry_stays_refused(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # a negative of the same shape: the statement names nothing the best entry is called
    assistant = shared_assistant("photo-glossary", tmp_path_factory)
    answer = assistant.ask(
        "weird rainbow wavy patterns appeared on my friends striped shirt in the photo, "
        "what is that"
    )
    assert not answer.covered
