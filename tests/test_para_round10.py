"""Round 10, which entry answers: a lower hit that is much more of a hub than the first (a
broad entry near everything in its glossary: "Federated Learning", "FedAvg") does not take
the answer from the specific first hit on shared words; a line that starts like an
assignment but goes on in sentences is prose, not code.

Real outside-glossary entries; the end-to-end case uses the real model (slow)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from answer_helpers import outside_corpus, ranked_hits
from helpers import ROOT
from shared_index import shared_index

from rag_glossary import Assistant
from rag_glossary.answer import extractive_answer
from rag_glossary.answer.entry_choice import HUB_LEAD
from rag_glossary.answer.segment import units
from rag_glossary.models import Hit
from rag_glossary.retrieval import Retriever

CORPORA = ROOT / "eval" / "corpora"
# fl-glossary-2 024: FedAvg's text shares more of the question's words than Model update's
UPDATE_QUESTION = (
    "what exactly can a client send back to the server as its update, only the weights?"
)
MODEL_UPDATE = "model-update#model-update"
FEDAVG = "fedavg#federated-averaging-fedavg"


def _with(hits: list[Hit], dense: tuple[float, ...], hub: tuple[float, ...]) -> list[Hit]:
    return [
        replace(h, signals={**h.signals, "dense": d, "hub": z})
        for h, d, z in zip(hits, dense, hub, strict=True)
    ]


def _first_cited(hub: tuple[float, float]) -> str:
    entries, idf = outside_corpus("fl-glossary")
    # the model's similarities for this question: Model update 0.61, FedAvg 0.40
    hits = _with(ranked_hits(entries, MODEL_UPDATE, FEDAVG), (0.61, 0.40), hub)
    return extractive_answer(hits, UPDATE_QUESTION, idf)[1][0]


def test_a_much_broader_lower_hit_does_not_take_the_answer_on_shared_words() -> None:
    # the index's hubness (standard deviations): Model update -0.67, FedAvg +1.38
    assert _first_cited((-0.67, 1.38)) == MODEL_UPDATE


def test_a_lower_hit_about_as_broad_still_competes_on_shared_words() -> None:
    # the same entries, FedAvg no more of a hub than the first: its word overlap wins
    assert _first_cited((-0.67, -0.67 + HUB_LEAD - 0.1)) == FEDAVG


def test_hits_without_hubness_choose_as_before() -> None:
    entries, idf = outside_corpus("fl-glossary")
    hits = [
        replace(h, signals={"dense": d})
        for h, d in zip(ranked_hits(entries, MODEL_UPDATE, FEDAVG), (0.61, 0.40), strict=True)
    ]
    assert extractive_answer(hits, UPDATE_QUESTION, idf)[1][0] == FEDAVG


def test_an_assignment_that_goes_on_in_sentences_is_prose() -> None:
    entries, _ = outside_corpus("mlcheatsheet-glossary")
    texts = [u.text for u in units(entries["glossary#loss"].body)]
    assert "Unlike accuracy, loss is not a percentage." in texts  # before: no units at all


def test_a_code_line_is_still_code() -> None:
    body = "x = torch.zeros(3, 4)\n\nIt holds zeros."
    assert [u.text for u in units(body)] == ["It holds zeros."]


def test_the_loss_entry_answers_whether_loss_is_a_percentage() -> None:
    entries, idf = outside_corpus("mlcheatsheet-glossary")
    hits = ranked_hits(entries, "glossary#loss", "glossary#accuracy")
    text, cited = extractive_answer(hits, "is loss a percentage like accuracy is?", idf)
    assert cited[0] == "glossary#loss" and "not a percentage" in text


@pytest.fixture(scope="module")
def fl(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever.load(shared_index(CORPORA / "fl-glossary", tmp_path_factory))


@pytest.mark.slow
def test_the_specific_first_hit_answers_over_a_hub_on_a_one_topic_glossary(
    fl: Retriever,
) -> None:
    hits = fl.search(UPDATE_QUESTION, k=5)
    hub = {h.id: h.signals["hub"] for h in hits}
    assert hits[0].id == MODEL_UPDATE and hub[FEDAVG] > hub[MODEL_UPDATE] + HUB_LEAD
    answer = Assistant(fl, use_llm=False, k=5).ask(UPDATE_QUESTION)
    assert answer.citations[0] == MODEL_UPDATE, answer.text
    assert "gradients" in answer.text
