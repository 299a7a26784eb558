"""Round 48 lane X: negatives answered from an entry sharing a word or characters.

* A question that is only a name of two or more words the glossary lacks, answered
  because one entry stands out, is refused when that entry does not say the name's head
  word: it shares a modifier, not the thing named (judgement_terms.headless_bare_name).
"""

from __future__ import annotations

import pytest
from shared_index import shared_assistant, shared_index

from rag_glossary.judgement_terms import headless_bare_name
from rag_glossary.retrieval import Retriever


def _headless(corpus: str, question: str, factory: pytest.TempPathFactory) -> bool:
    retriever = Retriever.load(shared_index(corpus, factory))
    hits = tuple(retriever.search(question, k=5))
    term = retriever.coverage.check(question, [h.id for h in hits])
    return headless_bare_name(question, term, hits, retriever.coverage.language)


@pytest.mark.parametrize(
    ("corpus", "question", "expected"),
    [
        # DR stood out for "armor class"; it says neither word
        ("rpg-glossary", "what is armor class", True),
        # Binärt stood out for "binärt sökträd" (binary search tree): no "sökträd"
        ("csharp-glossary", "binärt sökträd", True),
        # a setting follows the name: no bare name (Abyssinia answers)
        ("cabinet-glossary", "old name for ethiopia", False),
    ],
)
def test_headless_bare_name(
    corpus: str, question: str, expected: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert _headless(corpus, question, tmp_path_factory) is expected
    covered = shared_assistant(corpus, tmp_path_factory).ask(question).covered
    assert covered is not expected
