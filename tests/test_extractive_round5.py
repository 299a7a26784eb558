"""The composer's fifth round of rules (issue 10, after the grading of holdout3 and of the
MLOps and recommender glossaries), each on a REAL entry: an answer never says the opposite
of its entry, never loses the name an item is labelled with, and never points at what is gone."""

from __future__ import annotations

import pytest
from answer_helpers import answer_from as answer
from answer_helpers import corpus_by_id
from answer_helpers import outside_answer as outside

from rag_glossary.answer_metrics import dirty_reasons, fact_present
from rag_glossary.models import Entry


@pytest.fixture(scope="module")
def entries() -> dict[str, Entry]:
    return corpus_by_id()


def test_a_short_reply_stays_with_its_question(entries: dict[str, Entry]) -> None:
    # "Transpose matrix: For square matrices only? No." once lost its "? No."
    text, _ = answer(entries, "what is a matrix", "ai-glossary-m#matrix")
    assert "For square matrices only." not in text
    if "square matrices only" in text:
        assert "square matrices only? No." in text


def test_an_items_own_label_is_kept(entries: dict[str, Entry]) -> None:
    text, cited = answer(entries, "pydantic vs pyright", "data-archive-m#maintainable-code")
    assert cited == ("data-archive-m#maintainable-code",)
    assert fact_present("Pydantic", text) and fact_present("Pyright", text)


def test_a_statement_ending_in_a_question_mark_is_a_definition(entries: dict[str, Entry]) -> None:
    text, _ = answer(entries, "what is the magi model", "ai-glossary-m#magi-model")
    assert "no definition" not in text
    assert fact_present("search engine based on an AI model built by Google", text)


# ---------------------------------------------------------------- the list the answer is in


def test_the_list_a_sentence_points_at_comes_with_it(entries: dict[str, Entry]) -> None:
    # "These questions are important ..." alone left out the questions themselves
    question = "what questions should i answer about my data before designing an ml model"
    text, _ = answer(entries, question, "ml-annotations#2020-12-12")
    assert fact_present("How large is your data", text)


def test_the_list_the_question_names_comes_with_the_definition(entries: dict[str, Entry]) -> None:
    question = "which frameworks can i use to build multi-agent systems"
    text, _ = answer(entries, question, "ai-glossary-m-site#multi-agent")
    assert fact_present("MetaGPT", text) and fact_present("Autogen", text)


def test_listed_questions_do_not_replace_the_list_asked_for(entries: dict[str, Entry]) -> None:
    question = "what should i compare tools on before choosing an ml framework"
    text, _ = answer(entries, question, "ml-annotations#2020-12-11")
    assert fact_present("Efficiency", text) and "best tool for the task" not in text


# ---------------------------------------------------------------- what points at nothing


def test_a_see_pointer_whose_link_is_gone_is_dropped() -> None:
    text, _ = outside(
        "recsys-glossary",
        "what is collaborative filtering",
        "GLOSSARY#collaborative-filtering-algorithms-cf",
    )
    assert fact_present("based on the behavior of other users", text)
    assert "Recommenders repository" not in text


def test_citation_numbers_leave_no_residue() -> None:
    text, _ = outside("recsys-glossary", "what are long tail items", "GLOSSARY#long-tail-items")
    assert "1,2" not in text and fact_present("a large number of interactions", text)


def test_a_stray_stop_inside_a_phrase_does_not_end_the_sentence() -> None:
    text, _ = outside(
        "mlops-glossary", "what is feature engineering", "glossary#feature-engineering"
    )
    assert "performance of machine learning models" in text


# ---------------------------------------------------------------- no unrelated neighbour


def test_the_definition_does_not_grow_into_a_later_section(entries: dict[str, Entry]) -> None:
    text, _ = answer(entries, "what is model deployment", "data-archive-m#model-deployment")
    assert fact_present("from a development environment to a production environment", text)
    assert "AWS" not in text


def test_an_annotation_answers_without_its_unrelated_first_sentence(
    entries: dict[str, Entry],
) -> None:
    text, _ = answer(
        entries, "how often is merlin's data pipeline refreshed", "ml-annotations#2020-03-45"
    )
    assert fact_present("refreshed weekly", text) and "back-propagated" not in text


# ---------------------------------------------------------------- both parts


def test_what_x_is_comes_from_another_entry_when_the_answer_does_not_name_it(
    entries: dict[str, Entry],
) -> None:
    question = "what is merlin video and what is it powered by"
    text, cited = answer(
        entries, question, "ml-annotations#2020-03-38", "ml-annotations#2020-03-35"
    )
    assert fact_present("Cloud Machine Learning Engine", text)
    assert fact_present("computer vision tool", text)
    assert cited == ("ml-annotations#2020-03-38", "ml-annotations#2020-03-35")


def test_the_detector_reads_a_reply_and_a_listed_question_as_clean() -> None:
    assert not dirty_reasons("Transpose matrix: For square matrices only? No. Row becomes columns.")
    assert not dirty_reasons("Critical questions:[1]\n- How large is your data?")
    assert dirty_reasons("Why do we need it? It helps.")
