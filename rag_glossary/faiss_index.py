"""FAISS index types for the vector store: build, tune, save, load, search.

Every index uses the inner-product metric on L2-normalized float32 vectors,
so scores are cosine similarities. Approximate types tune their search knob
(IVF ``nprobe``, HNSW ``efSearch``) at build time: the smallest value that
reaches ``target_recall`` recall@10 against exact search, measured on
held-out points of the data itself, so the tuning follows the data actually
indexed. Thresholds and parameters come from ``eval/bench_scale.py``
(numbers in docs/scaling.md).
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import faiss
import numpy as np
import numpy.typing as npt

from rag_glossary.errors import REBUILD_HINT, IndexCorruptError, IndexMissingError, UsageError

INDEX_TYPES = ("flat", "hnsw", "ivf", "ivf-sq8", "ivf-pq")

# Automatic choice by size, from eval/bench_scale.json (2-core Xeon, 384-d,
# one thread per query, recall@10 >= 0.95; table in docs/scaling.md):
# - exact flat search: p50 0.7 ms at 10k vectors, 1.7 ms at 30k, 4.4 ms at
#   50k, 15.5 ms at 100k, 145 ms at 1M. Up to 30k it costs < 2 ms of the
#   30 ms search budget while being exact, instant to build, free of tuning.
# - above, IVF-SQ8: 0.15 ms at 50k, 0.28 ms at 100k, 0.94 ms at 1M (recall
#   0.977) in 0.4 KiB per vector. HNSW (M=32) is a little faster up to 100k
#   (0.17 ms) but slower at 1M (1.7 ms, recall only just 0.95 at efSearch
#   384) and holds 1.8 KiB per vector: never chosen automatically. IVF-PQ
#   (0.11 KiB per vector in RAM) is for when RAM is the limit and needs the
#   raw vectors (on disk) to re-rank.
FLAT_MAX_VECTORS = 30_000

TARGET_RECALL = 0.95
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 64
IVF_MAX_NLIST = 16_384
# k-means wants >= 39 points per centroid (FAISS warns below); under
# _MIN_TRAINED_VECTORS a trained index would have too few lists to pay off.
_POINTS_PER_CENTROID = 39
_MIN_TRAINED_VECTORS = 1_000
_TRAIN_SAMPLE_PER_CENTROID = 40
_KMEANS_ITERATIONS = 10
# PQ: 384-d split into 96 sub-vectors of 4 dims, one byte each. PQ alone caps
# recall@10 near 0.77 (100k vectors); re-ranking 4*k candidates with the
# exact vectors lifts it to 0.97.
PQ_DIMS_PER_SUBVECTOR = 4
PQ_MAX_BITS = 8
PQ_REFINE_FACTOR = 4
_PQ_POINTS_PER_CENTROID = 64

INNER_PRODUCT = faiss.METRIC_INNER_PRODUCT

FloatArray = npt.NDArray[np.float32]
IdArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class SearchParams:
    """Search-time knobs of an index (None where not applicable)."""

    nprobe: int | None = None
    ef_search: int | None = None
    # ivf-pq only: re-rank refine_factor * k PQ candidates with exact vectors.
    refine_factor: int | None = None

    def to_dict(self) -> dict[str, int | None]:
        return {
            "nprobe": self.nprobe,
            "ef_search": self.ef_search,
            "refine_factor": self.refine_factor,
        }


def choose_index_type(n_vectors: int) -> str:
    """The index type for a store of ``n_vectors`` (see FLAT_MAX_VECTORS)."""
    return "flat" if n_vectors <= FLAT_MAX_VECTORS else "ivf-sq8"


def ivf_nlist(n_vectors: int) -> int:
    """Number of inverted lists: ~4*sqrt(n), with enough points per list to train."""
    by_size = round(4 * math.sqrt(n_vectors))
    by_training = n_vectors // _POINTS_PER_CENTROID
    return max(1, min(by_size, by_training, IVF_MAX_NLIST))


def effective_index_type(index_type: str, n_vectors: int) -> str:
    """The type actually built: trained types fall back to flat on tiny inputs."""
    resolved = choose_index_type(n_vectors) if index_type == "auto" else index_type
    if resolved not in INDEX_TYPES:
        raise UsageError(
            f"unknown index type {index_type!r}: use auto or one of {', '.join(INDEX_TYPES)}"
        )
    if resolved.startswith("ivf") and n_vectors < _MIN_TRAINED_VECTORS:
        return "flat"
    return resolved


def build_faiss_index(
    vectors: npt.ArrayLike,
    index_type: str = "auto",
    *,
    seed: int = 0,
    target_recall: float = TARGET_RECALL,
) -> Any:
    """Build a cosine index over ``vectors`` (rows get L2-normalized).

    Returns a ``faiss.Index`` with its search knobs tuned. IVF types on fewer
    than 1,000 vectors are built as flat (``effective_index_type``).
    """
    data = normalized(vectors)
    kind = effective_index_type(index_type, len(data))
    index = faiss.index_factory(data.shape[1], _factory_string(kind, data.shape), INNER_PRODUCT)
    if kind == "hnsw":
        _downcast(index).hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    if not index.is_trained:
        index.train(_training_sample(data, index, seed))
    # the tuning searches the index (search_faiss_index below): imported when needed
    from rag_glossary.faiss_tuning import MIN_HELD_OUT, _add_with_calibration

    if kind == "flat" or len(data) < 2 * MIN_HELD_OUT:
        index.add(data)
    else:
        _add_with_calibration(index, data, seed, target_recall)
    return index


def normalized(vectors: npt.ArrayLike) -> FloatArray:
    """C-contiguous float32 copy of ``vectors`` with unit-length rows."""
    data = np.array(vectors, dtype=np.float32, order="C", copy=True)
    if data.ndim == 1:
        data = data[None, :]
    if data.ndim != 2 or data.shape[0] == 0:
        raise UsageError(f"expected a non-empty 2-d array of vectors, got shape {data.shape}")
    faiss.normalize_L2(data)
    return data


def _factory_string(kind: str, shape: tuple[int, ...]) -> str:
    n_vectors, dim = shape
    if kind == "flat":
        return "Flat"
    if kind == "hnsw":
        return f"HNSW{HNSW_M},Flat"
    nlist = ivf_nlist(n_vectors)
    if kind == "ivf":
        return f"IVF{nlist},Flat"
    if kind == "ivf-sq8":
        return f"IVF{nlist},SQ8"
    # "np": no polysemous training, which costs minutes and serves no purpose here.
    return f"IVF{nlist},PQ{_pq_subvectors(dim)}x{_pq_bits(n_vectors)}np"


def _pq_subvectors(dim: int) -> int:
    """Largest divisor of ``dim`` giving sub-vectors of >= PQ_DIMS_PER_SUBVECTOR dims."""
    return max(m for m in range(1, dim // PQ_DIMS_PER_SUBVECTOR + 1) if dim % m == 0)


def _pq_bits(n_vectors: int) -> int:
    """8-bit codebooks want ~39*256 training points; use fewer bits below that."""
    bits = int(math.log2(max(2, n_vectors // _POINTS_PER_CENTROID)))
    return max(4, min(PQ_MAX_BITS, bits))


def _training_sample(data: FloatArray, index: Any, seed: int) -> FloatArray:
    ivf = _downcast(faiss.extract_index_ivf(index))
    ivf.cp.niter = _KMEANS_ITERATIONS
    ivf.cp.seed = seed
    if isinstance(ivf, faiss.IndexIVFPQ):
        # 96 small k-means; FAISS defaults (25 iterations, up to 256 points per
        # centroid) take minutes for no recall gain once candidates are re-ranked.
        ivf.pq.cp.niter = _KMEANS_ITERATIONS
        ivf.pq.cp.max_points_per_centroid = _PQ_POINTS_PER_CENTROID
        ivf.pq.cp.seed = seed
    size = max(_TRAIN_SAMPLE_PER_CENTROID * int(ivf.nlist), 256 * _POINTS_PER_CENTROID)
    if size >= len(data):
        return data
    rows = np.sort(np.random.default_rng(seed).choice(len(data), size, replace=False))
    return data[rows]


def _downcast(index: Any) -> Any:
    """The concrete SWIG class of ``index`` (FAISS's stubs only know ``Index``)."""
    return faiss.downcast_index(index)


def search_faiss_index(
    index: Any,
    queries: npt.ArrayLike,
    k: int,
    *,
    vectors: npt.NDArray[np.float32] | None = None,
    refine_factor: int | None = None,
) -> tuple[FloatArray, IdArray]:
    """Top-``k`` cosine scores and ids (-1 where fewer hits) for each query.

    ``vectors``: the normalized indexed vectors (a ``np.load(..., mmap_mode="r")``
    array is enough); with them an ivf-pq index re-ranks ``refine_factor * k``
    candidates (default PQ_REFINE_FACTOR) by exact cosine. Without them ivf-pq
    returns approximate PQ scores at a much lower recall.
    """
    batch = normalized(queries)
    if refine_factor is None:
        refine_factor = PQ_REFINE_FACTOR if index_type_of(index) == "ivf-pq" else 1
    if vectors is None or refine_factor <= 1:
        scores, ids = index.search(batch, k)
        return scores, ids
    _, candidates = index.search(batch, k * refine_factor)
    return _rerank(batch, candidates, vectors, k)


def _rerank(
    queries: FloatArray, candidates: IdArray, vectors: npt.NDArray[np.float32], k: int
) -> tuple[FloatArray, IdArray]:
    flat = candidates.ravel()
    rows = np.asarray(vectors[np.maximum(flat, 0)], dtype=np.float32)
    exact = np.einsum("qcd,qd->qc", rows.reshape(*candidates.shape, -1), queries)
    exact[candidates < 0] = -np.inf
    order = np.argsort(-exact, axis=1, kind="stable")[:, :k]
    scores = np.take_along_axis(exact, order, axis=1).astype(np.float32)
    ids = np.take_along_axis(candidates, order, axis=1)
    ids[~np.isfinite(scores)] = -1
    return scores, ids


def search_params(index: Any) -> SearchParams:
    """The search knobs currently set on ``index`` (to record in a manifest)."""
    kind = index_type_of(index)
    if kind == "hnsw":
        return SearchParams(ef_search=int(_downcast(index).hnsw.efSearch))
    if kind == "flat":
        return SearchParams()
    nprobe = int(faiss.extract_index_ivf(index).nprobe)
    return SearchParams(nprobe=nprobe, refine_factor=PQ_REFINE_FACTOR if kind == "ivf-pq" else None)


def configure_for_search(index: Any, params: SearchParams) -> None:
    """Apply recorded search knobs, e.g. after loading.

    FAISS 1.15 stores nprobe and efSearch in the index file (checked in
    tests/test_faiss_index.py), but older releases and wrapper types do not
    reliably: callers that recorded ``search_params`` re-apply them here.
    ``refine_factor`` is not an index property: pass it to
    ``search_faiss_index``.
    """
    ivf = faiss.try_extract_index_ivf(index)
    if ivf is not None and params.nprobe is not None:
        ivf.nprobe = max(1, min(params.nprobe, ivf.nlist))
    inner = _downcast(index)
    if isinstance(inner, faiss.IndexHNSW) and params.ef_search is not None:
        inner.hnsw.efSearch = max(1, params.ef_search)


def index_type_of(index: Any) -> str:
    """The INDEX_TYPES name of a built or loaded index."""
    inner = _downcast(index)
    for cls, name in _CLASS_TO_TYPE:
        if isinstance(inner, cls):
            return name
    raise IndexCorruptError(f"unsupported FAISS index {type(inner).__name__}: {REBUILD_HINT}")


# Subclasses before their bases (IndexIVFScalarQuantizer is not an IVFFlat,
# but keep the order explicit).
_CLASS_TO_TYPE: tuple[tuple[Any, str], ...] = (
    (faiss.IndexFlat, "flat"),
    (faiss.IndexHNSW, "hnsw"),
    (faiss.IndexIVFScalarQuantizer, "ivf-sq8"),
    (faiss.IndexIVFPQ, "ivf-pq"),
    (faiss.IndexIVFFlat, "ivf"),
)


def save_faiss_index(index: Any, path: str | os.PathLike[str]) -> None:
    """Write ``index`` to ``path`` as is (atomic renames are the caller's job)."""
    faiss.write_index(index, os.fspath(path))


def load_faiss_index(
    path: str | os.PathLike[str],
    index_type: str | None = None,
    params: SearchParams | None = None,
) -> Any:
    """Read an index written by ``save_faiss_index``, ready to search.

    ``index_type`` is what the caller's manifest says was built (None skips
    the check); a mismatch means the files are inconsistent. ``params``
    re-applies recorded search knobs.
    """
    file = Path(path)
    if not file.is_file():
        raise IndexMissingError(f"no FAISS index at {file}: {REBUILD_HINT}")
    try:
        index = faiss.read_index(str(file))
    except RuntimeError as exc:
        raise IndexCorruptError(
            f"FAISS index {file} is truncated or unreadable: {REBUILD_HINT}"
        ) from exc
    found = index_type_of(index)
    if index_type is not None and found != index_type:
        raise IndexCorruptError(
            f"FAISS index {file} is of type {found}, expected {index_type}: {REBUILD_HINT}"
        )
    if params is not None:
        configure_for_search(index, params)
    return index


def ann_memory_bytes(index: Any) -> int:
    """Serialized size of ``index``: its size on disk and, closely, in RAM.

    Counts the bytes as FAISS streams them out, without holding a copy.
    """
    total = 0

    def count(chunk: bytes) -> None:
        nonlocal total
        total += len(chunk)

    writer = faiss.PyCallbackIOWriter(count)  # type: ignore[attr-defined]
    faiss.write_index(index, writer)
    return total
