"""The dense vector store behind one small interface, and its FAISS implementation.

The retriever and the build talk to a :class:`DenseIndex` only (add, search,
save, load, count); :class:`FaissIndex` implements it with the index types,
tuning and re-ranking of :mod:`rag_glossary.faiss_index`. Another backend
(docs/scaling.md) implements the same five operations.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Protocol, Self

import faiss
import numpy as np
import numpy.typing as npt

from rag_glossary.faiss_index import (
    build_faiss_index,
    effective_index_type,  # the one place an index type is chosen
    index_type_of,
    load_faiss_index,
    normalized,
    save_faiss_index,
    search_faiss_index,
)

__all__ = ["DenseIndex", "FaissIndex", "effective_index_type"]

Scores = npt.NDArray[np.float32]
Ids = npt.NDArray[np.int64]


class DenseIndex(Protocol):
    """Cosine search over L2-normalized float32 vectors; ids are row numbers."""

    @property
    def count(self) -> int:
        """How many vectors the index holds."""
        ...

    @property
    def index_type(self) -> str:
        """What was built (one of faiss_index.INDEX_TYPES for FAISS)."""
        ...

    def add(self, vectors: npt.ArrayLike) -> None: ...

    def search(self, queries: npt.ArrayLike, k: int) -> tuple[Scores, Ids]:
        """Top-``k`` scores and ids per query, best first; id -1 where fewer hits."""
        ...

    def save(self, path: str | os.PathLike[str]) -> None: ...

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Self:
        """Read what :meth:`save` wrote."""
        ...


class FaissIndex:
    """A :class:`DenseIndex` over a ``faiss.Index``.

    ``vectors`` (the indexed rows, memory-mapped is enough) lets ivf-pq re-rank
    its candidates by exact cosine; other types do not need them.
    """

    def __init__(self, index: Any, vectors: npt.NDArray[np.float32] | None = None) -> None:
        self.index = index
        self.vectors = vectors

    @classmethod
    def build(cls, vectors: npt.ArrayLike, index_type: str = "auto") -> FaissIndex:
        """Build and tune an index of ``effective_index_type(index_type, len(vectors))``.

        ``vectors`` must already be L2-normalized (encoders return them so).
        """
        faiss.omp_set_num_threads(os.cpu_count() or 1)  # a build uses every core
        data = np.asarray(vectors, dtype=np.float32)
        return cls(build_faiss_index(data, index_type), data)

    @classmethod
    def load(
        cls,
        path: str | os.PathLike[str],
        index_type: str | None = None,
        vectors: npt.NDArray[np.float32] | None = None,
    ) -> FaissIndex:
        """Read a saved index; ``index_type`` (when given) must be what the file holds."""
        return cls(load_faiss_index(Path(path), index_type), vectors)

    @property
    def count(self) -> int:
        return int(self.index.ntotal)

    @property
    def index_type(self) -> str:
        return index_type_of(self.index)

    def add(self, vectors: npt.ArrayLike) -> None:
        data = normalized(vectors)
        self.index.add(data)
        if self.vectors is not None:
            self.vectors = np.vstack([self.vectors, data])

    def search(self, queries: npt.ArrayLike, k: int) -> tuple[Scores, Ids]:
        # One query is too small to share between threads: on 2 busy cores a second
        # OpenMP thread made exact search 2-5x slower (eval/bench_scale.py).
        faiss.omp_set_num_threads(1)
        return search_faiss_index(self.index, queries, k, vectors=self.vectors)

    def save(self, path: str | os.PathLike[str]) -> None:
        save_faiss_index(self.index, Path(path))
