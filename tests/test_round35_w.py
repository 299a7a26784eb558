"""Round 35 lane W: a partial name match yields when dense and BM25 agree on another entry.

"sales tax nexus" (tax-glossary) contains the title "Sales tax", whose partial name
match (it covers part of the question's term) was worth more than a first place in
RRF; Nexus Status, first in both dense and BM25, ranked second. When dense and BM25
agree on one first entry that no name matches, the other entries' partial name matches
(anything short of an exact title or alias) add nothing (``agreed_first``).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from shared_index import shared_index

from rag_glossary import Retriever
from rag_glossary.fusion import Signals, outvoted_partial_names


@pytest.fixture(scope="module")
def tax(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("tax-glossary", tmp_path_factory))


def _signals(term: dict[int, float], named: bool = True) -> Signals:
    dense = {0: 0.78, 1: 0.58, 2: 0.40}
    return Signals(dense, {}, {0: 6.0, 1: 4.0}, term, dense, named, contained=frozenset(term))


def test_partial_names_yield_to_the_entry_dense_and_bm25_agree_on() -> None:
    assert outvoted_partial_names(_signals({1: 0.74}), set()) == {}
    # an exact title or alias stays
    assert outvoted_partial_names(_signals({1: 1.0, 2: 0.8}), set()) == {1: 1.0}
    # the agreed entry named itself, a stub, or a described question: unchanged
    assert outvoted_partial_names(_signals({0: 0.8, 1: 0.74}), set()) == {0: 0.8, 1: 0.74}
    assert outvoted_partial_names(_signals({1: 0.74}), {0}) == {1: 0.74}
    assert outvoted_partial_names(_signals({1: 0.74}, named=False), set()) == {1: 0.74}
    # a misspelt whole name ("safty stock": no name standing in the question) stays
    misspelt = replace(_signals({1: 0.86}), contained=frozenset())
    assert outvoted_partial_names(misspelt, set()) == {1: 0.86}


def test_dense_and_bm25_agreeing_beat_a_title_inside_the_question(tax: Retriever) -> None:
    question = "sales tax nexus"
    assert tax.search(question, 1)[0].title == "Nexus Status"
    assert tax.search(question, 1, agreed_first=False)[0].title == "Sales tax"
