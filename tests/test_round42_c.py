"""Round 42 lane C: the sentence right after an asked one, in its paragraph, joins the
answer when it says a question word no picked sentence says (and the answer stays within
MAX_ANSWER_WORDS): "what do the federated parties share instead" is answered by the
sentence after "... does not look like parameter averaging" ("participants may share
trees, split decisions, ...")."""

from __future__ import annotations

import pytest
from shared_index import CORPORA, shared_assistant

from rag_glossary.answer.next_said import next_says_more, unsaid_words
from rag_glossary.answer.segment import entry_units
from rag_glossary.parsing import load_corpus

QUESTION = (
    "if xgboost trees cant just be averaged like neural net weights, what do the federated "
    "parties share instead?"
)


def _pool() -> list:
    entry = next(
        e for e in load_corpus(CORPORA / "fl-glossary").entries if e.id == "xgboost#xgboost"
    )
    return [(u, [entry.id]) for u in entry_units(entry)]


def _idf(_: str) -> float:
    return 1.0


def test_next_sentence_saying_an_unsaid_word_joins() -> None:
    pool = _pool()
    asked = next(u for u, _ in pool if "parameter averaging" in u.text)
    picked = {pool[0][0].position: pool[0], asked.position: (asked, pool[0][1])}
    focus = frozenset({"share", "party", "instead"})
    assert "share" in unsaid_words(focus, picked, _idf)
    next_says_more(pool, picked, [asked], focus, _idf)
    assert any("may share trees" in u.text for u, _ in picked.values())
    # a next sentence that says no unsaid question word stays out
    picked = {asked.position: (asked, pool[0][1])}
    next_says_more(pool, picked, [asked], frozenset({"weights"}), _idf)
    assert list(picked) == [asked.position]


def test_federated_xgboost_answer_says_what_is_shared(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = shared_assistant(CORPORA / "fl-glossary", tmp_path_factory)
    answer = assistant.ask(QUESTION)
    assert "share trees, split decisions, or aggregated statistics" in answer.text
    assert answer.citations[0] == "xgboost#xgboost"
