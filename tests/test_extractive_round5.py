"""The composer's fifth round of rules (issue 10, after the grading of holdout3 and of the
MLOps and recommender glossaries), each on a REAL entry: an answer never says the opposite
of its entry, never loses the name an item is labelled with, and never points at what is gone."""

from __future__ import annotations

import pytest
from answer_helpers import clean_answer, corpus_by_id, ranked_hits

from rag_glossary.answer_metrics import fact_present
from rag_glossary.models import Entry


@pytest.fixture(scope="module")
def entries() -> dict[str, Entry]:
    return corpus_by_id()


def answer(entries: dict[str, Entry], question: str, *ids: str) -> tuple[str, tuple[str, ...]]:
    return clean_answer(ranked_hits(entries, *ids), question)


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
