"""Round 57 lane FW: in a glossary in another language than English, BM25's clear first
entry gains a first place in fusion (fusion.lexical_lead, ``foreign_lead``).

The dense model is English MiniLM: it reads a Norwegian description poorly and puts a
broad entry (or the glossary's own "how to use" section) first, while BM25 over the
glossary's own words has the described entry first by a clear margin
(FOREIGN_LEAD_MARGIN, .40 of its score over the next entry's).
An English glossary is not touched (its lexical index has no language).
"""

from __future__ import annotations

import pytest
from shared_index import shared_index

from rag_glossary import Retriever
from rag_glossary.fusion import FOREIGN_LEAD_MARGIN, lexical_lead
from rag_glossary.query_signals import question_signals
from rag_glossary.retrieval_config import RetrieverConfig


@pytest.fixture(scope="module")
def batteri(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index("batteri-glossary", tmp_path_factory))


def test_the_lead_is_bm25s_first_by_the_margin() -> None:
    assert lexical_lead({3: 10.0, 5: 5.5, 9: 1.0}) == 3  # leads by .45
    assert lexical_lead({3: 10.0, 5: 6.7}) is None  # by .33: no lead (grafy 018's .32)
    assert lexical_lead({4: 2.0}) == 4  # alone
    assert lexical_lead({}) is None
    assert FOREIGN_LEAD_MARGIN == 0.40


def test_the_lead_gains_a_first_place_only_in_another_language(batteri: Retriever) -> None:
    question = "hvordan gjore en stor engangsinvestering om til en fast kostnad hvert år"
    s = question_signals(batteri, batteri.mended(question), batteri.config)
    assert s.foreign  # a Norwegian glossary (nb)
    lead = lexical_lead(s.bm25)
    assert lead is not None and batteri.entries[lead].id == "batteri-glossary#annuitet"


@pytest.mark.parametrize(
    ("question", "relevant", "covered"),
    [
        # the dense first was the glossary's "Hvordan bruke ordlisten" section: refused
        (
            "hvordan gjore en stor engangsinvestering om til en fast kostnad hvert år",
            "batteri-glossary#annuitet",
            True,
        ),
        # the dense first was Hydrogen / ammoniakk; PCS now first (still refused: no
        # sentence stands out as saying what is described)
        (
            "boksen som gjør om likestrøm fra batteriene til vekselstrøm til nettet",
            "batteri-glossary#pcs",
            False,
        ),
    ],
)
def test_bm25s_clear_first_comes_first_in_a_norwegian_glossary(
    batteri: Retriever, question: str, relevant: str, covered: bool
) -> None:
    result = batteri.retrieve(question, k=5)
    assert result.hits[0].id == relevant
    assert result.covered is covered
    before = batteri.with_config(RetrieverConfig(foreign_lead=0.0)).retrieve(question, k=5)
    assert before.hits[0].id != relevant and not before.covered


def test_an_english_glossary_has_no_lead(tmp_path_factory: pytest.TempPathFactory) -> None:
    helpdesk = Retriever.load(shared_index("helpdesk-glossary", tmp_path_factory))
    s = question_signals(helpdesk, "what is a ticket", helpdesk.config)
    assert helpdesk.lexical.language is None and not s.foreign
