"""Round 39 lane K: answer_first decides the answer's first entry without composing the
whole answer (extractive.first_cited): the chosen entry's own statements settle which id
the answer cites first, as the second entry and the code come after them. Pinned against
the full composer on every covered question of two real question sets, and on the two
round 38 questions whose answer's entry is not the fused first."""

from __future__ import annotations

import pytest
from helpers import ROOT
from shared_index import shared_index

from rag_glossary import Retriever, load_questions
from rag_glossary.answer import extractive
from rag_glossary.answer.context import idf_of
from rag_glossary.answer.pieces import Statement
from rag_glossary.answer.scripts import in_question_script, settled_script
from rag_glossary.answer_first import ANSWER_K

CORPORA = ROOT / "eval" / "corpora"


@pytest.mark.parametrize(
    "name",
    ["gpu-glossary", "volcano-glossary", "banking-glossary", "astro-glossary", "cooking-glossary"],
)
def test_the_cheap_first_entry_is_the_full_composers(
    name: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    retriever = Retriever.load(shared_index(name, tmp_path_factory))
    idf = idf_of(retriever.lexical)
    checked = 0
    for q in load_questions(CORPORA / name / "questions.jsonl"):
        result = retriever.retrieve(q.question, 5, answer_first=False)
        if not result.covered:
            continue
        args = (
            result.hits[:ANSWER_K],
            result.query,
            idf,
            result.unit_similarity,
            result.key_term is None,
            result.key_entries,
        )
        extractive._remember(None)  # no kept composition: the cheap path itself
        cheap = extractive.first_cited(*args)
        extractive._remember(None)
        text, cited = extractive.extractive_answer(*args)
        assert cheap == (cited[0] if text.strip() and cited else None), q.question
        checked += 1
    assert checked >= 20


def test_the_cheap_path_skips_the_second_entry_and_a_sole_entrys_units(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Shared memory, second in the fused order, answers the description alone: decided from
    its own statements, the second entry is never looked for (lane K), and its units are
    never scored to know that the answer cites it first (follow-up FK, _sole_entry)."""
    gpu = Retriever.load(shared_index("gpu-glossary", tmp_path_factory))
    called: list[str] = []
    for name in ("second_entry", "_answer_units"):
        real = getattr(extractive, name)

        def counted(*args: object, _name: str = name, _real: object = real, **kw: object) -> object:
            called.append(_name)
            return _real(*args, **kw)  # type: ignore[operator]

        monkeypatch.setattr(extractive, name, counted)
    extractive._remember(None)
    question = "fast on chip memory that all the threads of one block can use together"
    result = gpu.retrieve(question, 5, answer_first=True)
    assert result.hits[0].id == "gpu-glossary#shared-memory"
    assert "second_entry" not in called
    assert "_answer_units" not in called


def test_a_later_statement_in_the_questions_script_leaves_the_choice_open() -> None:
    """An answer that so far says only lines in another script: what follows may be kept
    in their place, so those lines settle nothing."""
    arabic = [Statement("تعريف المصطلح هنا", ("g#a",))]
    assert not settled_script("what is a term", arabic)
    english = [*arabic, Statement("A term is a word.", ("g#b",))]
    assert settled_script("what is a term", english)
    assert [s.ids for s in in_question_script("what is a term", english)] == [("g#b",)]
    assert settled_script("", arabic)  # a question without letters keeps every line
