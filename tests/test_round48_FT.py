"""Round 48 FT: a title the key-term lookup finds by its near spelling, when a word of the
question's term is none of the glossary's words, ranks as its exact title would."""

from __future__ import annotations

import pytest
from shared_index import shared_retriever


@pytest.mark.parametrize(
    ("corpus", "question", "entry"),
    [
        # misspelt: "safty stok" is Safety Stock (was third, after the warehouse entries)
        ("supplychain-glossary", "whats safty stok for a warehouse", "safety-stock"),
        # real words near a title are not it: "highest frequency" is not HF (MUF stays first)
        (
            "radio-glossary",
            "highest frequency that still gets bent back by the ionosphere between two places",
            "muf",
        ),
    ],
)
def test_near_spelt_title_ranks_first(
    corpus: str, question: str, entry: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    retriever = shared_retriever(corpus, tmp_path_factory)
    assert retriever.coverage.check(question).how == "fuzzy-title"
    assert retriever.search(question, k=3)[0].id == f"{corpus}#{entry}"
