"""Sentence embeddings: sentence-transformers at index time, ONNX at query time.

- :mod:`.spec`: which model (:func:`resolve_model`, :class:`ModelSpec`).
- :mod:`.encoder`: the :class:`Encoder` protocol and the one batching loop.
- :mod:`.query`: the query path (ONNX session, tokenizer, pooling, token
  counting); never imports torch, transformers or sentence-transformers.
- :mod:`.document`: :class:`DocumentEncoder` (sentence-transformers).
- :mod:`.export`: the ONNX export of a model and its self-check.
- :mod:`.cache`: the per-user cache of verified exports (one per model, linked into indexes;
  imported by a build only).

Importing this package loads only the torch-free modules; ``DocumentEncoder``
and the export names load their modules on first access.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from rag_glossary.embedding.encoder import (
    DEFAULT_BATCH_SIZE,
    Encoder,
    Vectors,
    encode_in_batches,
)
from rag_glossary.embedding.query import (
    ENCODER_CONFIG_FILE,
    ENCODER_FORMAT,
    ONNX_FILE,
    POOLING_MODES,
    TOKENIZER_FILE,
    EncoderConfig,
    QueryEncoder,
    TokenCounter,
    l2_normalize,
    link_export,
    onnx_files_present,
    pool,
)
from rag_glossary.embedding.spec import DEFAULT_MODEL_ID, ModelSpec, resolve_model

if TYPE_CHECKING:
    from rag_glossary.embedding.document import DocumentEncoder
    from rag_glossary.embedding.export import EXPORT_MIN_COSINE, export_onnx

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_MODEL_ID",
    "ENCODER_CONFIG_FILE",
    "ENCODER_FORMAT",
    "EXPORT_MIN_COSINE",
    "ONNX_FILE",
    "POOLING_MODES",
    "TOKENIZER_FILE",
    "DocumentEncoder",
    "Encoder",
    "EncoderConfig",
    "ModelSpec",
    "QueryEncoder",
    "TokenCounter",
    "Vectors",
    "encode_in_batches",
    "export_onnx",
    "l2_normalize",
    "link_export",
    "onnx_files_present",
    "pool",
    "resolve_model",
]

_LAZY = {
    "DocumentEncoder": "rag_glossary.embedding.document",
    "EXPORT_MIN_COSINE": "rag_glossary.embedding.export",
    "export_onnx": "rag_glossary.embedding.export",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'rag_glossary.embedding' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
