"""rag-glossary: local semantic search and cited answers over ML glossaries."""

from __future__ import annotations

from rag_glossary.errors import GlossaryError
from rag_glossary.models import Answer, Chunk, Entry, Hit, RetrievalResult

__all__ = ["Answer", "Chunk", "Entry", "GlossaryError", "Hit", "RetrievalResult"]
__version__ = "0.1.0"
