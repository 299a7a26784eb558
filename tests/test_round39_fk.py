"""Round 39 follow-up K: a chosen entry alone, every unit in the question's script, is the
answer's first citation without choosing its units (extractive._sole_entry); the check that
the cheap first entry is the full composer's, and that a sole entry's units are never
scored, are test_round39_k.py's."""

from __future__ import annotations

from rag_glossary.answer.question import analyze
from rag_glossary.answer.scripts import speaks_only


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
