"""Comparisons written without "vs" (round 35 follow-up): two names joined by "and",
then a question asked of each of them, answer from both entries."""

from __future__ import annotations

from answer_helpers import outside_answer as outside

from rag_glossary.answer.question import analyze


def test_names_then_a_question_of_each_is_a_comparison() -> None:
    q = analyze("anthony barber and anthony crosland - which jobs did each hold")
    assert q.shape == "compare" and q.sides == ("anthony barber", "anthony crosland")
    assert analyze("which models do meta and microsoft both make").sides == ("meta", "microsoft")
    for text in (
        "both anthony barber and anthony crosland - which jobs did they hold",
        "anthony barber and anthony crosland: how are they different",
        "anthony barber and anthony crosland, what do they have in common",
    ):
        assert analyze(text).sides == ("anthony barber", "anthony crosland"), text


def test_a_clause_or_each_other_is_no_comparison() -> None:
    # astro 010, mapserver 009: "and" inside a clause, "both" after a long clause
    for text in (
        "when the earth and sun go round each other, what's the name of the point between "
        "them that they both actually circle?",
        "which library do people use to reproject map data from one coordinate system to "
        "another, the one gdal and mapserver both depend on",
        "in a study of people with and without a disease, how do you compare the odds that "
        "the sick group was exposed with the odds for the healthy group as one number",
    ):
        assert analyze(text).shape != "compare"


def test_each_named_side_is_answered_and_cited() -> None:
    # cabinet 021: Crosland alone answered, Barber (hit #2) dropped
    text, cited = outside(
        "cabinet-glossary",
        "anthony barber and anthony crosland - which jobs did each hold",
        "cabinet-glossary#anthony_crosland",
        "cabinet-glossary#anthony_barber",
        "cabinet-glossary#anthony_eden",
    )
    assert set(cited) == {"cabinet-glossary#anthony_barber", "cabinet-glossary#anthony_crosland"}
    assert "Chancellor of the Exchequer" in text
