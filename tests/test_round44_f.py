"""Round 44 lane F: a verb after an everyday subject many entries say is no part of a name.

"how does my pet turn into a bigger stronger form" extracted "pet turn": after "does" the
subject is followed by its verb, and the verb is dropped only when the subject is a name
(``term_check``: "does tfx play well"). "pet", an everyday word the text of eight tavern
entries says, was generic, so "pet turn" was refused as a missing name. The subject is now
the term, generic, and the question is judged as described (Evolution answers it); a
subject no everyday word ("tooltalk", which many cde entries say) keeps the old reading.
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant, shared_index

from rag_glossary import Retriever


def _check(corpus: str, question: str, tmp_path_factory: pytest.TempPathFactory) -> tuple:
    term = Retriever.load(shared_index(corpus, tmp_path_factory)).coverage.check(question)
    return term.key_term, term.found, term.generic


def test_an_everyday_subject_before_its_verb_is_the_term(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    q = "how does my pet turn into a bigger stronger form"
    assert _check("tavern-glossary", q, tmp_path_factory) == ("pet", True, True)


def test_a_subject_no_everyday_word_keeps_its_verb(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    q = "how does tooltalk check that a process sending a message is really allowed to talk"
    assert _check("cde-glossary", q, tmp_path_factory) == ("tooltalk check", False, False)


def test_the_described_change_is_answered_by_its_entry(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    q = "how does my pet turn into a bigger stronger form"
    answer = shared_assistant("tavern-glossary", tmp_path_factory).ask(q)
    assert answer.covered
    assert answer.citations[0] == "tavern-glossary#evolution"
