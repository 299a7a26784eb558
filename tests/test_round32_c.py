"""Round 32 lane C: the answer composer on what round 31's readers found (real entries,
real model).

- a question asking one thing of a term, answered by the sentence right after the
  definition, stops the definition's growth at the first later sentence that says neither
  the term's name nor a question word (growth.up_to_asked: UAV without its UGV/AUV/USV
  sentences); a sentence naming the term goes on ("The depth of field increases with a
  narrower aperture"), and a question asking what to do keeps the remedy after it;
- a first hit closer in meaning by twice the margin keeps the answer from a lower hit that
  says just one more question word (meaning_choice.first_keeps: Nail Puller, not Wood
  Chisels);
- one file's two entries of one title whose texts share no word are two senses
  (answer/homonyms.py): a comparison takes the sense defined like its other side, and an
  answer showing both labels each;
- a why or how-good question whose entry gives no reason shows the record's short prose
  field ("Notes: Excellent strength (resists pulling apart)", fields.judged_field);
- a described question answered by an example list gets the definition first
  ("Study: A full medical exam ..." over "Example: ...");
- a sentence saying where the thing can be found ("They can be found at sparkfun ...",
  its link gone) is no statement of it (pieces.aside): Xbee's side of a comparison is its
  "ZigBee-compatible radio modems" alone.
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant

from rag_glossary.answer.fields import asks_judgement
from rag_glossary.answer.growth import _ASKS_ADVICE
from rag_glossary.answer.homonyms import apart
from rag_glossary.answer.pieces import aside
from rag_glossary.answer.question import analyze
from rag_glossary.answer.segment import Unit


def test_a_short_entry_stops_after_the_sentence_that_says_the_question(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("uav-glossary", tmp_path_factory)
    answer = assistant.ask("uas meaning, the military name for drones")
    assert answer.citations == ("uav-glossary#uav",)
    assert "Unmanned Aerial Systems (UAS)" in answer.text
    assert "part of a complex system" in answer.text
    assert "UGVs" not in answer.text and "USVs" not in answer.text
    # what the term is: the whole entry, as before
    whole = assistant.ask("what is a uav")
    assert "UGVs" in whole.text


def test_a_sentence_naming_the_term_still_grows_the_answer(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("cv-glossary", tmp_path_factory)
    answer = assistant.ask("how much of the scene near and far stays sharp in a photo")
    assert "acceptably sharp" in answer.text
    assert "narrower aperture" in answer.text


def test_a_question_asking_what_to_do_keeps_the_remedy() -> None:
    assert _ASKS_ADVICE.search("a lot of empty fields, should i just delete those rows?")
    assert _ASKS_ADVICE.search("how do i fix it")
    assert not _ASKS_ADVICE.search("uas meaning, the military name for drones")


def test_a_first_hit_far_closer_in_meaning_keeps_the_answer(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("carpentry-glossary", tmp_path_factory)
    answer = assistant.ask("tool for getting out nails that are stuck deep in the wood")
    assert answer.citations == ("carpentry-glossary#nail-puller",)
    assert "Remove embedded nails" in answer.text


def test_a_comparison_takes_the_sense_defined_like_its_other_side(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("carpentry-glossary", tmp_path_factory)
    answer = assistant.ask("level vs plumb")
    assert answer.citations == ("carpentry-glossary#level", "carpentry-glossary#plumb")
    assert answer.text.startswith("Level: Perfectly horizontal alignment.")
    assert "Ensure level and plumb surfaces" not in answer.text


def test_both_senses_shown_are_each_labelled(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("carpentry-glossary", tmp_path_factory)
    answer = assistant.ask("what is a level")
    assert "Level: Perfectly horizontal alignment." in answer.text
    assert "Level: Ensure level and plumb surfaces." in answer.text
    # one sense in two places (a bullet and a table row that share words) is no homonym
    hits = {h.id: h for h in assistant.retriever.search("butt joint", k=5)}
    bullet, row = hits["carpentry-glossary#butt-joint"], hits["carpentry-glossary#butt-joint-1"]
    assert not apart(bullet, row)
    senses = {h.id: h for h in assistant.retriever.search("level", k=5)}
    assert apart(senses["carpentry-glossary#level"], senses["carpentry-glossary#level-1"])


def test_a_why_question_shows_the_records_short_prose_field(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("carpentry-glossary", tmp_path_factory)
    answer = assistant.ask("what is a dovetail joint and why do people use it for drawers")
    assert answer.citations[0] == "carpentry-glossary#dovetail-joint"
    assert "Interlocking wedge shapes" in answer.text
    assert "Excellent strength (resists pulling apart)" in answer.text
    assert asks_judgement("content", "how strong is a box joint")
    assert not asks_judgement("content", "how many joints are there")
    assert not asks_judgement("define", "what is a box joint")


def test_a_described_question_gets_the_definition_before_the_example_list(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("dicom-glossary", tmp_path_factory)
    answer = assistant.ask(
        "the whole exam a patient had that day, e.g. a chest ct with several contrast phases"
    )
    assert answer.citations == ("dicom-glossary#study",)
    assert answer.text.startswith("Study: A full medical exam that can contain multiple series.")
    assert "Series 2: Arterial phase" in answer.text


def test_where_to_find_it_is_no_statement(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant("uav-glossary", tmp_path_factory)
    answer = assistant.ask("whats the difference between xbee and zigbee")
    assert answer.citations == ("uav-glossary#xbee", "uav-glossary#zigbee")
    assert "ZigBee-compatible radio modems" in answer.text
    assert "sparkfun" not in answer.text
    assert "wireless communications standard" in answer.text
    assert analyze("whats the difference between xbee and zigbee").sides == ("xbee", "zigbee")
    where = Unit("They can be found at sparkfun although you also need a board.", "sentence", 1, 0)
    assert aside(where)
    assert not aside(Unit("They can be found in most radio modems.", "sentence", 1, 0))
