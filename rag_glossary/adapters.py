"""The retriever as another framework's retriever: LangChain (a required dependency's
core) and LlamaIndex (an optional extra, checked before it is imported)."""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING, Any

from rag_glossary.errors import UsageError

if TYPE_CHECKING:
    from rag_glossary.retrieval import Retriever


def langchain_retriever(retriever: Retriever, k: int) -> Any:
    """A langchain-core ``BaseRetriever`` whose Documents carry the citation id."""
    from rag_glossary.langchain_adapter import GlossaryLangChainRetriever

    return GlossaryLangChainRetriever(retriever=retriever, k=k)


def llamaindex_retriever(retriever: Retriever, k: int) -> Any:
    """A llama-index-core ``BaseRetriever`` of ``NodeWithScore`` (node id = citation id)."""
    if not _installed("llama_index.core"):
        raise UsageError(
            "as_llamaindex needs llama-index-core: pip install 'rag-glossary[llamaindex]'"
        )
    from rag_glossary.llamaindex_adapter import GlossaryLlamaIndexRetriever

    return GlossaryLlamaIndexRetriever(retriever, similarity_top_k=k)


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False
