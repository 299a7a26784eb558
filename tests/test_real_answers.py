"""Extractive answers behind the real retriever and model on the shipped corpus (slow).

Floors a little under what `rag-glossary eval` measures on eval/questions.jsonl (the
README's answer table), so a composer change that makes answers worse fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ROOT

from rag_glossary.answer import Assistant
from rag_glossary.answer_metrics import dirty_reasons, evaluate_answers
from rag_glossary.evaluation import load_questions
from rag_glossary.retrieval import Retriever

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def assistant(real_index: Path) -> Assistant:
    return Assistant(Retriever.load(real_index), use_llm=False)


def test_answer_metrics_hold_their_floors(assistant: Assistant) -> None:
    questions = load_questions(ROOT / "eval" / "questions.jsonl")
    overall = evaluate_answers(assistant.retriever, questions)["all"]
    assert overall["citation_precision"] >= 0.92
    assert overall["answer_hit"] >= 0.93
    assert overall["key_fact_recall"] >= 0.83
    assert overall["dirty"] == 0.0
    assert overall["median_words"] < 70


def test_acronym_question_end_to_end(assistant: Assistant) -> None:
    answer = assistant.ask("what is MLM")
    assert answer.text.startswith("Masked Language Modeling (MLM):")
    assert "(e.g. BERT) to fill in the blank" in answer.text
    assert set(answer.citations) == {
        "ai-glossary-m-site#masked-language-modeling-mlm",
        "ai-glossary-m#masked-language-modeling",
    }
    assert not dirty_reasons(answer.text)


def test_stub_end_to_end_names_no_other_entry_as_the_answer(assistant: Assistant) -> None:
    answer = assistant.ask("what is magenta")
    assert answer.citations == ("music-ml-chapter#magenta",)
    assert "has no definition" in answer.text.split("\n")[0]
