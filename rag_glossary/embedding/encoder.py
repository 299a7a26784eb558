"""The one interface of an embedding model, and the one place texts are batched."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]
DEFAULT_BATCH_SIZE = 32


class Encoder(Protocol):
    """What retrieval and the index build need of an embedding model.

    Implemented by :class:`~rag_glossary.embedding.query.QueryEncoder` (ONNX),
    :class:`~rag_glossary.embedding.document.DocumentEncoder`
    (sentence-transformers) and the tests' fake. Vectors are float32 and
    L2-normalized, one row per text.
    """

    @property
    def model_id(self) -> str: ...

    @property
    def dimension(self) -> int: ...

    @property
    def max_seq_length(self) -> int: ...

    def encode_queries(self, texts: Sequence[str]) -> Vectors: ...

    def encode_documents(
        self,
        texts: Sequence[str],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        on_progress: Callable[[int], None] | None = None,
    ) -> Vectors: ...

    def count_tokens(self, text: str) -> int: ...

    def export_onnx(self, dest: Path) -> None:
        """Write the query encoder's files to ``dest`` (ModelLoadError if it can't)."""
        ...


def encode_in_batches(
    embed: Callable[[list[str]], Vectors],
    texts: Sequence[str],
    dimension: int,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_progress: Callable[[int], None] | None = None,
) -> Vectors:
    """Run ``embed`` over ``texts`` batch by batch; rows come back in input order.

    Longest texts first, so that each batch pads little. ``on_progress`` gets
    the size of each finished batch.
    """
    out = np.zeros((len(texts), dimension), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    size = max(1, batch_size)
    for start in range(0, len(order), size):
        batch = order[start : start + size]
        out[batch] = embed([texts[i] for i in batch])
        if on_progress is not None:
            on_progress(len(batch))
    return out
