"""FAISS index factory: every type builds, round-trips and finds neighbours."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np
import numpy.typing as npt
import pytest

from rag_glossary.errors import IndexCorruptError, IndexMissingError, UsageError
from rag_glossary.faiss_index import (
    INDEX_TYPES,
    SearchParams,
    ann_memory_bytes,
    build_faiss_index,
    choose_index_type,
    configure_for_search,
    index_type_of,
    load_faiss_index,
    save_faiss_index,
    search_faiss_index,
    search_params,
)

DIM = 384
N = 4_000
K = 10


def clustered(n: int, seed: int, *, n_clusters: int = 60) -> npt.NDArray[np.float32]:
    """Normalized points around random centres, noise in a 48-d subspace plus a little
    everywhere: neighbourhoods like text embeddings have, unlike iid Gaussians."""
    rng = np.random.default_rng(1234)  # same centres and subspace for every draw
    centres = rng.standard_normal((n_clusters, DIM))
    basis = rng.standard_normal((48, DIM)) / np.sqrt(48)
    draw = np.random.default_rng(seed)
    points: npt.NDArray[np.float32] = (
        centres[draw.integers(0, n_clusters, n)]
        + 0.8 * draw.standard_normal((n, 48)) @ basis * np.sqrt(DIM / 48)
        + 0.3 * draw.standard_normal((n, DIM))
    ).astype(np.float32)
    faiss.normalize_L2(points)
    return points


@pytest.fixture(scope="module")
def data() -> npt.NDArray[np.float32]:
    return clustered(N, seed=1)


@pytest.fixture(scope="module")
def queries() -> npt.NDArray[np.float32]:
    return clustered(200, seed=2)


def recall_at_k(found: npt.NDArray[np.int64], exact: npt.NDArray[np.int64]) -> float:
    hits = sum(len(set(f.tolist()) & set(e.tolist())) for f, e in zip(found, exact, strict=True))
    return hits / exact.size


@pytest.mark.parametrize("index_type", INDEX_TYPES)
def test_type_builds_round_trips_and_recalls(
    index_type: str,
    data: npt.NDArray[np.float32],
    queries: npt.NDArray[np.float32],
    tmp_path: Path,
) -> None:
    index = build_faiss_index(data, index_type, seed=0)
    assert index_type_of(index) == index_type
    assert index.ntotal == N
    params = search_params(index)
    path = tmp_path / "vectors.faiss"
    save_faiss_index(index, path)
    assert ann_memory_bytes(index) == path.stat().st_size

    loaded = load_faiss_index(path, index_type)
    assert search_params(loaded) == params  # nprobe / efSearch survived the file
    _, exact = faiss.knn(queries, data, K, metric=faiss.METRIC_INNER_PRODUCT)
    _, found = search_faiss_index(loaded, queries, K, vectors=data)
    assert recall_at_k(found, exact) >= 0.9


def test_params_tuned_and_restorable(data: npt.NDArray[np.float32], tmp_path: Path) -> None:
    ivf = build_faiss_index(data, "ivf")
    hnsw = build_faiss_index(data, "hnsw")
    tuned_ivf, tuned_hnsw = search_params(ivf), search_params(hnsw)
    assert tuned_ivf.nprobe is not None and 1 < tuned_ivf.nprobe < ivf.nlist
    assert tuned_hnsw.ef_search is not None

    save_faiss_index(ivf, tmp_path / "ivf.faiss")
    loaded = load_faiss_index(tmp_path / "ivf.faiss", "ivf", SearchParams(nprobe=10**6))
    assert search_params(loaded).nprobe == ivf.nlist  # clamped to the list count
    configure_for_search(hnsw, SearchParams(ef_search=7))
    assert search_params(hnsw).ef_search == 7


def test_stricter_target_never_probes_less(data: npt.NDArray[np.float32]) -> None:
    loose = search_params(build_faiss_index(data, "ivf", target_recall=0.7)).nprobe
    strict = search_params(build_faiss_index(data, "ivf", target_recall=0.99)).nprobe
    assert loose is not None and strict is not None
    assert loose < strict


def test_pq_rerank_returns_exact_cosines(
    data: npt.NDArray[np.float32], queries: npt.NDArray[np.float32]
) -> None:
    index = build_faiss_index(data, "ivf-pq")
    assert search_params(index).refine_factor is not None
    scores, ids = search_faiss_index(index, queries[:5], K, vectors=data)
    exact = np.einsum("qkd,qd->qk", data[ids], queries[:5])
    np.testing.assert_allclose(scores, exact, rtol=1e-5, atol=1e-5)
    assert np.all(np.diff(scores, axis=1) <= 1e-6)


def test_choose_index_type_is_monotone_in_size() -> None:
    # From exact to approximate as the store grows, never back.
    order = ("flat", "hnsw", "ivf", "ivf-sq8", "ivf-pq")
    sizes = [10**e * m for e in range(1, 9) for m in (1, 2, 5)]
    ranks = [order.index(choose_index_type(n)) for n in sizes]
    assert ranks == sorted(ranks)
    assert choose_index_type(1_000) == "flat"
    assert choose_index_type(1_000_000) != "flat"


@pytest.mark.parametrize("index_type", ["ivf", "ivf-sq8", "ivf-pq"])
def test_tiny_input_falls_back_to_flat(index_type: str) -> None:
    tiny = clustered(50, seed=3)
    index = build_faiss_index(tiny, index_type)
    assert index_type_of(index) == "flat"
    _, ids = search_faiss_index(index, tiny[:3], 1)
    assert ids[:, 0].tolist() == [0, 1, 2]


def test_auto_and_unknown_type() -> None:
    assert index_type_of(build_faiss_index(clustered(300, seed=4))) == "flat"
    with pytest.raises(UsageError):
        build_faiss_index(clustered(300, seed=4), "annoy")


def test_truncated_file_is_corrupt(data: npt.NDArray[np.float32], tmp_path: Path) -> None:
    path = tmp_path / "vectors.faiss"
    save_faiss_index(build_faiss_index(data[:2_000], "hnsw"), path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(IndexCorruptError, match="--rebuild"):
        load_faiss_index(path, "hnsw")


def test_missing_file_and_type_mismatch(data: npt.NDArray[np.float32], tmp_path: Path) -> None:
    with pytest.raises(IndexMissingError):
        load_faiss_index(tmp_path / "absent.faiss", "flat")
    path = tmp_path / "flat.faiss"
    save_faiss_index(build_faiss_index(data[:500], "flat"), path)
    with pytest.raises(IndexCorruptError, match="expected hnsw"):
        load_faiss_index(path, "hnsw")
