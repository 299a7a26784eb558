"""The JSON objects shared by the CLI, the HTTP API and the MCP server."""

from __future__ import annotations

from dataclasses import dataclass, replace

from helpers import FakeEncoder, make_entry

from rag_glossary.models import Entry, RetrievalResult
from rag_glossary.parsing import Corpus
from rag_glossary.payloads import entry_dict, result_dict
from rag_glossary.retrieval import Retriever


@dataclass(frozen=True)
class _Term:
    text: str
    weight: float


@dataclass(frozen=True)
class _Richer(RetrievalResult):
    """A RetrievalResult that grew fields, as the retriever's records do."""

    key_terms: tuple[_Term, ...] = ()
    notes: tuple[str, ...] = ()


def test_result_dict_leads_with_the_search_fields_and_keeps_hits_as_search_json(
    small_entries: list[Entry],
) -> None:
    result = Retriever.from_entries(small_entries, FakeEncoder()).retrieve("max pooling", 2)
    data = result_dict(result)
    assert list(data)[:4] == ["query", "covered", "confidence", "hits"]
    assert {"key_term", "key_term_found", "nearest", "reason"} <= set(data)
    assert data == result.to_dict()  # search --json prints the same object
    assert data["hits"] == [h.to_dict() for h in result.hits]
    assert data["covered"] is result.covered and data["query"] == "max pooling"


def test_fields_added_to_the_result_flow_through(small_entries: list[Entry]) -> None:
    base = Retriever.from_entries(small_entries, FakeEncoder()).retrieve("max pooling", 1)
    richer = _Richer(
        base.query,
        base.hits,
        base.confidence,
        base.covered,
        key_terms=(_Term("pooling", 0.123456789),),
    )
    data = result_dict(richer)
    assert list(data)[:4] == ["query", "covered", "confidence", "hits"]
    assert data["key_terms"] == [{"text": "pooling", "weight": 0.123457}]
    assert data["notes"] == []


def test_entry_dict_resolves_see_also_terms_in_the_corpus() -> None:
    mdp = make_entry("g", "markov-decision-process", "Markov Decision Process", "States.")
    chain = replace(
        make_entry("g", "markov-chain", "Markov Chain", "A chain."),
        see_also=("Markov Decision Process", "Nowhere"),
    )
    data = entry_dict(chain, Corpus(entries=(mdp, chain), files=()))
    assert data["see_also_ids"] == {"Markov Decision Process": [mdp.id], "Nowhere": []}
    assert {k: v for k, v in data.items() if k != "see_also_ids"} == chain.to_dict()
