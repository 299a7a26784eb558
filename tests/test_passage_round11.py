"""Round 11, lane r11-passage (issue 10: the right entry, the wrong passage), each on a REAL
entry: a described question whose words one later unit of the entry clearly covers best is
answered by that unit beside the opening, not by the opening's growth alone; a unit that
shares only function words ("much", "more") with the question is no such answer."""

from __future__ import annotations

import pytest
from answer_helpers import answer_from as answer
from answer_helpers import corpus_by_id
from answer_helpers import outside_answer as outside

from rag_glossary.answer_metrics import fact_present
from rag_glossary.models import Entry


@pytest.fixture(scope="module")
def entries() -> dict[str, Entry]:
    return corpus_by_id()


def test_the_later_sentence_that_answers_joins_the_opening(entries: dict[str, Entry]) -> None:
    # h7-022: the Access to-do list was shown; "Next steps, can upscale ..." is the answer
    text, cited = answer(
        entries,
        "we built everything in ms access and the data keeps growing, whats the usual next step",
        "data-archive-m#microsoft-access",
        "data-archive-m#master-data-management",
    )
    assert cited == ("data-archive-m#microsoft-access",)
    assert fact_present("upscale to SQL server", text)


def test_a_described_setup_is_answered_by_the_sentence_naming_it() -> None:
    # fl-glossary 016: IoT's opening only; its "hierarchical federated learning" sentence answers
    text, _ = outside(
        "fl-glossary",
        "phones send their updates to a nearby gateway box which merges them first and then "
        "forwards one combined result up to the cloud server, whats that called",
        "iot#iot",
    )
    assert fact_present("hierarchical federated learning", text)


def test_function_words_alone_do_not_pick_a_sentence(entries: dict[str, Entry]) -> None:
    # q086: "Yet ... we don't care much ... more of a well-rounded model" shares only
    # "much"/"more"; the opening's own growth ("square it") stays
    text, _ = answer(
        entries,
        "loss that squares each error so big mistakes get punished much more",
        "ai-glossary-m-site#mean-square-error-mse-loss-function",
    )
    assert fact_present("square it", text)
    assert "well-rounded" not in text


def test_close_runners_up_keep_the_opening_growth(entries: dict[str, Entry]) -> None:
    # h040: three sentences score alike; no one of them displaces the opening's growth
    text, _ = answer(
        entries,
        "can one nvidia gpu be split into several isolated pieces so different jobs run "
        "side by side",
        "ai-glossary-m-site#multi-instance-gpu-mig",
    )
    assert "starves others" not in text
    assert fact_present("Seven independent instances", text)


def test_a_labelled_item_that_answers_joins_the_opening(entries: dict[str, Entry]) -> None:
    # h7-015: only the deployment definition; the "Gradio: ..." item is the library asked for
    text, _ = answer(
        entries,
        "python lib to quickly put a friendly little web page on top of my model so non "
        "coders can click around and try it",
        "data-archive-m#model-deployment",
    )
    assert fact_present("Gradio", text)
    assert fact_present("production environment", text)  # the opening stays


def test_a_note_titled_by_its_own_sentence_joins_the_opening(entries: dict[str, Entry]) -> None:
    # h7-036: only the Highlight was shown; the entry's title is its Note's cut first
    # sentence ("AI tools yes, not ChatGPT though. More contextualising …"), its point
    text, cited = answer(
        entries,
        "could chatgpt make sense of all my patients data, and is ai the long term answer "
        "there or more of a stopgap",
        "ml-annotations#2023-04-1",
    )
    assert cited == ("ml-annotations#2023-04-1",)
    assert fact_present("not ChatGPT though", text)
    assert fact_present("AI can thrive", text)  # the Highlight's opening stays
