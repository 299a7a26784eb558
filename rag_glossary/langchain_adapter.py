"""A langchain-core retriever over a rag-glossary Retriever (imported only on demand)."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever


class GlossaryLangChainRetriever(BaseRetriever):
    """Documents are glossary entries; ``metadata["id"]`` is the citation id."""

    retriever: Any
    k: int = 5

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return [
            Document(
                page_content=f"{hit.title}\n{hit.entry.body}",
                metadata={
                    "id": hit.id,
                    "title": hit.title,
                    "source": hit.source,
                    "url": hit.url,
                    "location": hit.entry.location,
                    "score": hit.score,
                },
            )
            for hit in self.retriever.search(query, k=self.k)
        ]
