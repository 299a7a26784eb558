"""rag-glossary: local semantic search and cited answers over ML glossaries.

The public API::

    from rag_glossary import Retriever, Assistant
    retriever = Retriever.load()              # indexes/default
    hits = retriever.search("what is MDP", k=5)
    answer = Assistant(retriever).ask("what is masked self-attention")

Heavy modules load on first use, so ``import rag_glossary`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rag_glossary.errors import GlossaryError
from rag_glossary.models import Answer, Chunk, Entry, Hit, RetrievalResult

if TYPE_CHECKING:
    from rag_glossary.answer import Assistant
    from rag_glossary.evaluation import evaluate, load_questions
    from rag_glossary.index import build_index, ensure_index, load_index
    from rag_glossary.parsing import Corpus, load_corpus, parse_file, parse_text
    from rag_glossary.retrieval import Retriever, RetrieverConfig

__all__ = [
    "Answer",
    "Assistant",
    "Chunk",
    "Corpus",
    "Entry",
    "GlossaryError",
    "Hit",
    "RetrievalResult",
    "Retriever",
    "RetrieverConfig",
    "build_index",
    "ensure_index",
    "evaluate",
    "load_corpus",
    "load_index",
    "load_questions",
    "parse_file",
    "parse_text",
]
__version__ = "0.1.0"

_LAZY = {
    "Assistant": "rag_glossary.answer",
    "evaluate": "rag_glossary.evaluation",
    "load_questions": "rag_glossary.evaluation",
    "build_index": "rag_glossary.index",
    "ensure_index": "rag_glossary.index",
    "load_index": "rag_glossary.index",
    "Corpus": "rag_glossary.parsing",
    "load_corpus": "rag_glossary.parsing",
    "parse_file": "rag_glossary.parsing",
    "parse_text": "rag_glossary.parsing",
    "Retriever": "rag_glossary.retrieval",
    "RetrieverConfig": "rag_glossary.retrieval",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'rag_glossary' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
