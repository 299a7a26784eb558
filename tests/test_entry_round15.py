"""Round 15, which entry answers: an entry the question asks about by name keeps the
answer from a lower entry that merely mentions that name; a question asking for the
kinds of something goes to a close entry that enumerates them (real entries, real idf)."""

from __future__ import annotations

from answer_helpers import outside_answer

from rag_glossary.answer.entry_choice import asks_about_subject


def test_named_first_entry_is_not_displaced_by_one_mentioning_its_name() -> None:
    # queue's text "The part of the node in which customers wait" shares more words
    text, cited = outside_answer(
        "queueing-glossary",
        "what two parts does a node consist of",
        "ciw-glossary#node",
        "ciw-glossary#queue",
        "ciw-glossary#service-centre",
    )
    assert cited == ("ciw-glossary#node",)
    assert "service centre of servers" in text
    # the mirror: node's text says "a queue of waiting customers"
    text, cited = outside_answer(
        "queueing-glossary",
        "in what order do waiting customers get served in the queue",
        "ciw-glossary#queue",
        "ciw-glossary#node",
        "ciw-glossary#service",
    )
    assert cited == ("ciw-glossary#queue",)
    assert "first-in-first-out" in text


def test_a_description_naming_the_first_entry_in_passing_does_not_keep_it() -> None:
    # causal-019: the question describes a test; "running variable" is only context
    _, cited = outside_answer(
        "causal-glossary",
        "which diagnostic test checks whether units manipulated the running variable "
        "around the threshold",
        "glossary#running-variable",
        "glossary#manipulation",
    )
    assert cited == ("glossary#manipulation",)


def test_asks_about_subject_tells_questions_from_descriptions() -> None:
    assert asks_about_subject("what two parts does a node consist of")
    assert asks_about_subject("does a queue hold customers")
    assert not asks_about_subject("colored outlines showing up around high contrast edges")
    assert not asks_about_subject("which diagnostic test checks whether units manipulated it")
    assert not asks_about_subject("they sit there tying up the server. what is that called")


def test_a_question_for_kinds_goes_to_the_entry_that_lists_them() -> None:
    _, cited = outside_answer(
        "beam-glossary",
        "what 3 kinds of metrics does beam have",
        "beam-glossary#distribution-metric",
        "beam-glossary#counter-metric",
        "beam-glossary#metrics",
        "beam-glossary#gauge-metric",
    )
    assert cited == ("beam-glossary#metrics",)
