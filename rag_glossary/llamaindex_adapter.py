"""A llama-index-core retriever over a rag-glossary Retriever (imported only on demand).

Install with ``pip install 'rag-glossary[llamaindex]'``. Nodes are glossary
entries, one per entry: the node id is the citation id, the text is the title
and the body, and the metadata carries title, source, url, location, plus the
retriever's ``confidence`` and ``covered`` for the whole question.
"""

from __future__ import annotations

from typing import Any

from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.callbacks import CallbackManager
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from rag_glossary.models import Hit, RetrievalResult
from rag_glossary.payloads import hit_metadata

# Shown to the LLM with the text: where the entry comes from. The rest is for programs.
_FOR_PROGRAMS_ONLY = ["location", "score", "confidence", "covered"]


class GlossaryLlamaIndexRetriever(BaseRetriever):  # type: ignore[misc]
    """``retrieve(question)`` returns the ``similarity_top_k`` best entries as nodes."""

    def __init__(
        self,
        retriever: Any,
        similarity_top_k: int = 5,
        callback_manager: CallbackManager | None = None,
    ) -> None:
        super().__init__(callback_manager=callback_manager)
        self.glossary = retriever
        self.similarity_top_k = similarity_top_k

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        return nodes(self.glossary.retrieve(query_bundle.query_str, self.similarity_top_k))


def nodes(result: RetrievalResult) -> list[NodeWithScore]:
    return [NodeWithScore(node=_node(hit, result), score=hit.score) for hit in result.hits]


def _node(hit: Hit, result: RetrievalResult) -> TextNode:
    metadata = hit_metadata(hit, result)
    return TextNode(
        id_=hit.id,
        text=f"{hit.title}\n{hit.entry.body}",
        metadata=metadata,
        excluded_llm_metadata_keys=list(_FOR_PROGRAMS_ONLY),
        excluded_embed_metadata_keys=list(metadata),
    )
