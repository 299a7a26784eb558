"""A langchain-core retriever over a rag-glossary Retriever (imported only on demand).

It passes langchain-tests' ``RetrieversIntegrationTests`` (tests/test_frameworks.py):
``k`` is set in the constructor and can be overridden per call,
``retriever.invoke(query, k=1)``, sync or async.
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import (
    AsyncCallbackManagerForRetrieverRun,
    CallbackManagerForRetrieverRun,
)
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables.config import run_in_executor

from rag_glossary.models import Hit, RetrievalResult
from rag_glossary.payloads import hit_metadata

# Keyword arguments LangChain itself passes through ``invoke`` (not retrieval settings).
_LANGCHAIN_KWARGS = frozenset({"verbose"})


class GlossaryLangChainRetriever(BaseRetriever):
    """Documents are glossary entries, one per entry; ``metadata["id"]`` is the citation id.

    Each document's metadata also carries the retriever's ``confidence`` that the
    glossary answers the question and ``covered`` (confidence above the threshold).
    """

    retriever: Any
    k: int = 5

    def _get_relevant_documents(
        self,
        query: str,
        *,
        run_manager: CallbackManagerForRetrieverRun,
        k: int | None = None,
        **overrides: Any,
    ) -> list[Document]:
        settings = {name: v for name, v in overrides.items() if name not in _LANGCHAIN_KWARGS}
        result = self.retriever.retrieve(query, self.k if k is None else k, **settings)
        return documents(result)

    async def _aget_relevant_documents(
        self,
        query: str,
        *,
        run_manager: AsyncCallbackManagerForRetrieverRun,
        k: int | None = None,
        **overrides: Any,
    ) -> list[Document]:
        sync_manager = run_manager.get_sync()
        return await run_in_executor(
            None, self._get_relevant_documents, query, run_manager=sync_manager, k=k, **overrides
        )


def documents(result: RetrievalResult) -> list[Document]:
    return [
        Document(
            page_content=f"{hit.title}\n{hit.entry.body}", id=hit.id, metadata=_meta(hit, result)
        )
        for hit in result.hits
    ]


def _meta(hit: Hit, result: RetrievalResult) -> dict[str, Any]:
    return {"id": hit.id, **hit_metadata(hit, result)}
