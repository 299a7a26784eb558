"""Round 42 lane F: a question asking for a name, refused because its answering entry never
says the kind of thing it names (judgement_head.py), is overturned by the called rescue when
the entry holds the glossary's closest sentence (judgement_called.py), with the real model."""

from __future__ import annotations

import pytest
from shared_index import shared_index

from rag_glossary import Retriever
from rag_glossary.judgement_called import CALLED_REASON, FirstUnit, called_rescues
from rag_glossary.judgement_reasons import HEAD_OTHER_REASON


def test_the_head_noun_refusal_of_a_named_ask_may_be_overturned() -> None:
    close = FirstUnit(holds_closest=True, cosine=0.55, margin=0.2)
    question = "word for an operation that does the same thing however often you run it"
    assert called_rescues(question, HEAD_OTHER_REASON, lambda: close)
    # a description that asks for no name keeps the head-noun refusal
    assert not called_rescues("the operation that runs once", HEAD_OTHER_REASON, lambda: close)


@pytest.fixture(scope="module")
def bst(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("bst-glossary", tmp_path_factory))


def test_a_named_ask_in_the_user_s_kind_word_is_answered_from_its_entry(bst: Retriever) -> None:
    # bst-glossary-012: idempotent's text never says "operation", the asked kind
    result = bst.retrieve(
        "word for an operation that does the same thing no matter if you run it once or five "
        "times, like a header you can include twice"
    )
    assert result.covered
    assert result.reason == CALLED_REASON
    assert result.hits[0].id == "bst-glossary#idempotent"
