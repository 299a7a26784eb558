"""Round 31 follow-up lane FC: the blind readers' findings on the answer text (real entries).

- "Controls brightness." (dicom Window Center): a verb and its object are a sentence of
  the entry's own text, kept; a bare word pair ("Newness factor.") stays a fragment;
- "lipo" is no mention of the term inside "lipoly" (names.mentions matches whole words):
  LiPo's answer opening "Lithium Polymer battery, aka LiPoly." is labelled "LiPo:";
- "Official site is here." (uav Arduino; its "here" was the removed link) points only;
- "syntax" in "what is a transfer syntax" is a word of the asked term, no ask for code;
- a table row's field whose value says what the question asks ("which joint is the
  weakest ... nails or screws") is shown: "Notes: Weakest (...)".
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.cleaning import clean_unit
from rag_glossary.answer.names import mentions


def test_a_verb_and_its_object_are_a_sentence() -> None:
    assert clean_unit("Controls brightness.", short=True) == "Controls brightness."
    assert clean_unit("Causes stuttering.") == "Causes stuttering."
    # a word pair with no verb, or a plural noun and an adverb, is a fragment
    assert clean_unit("Newness factor.") is None
    assert clean_unit("Continuous testing.") is None
    assert clean_unit("Translations only.") is None
    assert clean_unit("Learn more.") is None


def test_a_sentence_that_only_says_where_a_link_was_is_no_text() -> None:
    assert clean_unit("Official site is here.") is None
    assert clean_unit("It is documented in detail here.") is None
    assert clean_unit("Read more here.") is None
    # a fact about the place the text speaks of stays
    assert clean_unit("No AI/ML needed here.") == "No AI/ML needed here."
    assert clean_unit("Your understanding of probability theory will be crucial here.")


def test_a_mention_is_a_whole_word() -> None:
    assert not mentions("Lithium Polymer battery, aka LiPoly.", "LiPo")
    assert mentions("A LiPo battery pack.", "LiPo")
    assert mentions("Two LiPos in series.", "LiPo")  # its plural still names it
    assert mentions("Boxes are joined ...", "Box")
    assert mentions("Poaching is a moist heat cooking method.", "poach")  # its verb forms
    assert mentions("Pulling a branch means to fetch it and merge it.", "pull")


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("window level", "Controls brightness."),
        ("window width vs window center", "Controls contrast."),
    ],
)
def test_window_center_and_width_keep_what_they_control(
    question: str, fact: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant("dicom-glossary", tmp_path_factory).ask(question)
    assert answer.covered
    assert fact in answer.text


def test_transfer_syntax_shows_no_unasked_code(tmp_path_factory: pytest.TempPathFactory) -> None:
    answer = shared_assistant("dicom-glossary", tmp_path_factory).ask(
        "what is a transfer syntax in dicom"
    )
    assert answer.citations[0] == "dicom-glossary#transfer-syntax"
    assert "Defines how DICOM data is encoded" in answer.text
    assert "```" not in answer.text


def test_lipo_is_labelled_and_arduino_points_nowhere(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("uav-glossary", tmp_path_factory)
    lipo = assistant.ask("lipoly battery")
    assert lipo.text.startswith("LiPo: Lithium Polymer battery")
    arduino = assistant.ask(
        "which atmel chip was the original open source embedded processor board based on"
    )
    assert "Atmega168" in arduino.text
    assert "here." not in arduino.text


def test_a_table_field_that_says_the_asked_fact_is_shown(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("carpentry-glossary", tmp_path_factory)
    answer = assistant.ask("which joint is the weakest and usually needs nails or screws to hold")
    assert answer.citations == ("carpentry-glossary#butt-joint-1",)
    assert "Notes: Weakest (often reinforced with nails or screws)." in answer.text
    # a question that names the entry only keeps its own text
    plain = assistant.ask("what is a butt joint in a table of joints")
    assert "Notes:" not in plain.text


def test_a_metadata_field_that_shares_the_questions_words_stays_out(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("aigov-glossary", tmp_path_factory)
    answer = assistant.ask(
        "a reseller that passes someone elses ai product on to customers in the eu"
    )
    assert answer.citations[0] == "aigov-glossary#distributor"
    assert "Group: EU AI Act" not in answer.text
