"""The query encoder an index asks for: its ONNX export, else sentence-transformers.

Kept apart from retrieval.py so the one place that may load the heavy library on the
query path (a model that could not be exported) is easy to find.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rag_glossary.embedding.encoder import Encoder

if TYPE_CHECKING:
    from rag_glossary.index import LoadedIndex


def query_encoder(loaded: LoadedIndex, threads: int | None = None) -> Encoder:
    """The index's query encoder: its ONNX export (``threads``: the session's intra-op
    threads, default ``QUERY_THREADS``), else sentence-transformers."""
    if loaded.manifest.query_encoder == "onnx":
        from rag_glossary.embedding import QueryEncoder
        from rag_glossary.embedding.query import QUERY_THREADS

        return QueryEncoder.load(loaded.onnx_dir, threads=threads or QUERY_THREADS)
    # A model that could not be exported: queries load sentence-transformers.
    from rag_glossary.embedding import DocumentEncoder, resolve_model

    return DocumentEncoder(resolve_model(loaded.manifest.model_name))


# letters of a question the model reads one at a time or not at all (embedding/query.py)
UNREAD_SHARE = 0.5


def unread_by(encoder: Encoder, query: str, mode: str = "hybrid", found: bool = True) -> bool:
    """The model reads most of the question's letters one by one, a script its vocabulary
    lacks words of (English all-MiniLM on Japanese, Chinese, Russian): its vector ranks no
    better than chance, so the retriever ranks without it (False for an encoder that
    cannot tell, for a ``mode`` other than hybrid: a dense-only search keeps it, and when
    no other signal ``found`` an entry: the question still gets ranked hits)."""
    share = getattr(encoder, "unread_share", None)
    return found and mode == "hybrid" and share is not None and share(query) >= UNREAD_SHARE


# a word of two Latin letters or more: a name the model reads whatever script is around it
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def reads_none(unread: bool, query: str) -> bool:
    """An unread question (``unread_by``) that writes no word in Latin letters: the model
    reads none of it, so its closeness to an answer unit chooses nothing ("от къде идва
    таблата като игра"); "CRP검사 뭐임" keeps it, the model reads CRP as C-reactive protein."""
    return unread and _LATIN_WORD.search(query) is None
