"""Round 39 follow-up K: a chosen entry alone, every unit in the question's script, is the
answer's first citation without choosing its units (extractive._sole_entry); the check that
the cheap first entry is the full composer's is test_round39_k.py's, over its sets and these."""

from __future__ import annotations

import pytest
from helpers import ROOT
from shared_index import shared_index

from rag_glossary import Retriever
from rag_glossary.answer import extractive
from rag_glossary.answer.question import analyze
from rag_glossary.answer.scripts import speaks_only

CORPORA = ROOT / "eval" / "corpora"


def test_a_sole_entry_needs_no_units_chosen(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Shared memory, second in the fused order, answers the description alone: its units
    are never scored to know that the answer cites it first."""
    gpu = Retriever.load(shared_index("gpu-glossary", tmp_path_factory))
    chosen: list[str] = []
    real = extractive._answer_units

    def counted(*args: object, **kwargs: object) -> object:
        chosen.append("units")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(extractive, "_answer_units", counted)
    extractive._remember(None)
    question = "fast on chip memory that all the threads of one block can use together"
    result = gpu.retrieve(question, 5, answer_first=True)
    assert result.hits[0].id == "gpu-glossary#shared-memory"
    assert chosen == []


def test_a_unit_in_another_script_or_without_letters_keeps_the_units_chosen() -> None:
    assert speaks_only("what is a term", ["A term is a word.", "It names a thing."])
    assert not speaks_only("what is a term", ["A term is a word.", "تعريف المصطلح هنا"])
    assert not speaks_only("what is a term", ["A term is a word.", "42"])
    assert speaks_only("42?", ["A term is a word."])  # a question without letters


def test_an_ascii_acronym_keeps_the_case_the_question_writes() -> None:
    assert analyze("what does Mae stand for").acronym == "Mae"  # as written: a capital
    assert analyze("what is MAE").acronym == "MAE"
    assert analyze("what is M-RAG").acronym == "M-RAG"
    assert analyze("what is mcp").acronym == "MCP"
