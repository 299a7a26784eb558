"""Round 40 lane S: three small known faults of the answer's entry choice.

- the hub filter keeps a lower hit the question names ("what happens to a work schedule
  after the cycle length is reached": Work schedule, a hub beside Cycle length);
- a two-part question's second part names an entry by an inflected title ("why shouldnt
  i rush it": Rushing, fourth among the hits);
- a description rescued as asking what something is called answers from the entry whose
  sentence the rescue found (Blanket implementation, not Fundamental traits).
"""

from __future__ import annotations

import pytest
from shared_index import CORPORA, shared_assistant


@pytest.mark.parametrize(
    ("corpus", "question", "cited", "fact"),
    [
        (
            "queueing-glossary",
            "what happens to a work schedule after the cycle length is reached",
            "ciw-glossary#work-schedule",
            "the schedule begins again",
        ),
        (
            "rowing-glossary",
            "what is the recovery part of the stroke and why shouldnt i rush it",
            "rowing-glossary#rushing",
            "disrupting boat balance",
        ),
        (
            "rust-glossary",
            "my coworker wrote impl<T> MyTrait for T in our shared library and now everyone"
            " says we can never add another impl of that trait without conflicts. what is"
            " that kind of impl called",
            "rust-glossary#blanket-implementation",
            "Blanket implementation",
        ),
    ],
)
def test_the_named_or_vouched_entry_answers(
    corpus: str, question: str, cited: str, fact: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    answer = shared_assistant(CORPORA / corpus, tmp_path_factory).ask(question)
    assert answer.covered
    assert cited in answer.citations
    assert fact.lower() in answer.text.lower()
