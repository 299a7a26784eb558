"""FAISS index types for the vector store: build, tune, save, load.

Every index uses the inner-product metric on L2-normalized float32 vectors,
so scores are cosine similarities. Approximate types tune their search-time
knob (IVF ``nprobe``, HNSW ``efSearch``) at build time: the smallest value
that reaches ``target_recall`` recall@10 against exact search on held-out
points of the data itself. The chosen numbers and the thresholds below come
from ``eval/bench_scale.py`` (see docs/scaling.md).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import faiss
import numpy as np
import numpy.typing as npt

from rag_glossary.errors import IndexCorruptError, IndexMissingError, UsageError

INDEX_TYPES = ("flat", "hnsw", "ivf", "ivf-sq8", "ivf-pq")

# Automatic choice by size, from eval/bench_scale.json (2-core Xeon, 384-d,
# one thread per query; numbers quoted in docs/scaling.md):
# - exact flat search costs ~0.03 ms per 1k vectors: 10k -> 0.3 ms, 100k -> 3 ms,
#   so flat stays the choice (exact, no build, no tuning) up to 50k vectors
#   (~1.5 ms), a small slice of the 30 ms search budget;
# - HNSW answers in ~0.4 ms at 100k and ~1 ms at 1M with recall@10 >= 0.95
#   but costs raw vectors + a graph (~1.8 KiB per vector) and the slowest
#   build (~10 min per million on 2 cores); fine up to 2M vectors (~3.6 GiB);
# - beyond, IVF-SQ8 keeps recall >= 0.95 at ~0.4 KiB per vector (a quarter of
#   the memory) with sub-ms queries and a build several times faster.
FLAT_MAX_VECTORS = 50_000
HNSW_MAX_VECTORS = 2_000_000

TARGET_RECALL = 0.95
# Calibration aims a little above the target: its estimate comes from a few
# hundred queries and must still hold on unseen ones.
_CALIBRATION_MARGIN = 0.01
_CALIBRATION_QUERIES = 300
_RECALL_K = 10

HNSW_M = 32
HNSW_EF_CONSTRUCTION = 64
_EF_LADDER = (16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512)
_NPROBE_LADDER = (1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512)

IVF_MAX_NLIST = 16_384
# k-means wants >= 39 points per centroid (FAISS warns below); under
# _MIN_TRAINED_VECTORS a trained index would have too few lists to be useful.
_POINTS_PER_CENTROID = 39
_MIN_TRAINED_VECTORS = 1_000
_TRAIN_SAMPLE_PER_CENTROID = 50
_KMEANS_ITERATIONS = 10
# PQ: 384-d split into 96 sub-vectors of 4 dims, 8 bits each -> 96 bytes.
PQ_DIMS_PER_SUBVECTOR = 4
PQ_MAX_BITS = 8

_REBUILD_HINT = "run `rag-glossary index --rebuild`"

FloatArray = npt.NDArray[np.float32]


@dataclass(frozen=True)
class SearchParams:
    """Search-time knobs of an approximate index (None where not applicable)."""

    nprobe: int | None = None
    ef_search: int | None = None

    def to_dict(self) -> dict[str, int | None]:
        return {"nprobe": self.nprobe, "ef_search": self.ef_search}


def choose_index_type(n_vectors: int) -> str:
    """The index type for a store of ``n_vectors`` (see the constants above)."""
    if n_vectors <= FLAT_MAX_VECTORS:
        return "flat"
    if n_vectors <= HNSW_MAX_VECTORS:
        return "hnsw"
    return "ivf-sq8"


def ivf_nlist(n_vectors: int) -> int:
    """Number of inverted lists: ~4*sqrt(n), enough points per list to train."""
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
    """Build a cosine index over ``vectors`` (rows are L2-normalized here).

    Returns a ``faiss.Index`` whose search knobs are already tuned. Trained
    types on fewer than 1,000 vectors are built as flat (see
    ``effective_index_type``).
    """
    data = normalized(vectors)
    kind = effective_index_type(index_type, len(data))
    factory = _factory_string(kind, len(data), data.shape[1])
    index = faiss.index_factory(data.shape[1], factory, _IP)
    if not index.is_trained:
        index.train(_training_sample(data, index, seed))
    index.add(data)
    if kind != "flat":
        _calibrate(index, data, seed, target_recall)
    return index


def normalized(vectors: npt.ArrayLike) -> FloatArray:
    """C-contiguous float32 copy of ``vectors`` with unit-length rows."""
    data = np.array(vectors, dtype=np.float32, order="C", copy=True)
    if data.ndim != 2 or data.shape[0] == 0:
        raise UsageError(f"expected a non-empty 2-d array of vectors, got shape {data.shape}")
    faiss.normalize_L2(data)
    return data


_IP = faiss.METRIC_INNER_PRODUCT


def _factory_string(kind: str, n_vectors: int, dim: int) -> str:
    if kind == "flat":
        return "Flat"
    if kind == "hnsw":
        return f"HNSW{HNSW_M},Flat"
    nlist = ivf_nlist(n_vectors)
    if kind == "ivf":
        return f"IVF{nlist},Flat"
    if kind == "ivf-sq8":
        return f"IVF{nlist},SQ8"
    return f"IVF{nlist},PQ{_pq_subvectors(dim)}x{_pq_bits(n_vectors)}"


def _pq_subvectors(dim: int) -> int:
    """The largest divisor of ``dim`` giving sub-vectors of >= PQ_DIMS_PER_SUBVECTOR dims."""
    return max(m for m in range(1, dim // PQ_DIMS_PER_SUBVECTOR + 1) if dim % m == 0)


def _pq_bits(n_vectors: int) -> int:
    """8-bit codebooks need ~39*256 training points; use fewer bits below that."""
    bits = int(math.log2(max(2, n_vectors // _POINTS_PER_CENTROID)))
    return max(4, min(PQ_MAX_BITS, bits))


def _training_sample(data: FloatArray, index: Any, seed: int) -> FloatArray:
    ivf = faiss.extract_index_ivf(index)
    ivf.cp.niter = _KMEANS_ITERATIONS
    ivf.cp.seed = seed
    size = min(len(data), _TRAIN_SAMPLE_PER_CENTROID * ivf.nlist)
    size = max(size, min(len(data), 256 * _POINTS_PER_CENTROID))
    if size >= len(data):
        return data
    rows = np.random.default_rng(seed).choice(len(data), size, replace=False)
    rows.sort()
    return data[rows]


def _calibrate(index: Any, data: FloatArray, seed: int, target_recall: float) -> None:
    """Set the smallest nprobe / efSearch reaching the target on held-out points.

    Queries are points of the data searched with k+1 neighbours; the point
    itself is dropped from both exact and approximate lists (leave-one-out).
    When no value reaches the target (PQ's quantization caps recall), the
    smallest value within 0.005 of the best recall is kept.
    """
    rng = np.random.default_rng(seed + 1)
    n_queries = min(_CALIBRATION_QUERIES, len(data))
    rows = rng.choice(len(data), n_queries, replace=False)
    queries = data[rows]
    _, exact = faiss.knn(queries, data, _RECALL_K + 1, metric=_IP)
    exact_sets = _drop_self(exact, rows)
    ladder = _knob_ladder(index)
    recalls: list[float] = []
    for value in ladder:
        _apply_knob(index, value)
        _, found = index.search(queries, _RECALL_K + 1)
        recall = _mean_overlap(_drop_self(found, rows), exact_sets)
        recalls.append(recall)
        if recall >= target_recall + _CALIBRATION_MARGIN:
            return
    best = max(recalls)
    chosen = next(v for v, r in zip(ladder, recalls, strict=True) if r >= best - 0.005)
    _apply_knob(index, chosen)


def _drop_self(ids: npt.NDArray[np.int64], rows: npt.NDArray[np.int64]) -> list[set[int]]:
    return [set(row[row != own].tolist()[:_RECALL_K]) for row, own in zip(ids, rows, strict=True)]


def _mean_overlap(found: list[set[int]], exact: list[set[int]]) -> float:
    hits = sum(len(f & e) for f, e in zip(found, exact, strict=True))
    return hits / (_RECALL_K * len(exact))


def _knob_ladder(index: Any) -> tuple[int, ...]:
    ivf = faiss.try_extract_index_ivf(index)
    if ivf is not None:
        return tuple(p for p in _NPROBE_LADDER if p < ivf.nlist) + (ivf.nlist,)
    return _EF_LADDER


def _apply_knob(index: Any, value: int) -> None:
    ivf = faiss.try_extract_index_ivf(index)
    if ivf is not None:
        ivf.nprobe = value
    else:
        _hnsw(index).hnsw.efSearch = value


def _hnsw(index: Any) -> Any:
    return faiss.downcast_index(index)


def search_params(index: Any) -> SearchParams:
    """The search knobs currently set on ``index`` (to record in a manifest)."""
    ivf = faiss.try_extract_index_ivf(index)
    if ivf is not None:
        return SearchParams(nprobe=int(ivf.nprobe))
    inner = _hnsw(index)
    if isinstance(inner, faiss.IndexHNSW):
        return SearchParams(ef_search=int(inner.hnsw.efSearch))
    return SearchParams()


def configure_for_search(index: Any, params: SearchParams) -> None:
    """Apply recorded search knobs, e.g. after loading.

    FAISS 1.15 writes nprobe and efSearch into the file, but older releases
    and wrapper types do not reliably; callers that recorded
    ``search_params`` at build time re-apply them here.
    """
    ivf = faiss.try_extract_index_ivf(index)
    if ivf is not None and params.nprobe is not None:
        ivf.nprobe = max(1, min(params.nprobe, ivf.nlist))
    inner = _hnsw(index)
    if isinstance(inner, faiss.IndexHNSW) and params.ef_search is not None:
        inner.hnsw.efSearch = max(1, params.ef_search)


def index_type_of(index: Any) -> str:
    """The INDEX_TYPES name of a built or loaded index."""
    inner = faiss.downcast_index(index)
    if isinstance(inner, faiss.IndexFlat):
        return "flat"
    if isinstance(inner, faiss.IndexHNSW):
        return "hnsw"
    if isinstance(inner, faiss.IndexIVFScalarQuantizer):
        return "ivf-sq8"
    if isinstance(inner, faiss.IndexIVFPQ):
        return "ivf-pq"
    if isinstance(inner, faiss.IndexIVFFlat):
        return "ivf"
    raise IndexCorruptError(f"unsupported FAISS index class {type(inner).__name__}: {_REBUILD_HINT}")


def save_faiss_index(index: Any, path: str | Path) -> None:
    """Write ``index`` to ``path`` as is (atomic renames are the caller's job)."""
    faiss.write_index(index, str(path))


def load_faiss_index(
    path: str | Path, index_type: str | None = None, params: SearchParams | None = None
) -> Any:
    """Read an index written by ``save_faiss_index`` and ready it for search.

    ``index_type`` (one of INDEX_TYPES, or None to skip the check) is what the
    caller's manifest says was built; a mismatch means the files are
    inconsistent. ``params`` re-applies recorded search knobs.
    """
    file = Path(path)
    if not file.is_file():
        raise IndexMissingError(f"no FAISS index at {file}: {_REBUILD_HINT}")
    try:
        index = faiss.read_index(str(file))
    except RuntimeError as exc:
        raise IndexCorruptError(
            f"FAISS index {file} is truncated or unreadable: {_REBUILD_HINT}"
        ) from exc
    found = index_type_of(index)
    if index_type is not None and found != index_type:
        raise IndexCorruptError(
            f"FAISS index {file} is of type {found}, expected {index_type}: {_REBUILD_HINT}"
        )
    if params is not None:
        configure_for_search(index, params)
    return index


def ann_memory_bytes(index: Any) -> int:
    """Serialized size of ``index``: what it takes on disk and, closely, in RAM.

    Counts the bytes as FAISS streams them, without holding a copy.
    """
    total = 0

    def count(chunk: bytes) -> None:
        nonlocal total
        total += len(chunk)

    faiss.write_index(index, faiss.PyCallbackIOWriter(count))
    return total
