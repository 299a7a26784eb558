"""The framework adapters against the frameworks' own contracts.

LangChain: langchain-tests' standard ``RetrieversIntegrationTests`` (the suite
LangChain's integration packages run). LlamaIndex: a ``RetrieverQueryEngine`` with
llama-index's ``MockLLM``. Both over the small real index (session fixture).
"""

from __future__ import annotations

import socket
from typing import Any

import pytest
from langchain_core.retrievers import BaseRetriever
from langchain_tests.integration_tests import RetrieversIntegrationTests

from rag_glossary.errors import UsageError
from rag_glossary.langchain_adapter import GlossaryLangChainRetriever
from rag_glossary.retrieval import Retriever

pytestmark = pytest.mark.slow  # the small real index (built by the CLI, real model)

ON_TOPIC = "what is masked self-attention"
OFF_TOPIC = "how long should sourdough bread rise before baking"


class TestGlossaryLangChainRetriever(RetrieversIntegrationTests):
    @pytest.fixture(autouse=True)
    def _glossary(self, small_retriever: Retriever) -> None:
        self.glossary = small_retriever

    @property
    def retriever_constructor(self) -> type[BaseRetriever]:
        return GlossaryLangChainRetriever

    @property
    def retriever_constructor_params(self) -> dict[str, Any]:
        return {"retriever": self.glossary, "k": 5}

    @property
    def retriever_query_example(self) -> str:
        return ON_TOPIC


# ---------------------------------------------------------------- LangChain: our behaviour


def test_langchain_documents_are_the_retrievers_hits(small_retriever: Retriever) -> None:
    docs = small_retriever.as_langchain(k=4).invoke(ON_TOPIC)
    hits = small_retriever.search(ON_TOPIC, k=4)
    assert [d.metadata["id"] for d in docs] == [h.id for h in hits]  # same MMR order
    assert [d.id for d in docs] == [h.id for h in hits]
    assert len({d.metadata["id"] for d in docs}) == 4  # one document per entry
    first = docs[0]
    assert first.page_content == f"{hits[0].title}\n{hits[0].entry.body}"
    assert first.metadata["location"] == hits[0].entry.location
    assert first.metadata["covered"] is True and first.metadata["confidence"] >= 0.5


def test_langchain_off_topic_question_is_marked_not_covered(small_retriever: Retriever) -> None:
    docs = small_retriever.as_langchain().invoke(OFF_TOPIC)
    result = small_retriever.retrieve(OFF_TOPIC)
    assert not result.covered
    assert {d.metadata["covered"] for d in docs} == {False}
    assert {d.metadata["confidence"] for d in docs} == {result.confidence}


async def test_langchain_per_call_settings_reach_the_retriever(
    small_retriever: Retriever,
) -> None:
    lc = small_retriever.as_langchain(k=5)
    plain = small_retriever.search(ON_TOPIC, k=3, mmr=False)
    docs = await lc.ainvoke(ON_TOPIC, k=3, mmr=False)
    assert [d.metadata["id"] for d in docs] == [h.id for h in plain]
    with pytest.raises(UsageError):
        lc.invoke(ON_TOPIC, k=0)


# ---------------------------------------------------------------- LlamaIndex


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """No network, and llama-index uses its bundled NLTK and tiktoken data."""
    monkeypatch.delenv("NLTK_DATA", raising=False)
    monkeypatch.delenv("TIKTOKEN_CACHE_DIR", raising=False)

    def refuse(self: socket.socket, *args: Any) -> None:
        raise AssertionError(f"network access during the test: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)


def test_llamaindex_query_engine_cites_glossary_entries(
    small_retriever: Retriever, offline: None
) -> None:
    from llama_index.core.llms import MockLLM
    from llama_index.core.query_engine import RetrieverQueryEngine
    from llama_index.core.schema import NodeWithScore

    engine = RetrieverQueryEngine.from_args(small_retriever.as_llamaindex(k=3), llm=MockLLM())
    response = engine.query(ON_TOPIC)
    hits = small_retriever.search(ON_TOPIC, k=3)
    sources = response.source_nodes
    assert all(isinstance(n, NodeWithScore) for n in sources)
    assert [n.node.node_id for n in sources] == [h.id for h in hits]
    top = sources[0]
    assert top.node.get_content() == f"{hits[0].title}\n{hits[0].entry.body}"
    assert top.score == pytest.approx(hits[0].score)
    assert top.node.metadata["title"] == hits[0].title
    assert top.node.metadata["source"] == hits[0].source
    assert top.node.metadata["location"] == hits[0].entry.location
    assert "url" in top.node.metadata
    assert top.node.metadata["covered"] is True
    assert hits[0].entry.body.split()[0] in str(response)  # MockLLM echoes its prompt


async def test_llamaindex_async_and_not_covered(small_retriever: Retriever, offline: None) -> None:
    nodes = await small_retriever.as_llamaindex(k=2).aretrieve(OFF_TOPIC)
    assert len(nodes) == 2
    assert {n.node.metadata["covered"] for n in nodes} == {False}


def test_as_llamaindex_without_the_extra_says_what_to_install(
    small_retriever: Retriever, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rag_glossary.adapters as adapters

    monkeypatch.setattr(adapters, "_installed", lambda module: False)
    with pytest.raises(UsageError, match=r"rag-glossary\[llamaindex\]"):
        small_retriever.as_llamaindex()
