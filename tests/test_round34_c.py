"""Round 34 lane C: the answer composer on what round 33's readers found (real entries,
real model).

- a line in another script than the question's (robo-glossary's "- اردو تعریف: ..." under
  each English definition) is an aside in a second language, not an answer unit: it is
  left out when an answer in the question's script remains, and kept when nothing else
  answers;
- a heading written as its row's label is the entry's name also when it is two short
  names joined by "or" ("Malocclusion or a bad bite relationship:" over "is a dental
  condition ..."), so the answer says the term; a longer lead-in ("TPOT automates the
  following:") and a name with a parenthesis stay as they were;
- in a comparison, a side's sentence that calls it by the other side's name ("Commission:
  ... Sometimes known as brokerage.") is what sets the two sides against each other;
- a second part asking why something is not the term is answered by the first hits' unit
  that negates a phrase of the first answer ("Animal food: Product intended for
  non-food-producing animals" against Feed's "fed to food-producing animals");
- answer/shapes.py is split: second_entry lives in answer/second_entries.py.
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.label_titles import label_name
from rag_glossary.answer.pieces import Statement
from rag_glossary.answer.scripts import in_question_script, script
from rag_glossary.models import Entry, Hit

URDU_ITEM = "اردو تعریف: پہیوں کے انکوڈرز یا سینسرز سے روبوٹ کی پوزیشن کا تخمینہ۔"


def _is_arabic_script(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)


def test_a_second_language_line_is_left_out(tmp_path_factory: pytest.TempPathFactory) -> None:
    assistant = shared_assistant("robo-glossary", tmp_path_factory)
    answer = assistant.ask("what is odometry")
    assert answer.citations == ("robo-glossary#odometry",)
    assert "Estimation of robot position from wheel encoders or sensors." in answer.text
    assert not _is_arabic_script(answer.text)
    # a two-part answer keeps its second entry, without the first one's translation
    answer = assistant.ask("what is a topic in ros 2 and how does a node put data on it")
    assert answer.citations == ("robo-glossary#topic", "robo-glossary#publisher")
    assert not _is_arabic_script(answer.text)


def test_scripts() -> None:
    assert script("what is odometry") == "LATIN"
    assert script(URDU_ITEM) == "ARABIC"
    assert script("2024 — 3.5") == ""
    assert script("ニューラルネットワークは機械学習") == "CJK"  # kana beside kanji: one writing
    english = Statement("Odometry: Estimation of robot position.", ("r#odometry",))
    urdu = Statement("", ("r#odometry",), items=(URDU_ITEM,))
    assert in_question_script("what is odometry", [english, urdu]) == [english]
    # nothing in the question's script: the lines stay, an answer is never emptied
    assert in_question_script("what is odometry", [urdu]) == [urdu]
    assert in_question_script("اوڈومیٹری کیا ہے", [english, urdu]) == [urdu]


def _hit(title: str, body: str) -> Hit:
    entry = Entry("g#x", "g", "x", title, (), body, (), None, "g.md", 1)
    return Hit("g#x", title, "g", None, "", 1.0, entry)


def test_two_names_joined_by_or_are_a_label() -> None:
    malocclusion = _hit("Malocclusion or a bad bite relationship:", "is a dental condition")
    assert label_name(malocclusion) == "Malocclusion or a bad bite relationship"
    assert label_name(_hit("Dry socket or alveolitis:", "is the inflammation")) is not None
    assert label_name(_hit("TPOT automates the following:", "feature selection")) is None
    assert label_name(_hit("Root Canal (or Root Canal Therapy):", "is the process")) is None
    assert label_name(_hit("Dry socket or alveolitis:", "Inflammation of ...")) is None


def test_a_label_of_two_names_names_the_answer(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("dental-glossary", tmp_path_factory)
    answer = assistant.ask(
        "my daughters teeth dont line up and a couple stick out when she closes her mouth, "
        "the dentist used a long word for it, what is the term for misaligned teeth"
    )
    assert answer.citations == ("dental-glossary#malocclusion-or-a-bad-bite-relationship",)
    assert answer.text.startswith("Malocclusion or a bad bite relationship is a dental condition")


def test_the_split_keeps_both_entry_points() -> None:
    from rag_glossary.answer import second_entries, shapes

    assert callable(second_entries.second_entry) and callable(shapes.comparison)
    assert not hasattr(shapes, "second_entry")


def test_a_side_known_by_the_other_sides_name(tmp_path_factory: pytest.TempPathFactory) -> None:
    assistant = shared_assistant("insurance-glossary", tmp_path_factory)
    answer = assistant.ask("is brokerage the same thing as the brokers commission")
    assert "insurance-glossary#commission" in answer.citations
    assert "Sometimes known as brokerage." in answer.text


def test_a_part_asking_why_not_takes_the_negated_phrase(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("foodsafety-glossary", tmp_path_factory)
    answer = assistant.ask("what is feed and why is pet food not counted as feed")
    assert answer.citations == ("foodsafety-glossary#feed", "foodsafety-glossary#animal-food")
    assert "non-food-producing animals" in answer.text
    # the first answer alone when no part asks why not
    answer = assistant.ask("what is feed")
    assert answer.citations == ("foodsafety-glossary#feed",)
