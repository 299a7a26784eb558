"""Round 60 lane TP: a two-part question's second part answered by a list its lead-in labels.

A question that asks what causes a thing ("what is sea level rise and what are the main
things causing it globally", "where do the alerts it handles come from") is answered by the list
whose lead-in or label names causes ("Globally averaged, there are three key
contributors:"), as "whats the catch" is by the list under "Challenges:"
(answer/cues.py ``ASKS_CAUSES`` / ``CAUSES`` in ``asked_label``): climate-glossary-022
quoted the entry's third sentence and left the list out.
"""

from __future__ import annotations

from answer_helpers import outside_corpus, ranked_hits

from rag_glossary.answer.cues import CAUSES, asked_label
from rag_glossary.answer.extractive import extractive_answer
from rag_glossary.answer.question import analyze
from rag_glossary.answer_metrics import dirty_reasons


def test_a_question_asking_causes_asks_the_part_labelled_causes() -> None:
    for text in (
        "what is sea level rise and what are the main things causing it globally",
        "what causes a broadcast storm",
        "what is alertmanager and where do the alerts it handles come from",
    ):
        assert asked_label(analyze(text)) is CAUSES, text
    for text in (
        "where does the name monte carlo come from",  # the name's origin: NAMING
        "what is sea level rise",
        "how does a hot spot make a chain of islands",
    ):
        assert asked_label(analyze(text)) is not CAUSES, text
    assert CAUSES.search("Globally averaged, there are three key contributors:")
    assert CAUSES.search("Model risk can stem from various causes")
    assert not CAUSES.search("At any particular coastal location, several additional factors")


def test_the_contributors_list_answers_what_causes_sea_level_rise() -> None:
    entries, idf = outside_corpus("climate-glossary")
    hits = ranked_hits(entries, "climate-glossary#sea-level-rise")
    question = "what is sea level rise and what are the main things causing it globally"
    text, cited = extractive_answer(hits, question, idf)
    assert "The increase in the height of the ocean surface" in text, text
    assert "three key contributors" in text, text
    assert "Changes in land water storage" in text, text
    assert "Atmospheric pressure loading" not in text, text  # the local factors' list
    assert list(cited) == ["climate-glossary#sea-level-rise"]
    assert not dirty_reasons(text), text
