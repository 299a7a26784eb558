"""Document embeddings with sentence-transformers (index time only).

Importing sentence-transformers costs seconds and pulls in torch, so this
module is only imported by a build that has something to embed and no ONNX
export to embed it with; ``import rag_glossary.embedding`` does not load it.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from rag_glossary.embedding.encoder import DEFAULT_BATCH_SIZE, Vectors, encode_in_batches
from rag_glossary.embedding.spec import ModelSpec, not_available_message, prepare_env
from rag_glossary.errors import ModelLoadError


class DocumentEncoder:
    """Embeds documents and queries with a sentence-transformers model."""

    def __init__(self, spec: ModelSpec) -> None:
        self._spec = spec
        self.model: Any = _load_sentence_transformer(spec)

    @property
    def spec(self) -> ModelSpec:
        return self._spec

    @property
    def model_id(self) -> str:
        return self._spec.model_id

    @property
    def dimension(self) -> int:
        model = self.model
        getter = getattr(model, "get_embedding_dimension", None)
        dim = getter() if getter else model.get_sentence_embedding_dimension()
        if dim is None:
            raise ModelLoadError(f"embedding model '{self._spec.name}' has no fixed dimension")
        return int(dim)

    @property
    def max_seq_length(self) -> int:
        return int(self.model.max_seq_length)

    def encode_documents(
        self,
        texts: Sequence[str],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        on_progress: Callable[[int], None] | None = None,
    ) -> Vectors:
        """Embed documents: float32, L2-normalized, shape (len(texts), dimension)."""
        method = getattr(self.model, "encode_document", self.model.encode)
        return encode_in_batches(
            _batch_embedder(method),
            texts,
            self.dimension,
            batch_size=batch_size,
            on_progress=on_progress,
        )

    def encode_queries(self, texts: Sequence[str]) -> Vectors:
        """Embed queries like :class:`QueryEncoder` does (the fallback when ONNX is unavailable)."""
        method = getattr(self.model, "encode_query", self.model.encode)
        return encode_in_batches(_batch_embedder(method), texts, self.dimension)

    def count_tokens(self, text: str) -> int:
        ids = self.model.tokenizer(text, add_special_tokens=True, truncation=False, verbose=False)
        return len(ids["input_ids"])

    def export_onnx(self, dest: Path) -> None:
        """Write model.onnx, tokenizer.json and encoder.json for :class:`QueryEncoder`."""
        from rag_glossary.embedding.export import export_onnx

        export_onnx(self, Path(dest))


def _batch_embedder(method: Callable[..., Any]) -> Callable[[list[str]], Vectors]:
    """One batch through a sentence-transformers encode method, as given."""

    def embed(batch: list[str]) -> Vectors:
        vectors = method(
            batch,
            batch_size=len(batch),
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    return embed


def _load_sentence_transformer(spec: ModelSpec) -> Any:
    if not spec.is_local:
        raise ModelLoadError(not_available_message(spec))
    prepare_env()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from sentence_transformers import SentenceTransformer

            return SentenceTransformer(spec.path, device="cpu")
    except Exception as exc:
        raise ModelLoadError(
            f"cannot load embedding model '{spec.name}' ({first_line(exc)}): "
            "pass a sentence-transformers model folder with --embed-model PATH"
        ) from exc


def first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
