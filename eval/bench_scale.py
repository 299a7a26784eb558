"""Scale benchmark of the FAISS index types on synthetic 384-d embeddings.

For each size x index type: build time, memory (serialized bytes, RSS growth
and peak during the build), single-query latency p50/p95 (k=10) and recall@10
against exact search, on held-out queries drawn like the data.

The data is clustered, not iid: iid Gaussian vectors in 384-d have almost no
neighbourhood structure and make every ANN index look worse than on text
embeddings. The default generator mimics all-MiniLM-L6-v2 embeddings of the
shipped corpus (a common mean direction of norm ~0.35, a power-law PCA
spectrum with half the variance in ~30 directions, half of the variance
between topic clusters); ``--real PATH`` instead perturbs real vectors along
their own covariance.

    python eval/bench_scale.py                 # 10k and 100k
    python eval/bench_scale.py --with-1m       # adds 1M (~30 min on 2 shared cores)
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import gc
import json
import os
import platform
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import faiss
import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rag_glossary.faiss_index import (  # noqa: E402
    INDEX_TYPES,
    ann_memory_bytes,
    build_faiss_index,
    choose_index_type,
    search_faiss_index,
    search_params,
)

DIM = 384
K = 10
DEFAULT_SIZES = (10_000, 100_000)
DEFAULT_JSON = ROOT / "eval" / "bench_scale.json"
_CHUNK = 50_000
_WARMUP_QUERIES = 20

FloatArray = npt.NDArray[np.float32]


@dataclass(frozen=True)
class DataModel:
    """A topic tree of anisotropic Gaussians; points are its normalized leaves.

    Level 1: topics around the mean (or around real vectors); level 2:
    sub-topics (an entry and its paraphrases); leaves: points. Parents are
    drawn with Zipf-like weights, so some topics are much bigger than others,
    as in real corpora. Each level adds its share of the total variance.
    """

    mean: npt.NDArray[np.float64]
    # Rows: principal directions scaled by the std-dev along them.
    scaled_basis: npt.NDArray[np.float64]
    shares: tuple[float, float, float] = (0.3, 0.3, 0.4)
    leaf_isotropic: float = 0.5
    zipf: float = 0.7
    roots: npt.NDArray[np.float64] | None = None

    @property
    def dim(self) -> int:
        return int(self.mean.shape[0])

    @property
    def total_variance(self) -> float:
        return float((self.scaled_basis**2).sum())


def synthetic_model(seed: int, dim: int = DIM) -> DataModel:
    """Fitted to all-MiniLM-L6-v2 embeddings of 800 corpus/ paragraphs.

    At n=800, synthetic vs real: mean cosine of random pairs 0.13-0.14 vs
    0.13, norm of the mean 0.37 vs 0.36, PCA components holding 50/80/90% of
    the variance 28/116/187 vs 26/90/141, mean cosine of the 1st/10th/20th
    neighbour 0.65/0.47/0.41 vs 0.67/0.45/0.38, median local intrinsic
    dimension (MLE, k=20) 15 vs 14.
    """
    rng = np.random.default_rng(seed)
    basis, _ = np.linalg.qr(rng.standard_normal((dim, dim)))
    spectrum = (np.arange(dim) + 10.0) ** -1.0
    spectrum *= 0.88 / spectrum.sum()
    mean = rng.standard_normal(dim)
    mean *= 0.35 / np.linalg.norm(mean)
    return DataModel(mean, (basis * np.sqrt(spectrum)).T)


def real_model(path: Path) -> DataModel:
    """Topics are jittered real vectors; perturbations follow their covariance."""
    real = np.load(path).astype(np.float64)
    real /= np.linalg.norm(real, axis=1, keepdims=True)
    mean = real.mean(axis=0)
    _, sing, vt = np.linalg.svd(real - mean, full_matrices=False)
    std = sing / np.sqrt(len(real))
    return DataModel(mean, vt * std[:, None], shares=(0.1, 0.3, 0.4), roots=real)


def tree_sizes(n: int) -> tuple[int, int]:
    """Topics ~sqrt(n) (1,000 at 1M), sub-topics ~3 points each on average."""
    return max(4, round(np.sqrt(n))), max(8, round(0.375 * n))


def _zipf_parents(count: int, parents: int, zipf: float, rng: np.random.Generator) -> Any:
    weights = (np.arange(parents) + 1.0) ** -zipf
    return rng.choice(parents, count, p=weights / weights.sum())


def _noise(model: DataModel, count: int, isotropic: float, rng: np.random.Generator) -> Any:
    shaped = rng.standard_normal((count, model.scaled_basis.shape[0])) @ model.scaled_basis
    if isotropic == 0.0:
        return shaped
    flat = rng.standard_normal((count, model.dim)) * np.sqrt(model.total_variance / model.dim)
    return np.sqrt(1.0 - isotropic) * shaped + np.sqrt(isotropic) * flat


def draw_subtopics(model: DataModel, n: int, rng: np.random.Generator) -> FloatArray:
    """The level-2 centres for a data set of ``n`` points."""
    n_topics, n_sub = tree_sizes(n)
    if model.roots is None:
        topics = model.mean + np.sqrt(model.shares[0]) * _noise(model, n_topics, 0.0, rng)
    else:
        picked = model.roots[rng.integers(0, len(model.roots), n_topics)]
        topics = picked + np.sqrt(model.shares[0]) * _noise(model, n_topics, 0.0, rng)
    subs = np.empty((n_sub, model.dim), dtype=np.float32)
    for start in range(0, n_sub, _CHUNK):
        stop = min(n_sub, start + _CHUNK)
        parents = _zipf_parents(stop - start, n_topics, model.zipf, rng)
        noise = _noise(model, stop - start, 0.0, rng)
        subs[start:stop] = topics[parents] + np.sqrt(model.shares[1]) * noise
    return subs


def draw_points(
    model: DataModel, subtopics: FloatArray, n: int, rng: np.random.Generator
) -> FloatArray:
    """``n`` normalized leaves under ``subtopics``, generated in chunks."""
    out = np.empty((n, model.dim), dtype=np.float32)
    for start in range(0, n, _CHUNK):
        stop = min(n, start + _CHUNK)
        parents = _zipf_parents(stop - start, len(subtopics), model.zipf, rng)
        noise = _noise(model, stop - start, model.leaf_isotropic, rng)
        out[start:stop] = subtopics[parents] + np.sqrt(model.shares[2]) * noise
    faiss.normalize_L2(out)
    return out


def rss_bytes(field: str = "VmRSS") -> int:
    """Current (VmRSS) or peak (VmHWM) resident memory of this process."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return 0


def release_free_memory() -> None:
    """Hand freed heap pages back to the OS so RSS deltas mean something."""
    gc.collect()
    with contextlib.suppress(OSError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def reset_peak_rss() -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0); False if not allowed."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def machine_info() -> dict[str, Any]:
    model = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    mem_kib = 0
    meminfo = Path("/proc/meminfo")
    if meminfo.is_file():
        mem_kib = int(meminfo.read_text().split()[1])
    return {
        "nproc": os.cpu_count(),
        "cpu": model,
        "mem_gib": round(mem_kib / 2**20, 1),
        "python": platform.python_version(),
        "faiss": faiss.__version__,
        "faiss_simd": faiss.get_compile_options().strip(),
        "numpy": np.__version__,
    }


def time_single_queries(
    index: Any, queries: FloatArray, data: FloatArray, threads: int
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]:
    """Latency in ms of each query searched alone, and the ids found.

    ``data`` is passed as the exact vectors ivf-pq re-ranks with (in the
    application: the memory-mapped vectors.npy).
    """
    faiss.omp_set_num_threads(threads)
    for q in queries[:_WARMUP_QUERIES]:
        search_faiss_index(index, q, K, vectors=data)
    times = np.empty(len(queries))
    found = np.empty((len(queries), K), dtype=np.int64)
    for i, q in enumerate(queries):
        start = time.perf_counter()
        _, ids = search_faiss_index(index, q, K, vectors=data)
        times[i] = (time.perf_counter() - start) * 1000.0
        found[i] = ids[0]
    return times, found


def recall_at_k(found: npt.NDArray[np.int64], exact: npt.NDArray[np.int64]) -> float:
    hits = sum(len(set(f.tolist()) & set(e.tolist())) for f, e in zip(found, exact, strict=True))
    return hits / exact.size


def bench_one(
    data: FloatArray,
    queries: FloatArray,
    exact: npt.NDArray[np.int64],
    index_type: str,
    *,
    build_threads: int,
    search_threads: Sequence[int],
    seed: int,
) -> dict[str, Any]:
    faiss.omp_set_num_threads(build_threads)
    release_free_memory()
    rss_before = rss_bytes()
    peak_ok = reset_peak_rss()
    start = time.perf_counter()
    index = build_faiss_index(data, index_type, seed=seed)
    build_s = time.perf_counter() - start
    release_free_memory()
    row: dict[str, Any] = {
        "n": len(data),
        "type": index_type,
        "build_s": round(build_s, 2),
        "index_bytes": ann_memory_bytes(index),
        "rss_delta_bytes": rss_bytes() - rss_before,
        "build_peak_delta_bytes": rss_bytes("VmHWM") - rss_before if peak_ok else None,
        "params": search_params(index).to_dict(),
    }
    for threads in search_threads:
        times, found = time_single_queries(index, queries, data, threads)
        row[f"p50_ms_{threads}t"] = round(float(np.percentile(times, 50)), 3)
        row[f"p95_ms_{threads}t"] = round(float(np.percentile(times, 95)), 3)
        row["recall_at_10"] = round(recall_at_k(found, exact), 4)
    row["bytes_per_vector"] = round(row["index_bytes"] / len(data), 1)
    # Other users of the shared 2 cores show up here; a high value flags a noisy row.
    row["load_avg_1m"] = round(os.getloadavg()[0], 2)
    del index
    gc.collect()
    return row


def run_scale_bench(
    sizes: Iterable[int] = DEFAULT_SIZES,
    types: Iterable[str] = INDEX_TYPES,
    *,
    n_queries: int = 500,
    seed: int = 0,
    real: Path | None = None,
    build_threads: int = 2,
    search_threads: Sequence[int] = (1, 2),
    log: Callable[[str], None] = print,
) -> list[dict[str, Any]]:
    """One result row per size x type (see ``bench_one`` for the fields)."""
    model = real_model(real) if real is not None else synthetic_model(seed)
    rows: list[dict[str, Any]] = []
    for n in sizes:
        rng = np.random.default_rng([seed, n])
        subtopics = draw_subtopics(model, n, rng)
        data = draw_points(model, subtopics, n, rng)
        queries = draw_points(model, subtopics, n_queries, rng)
        del subtopics
        faiss.omp_set_num_threads(build_threads)
        start = time.perf_counter()
        _, exact = faiss.knn(queries, data, K, metric=faiss.METRIC_INNER_PRODUCT)
        log(f"n={n:,}: data ready, exact batch search {time.perf_counter() - start:.1f}s")
        for index_type in types:
            row = bench_one(
                data,
                queries,
                exact,
                index_type,
                build_threads=build_threads,
                search_threads=search_threads,
                seed=seed,
            )
            rows.append(row)
            log(format_row(row, search_threads))
        del data, queries, exact
        gc.collect()
    return rows


_HEADER = (
    f"{'n':>9} {'type':<8} {'build s':>8} {'MiB':>8} {'B/vec':>7} {'RSS+MiB':>8} "
    f"{'peak+MiB':>8} {'p50 ms':>7} {'p95 ms':>7} {'p50 2t':>7} {'recall':>7}  params"
)


def format_row(row: dict[str, Any], search_threads: Sequence[int] = (1, 2)) -> str:
    mib = 2.0**20
    peak = row["build_peak_delta_bytes"]
    first = search_threads[0]
    second = f"{row[f'p50_ms_{search_threads[1]}t']:7.2f}" if len(search_threads) > 1 else " " * 7
    knobs = ", ".join(f"{k}={v}" for k, v in row["params"].items() if v is not None)
    return (
        f"{row['n']:>9,} {row['type']:<8} {row['build_s']:>8.1f} "
        f"{row['index_bytes'] / mib:>8.1f} {row['bytes_per_vector']:>7.0f} "
        f"{row['rss_delta_bytes'] / mib:>8.1f} "
        f"{(peak / mib if peak is not None else float('nan')):>8.1f} "
        f"{row[f'p50_ms_{first}t']:>7.2f} {row[f'p95_ms_{first}t']:>7.2f} {second} "
        f"{row['recall_at_10']:>7.3f}  {knobs}"
    )


def print_table(rows: list[dict[str, Any]], search_threads: Sequence[int]) -> None:
    print(_HEADER)
    for row in rows:
        print(format_row(row, search_threads))


def merge_rows(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep earlier rows (e.g. the 1M run) that this run did not redo."""
    redone = {(r["n"], r["type"]) for r in new}
    kept = [r for r in old if (r["n"], r["type"]) not in redone]
    return sorted(kept + new, key=lambda r: (r["n"], INDEX_TYPES.index(r["type"])))


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--with-1m", action="store_true", help="add the 1,000,000 case")
    parser.add_argument("--types", nargs="+", choices=INDEX_TYPES, default=list(INDEX_TYPES))
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--real", type=Path, help=".npy of real embeddings to perturb")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--build-threads", type=int, default=2)
    parser.add_argument("--search-threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--json-out", type=Path, default=DEFAULT_JSON)
    parser.add_argument("--replace", action="store_true", help="drop rows of earlier runs")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = sorted(set(args.sizes) | ({1_000_000} if args.with_1m else set()))
    print(_HEADER)
    rows = run_scale_bench(
        sizes,
        args.types,
        n_queries=args.queries,
        seed=args.seed,
        real=args.real,
        build_threads=args.build_threads,
        search_threads=args.search_threads,
    )
    out: Path = args.json_out
    if out.is_file() and not args.replace:
        rows = merge_rows(json.loads(out.read_text()).get("results", []), rows)
    report = {
        "machine": machine_info(),
        "data": f"real perturbed: {args.real}" if args.real else "synthetic clustered",
        "k": K,
        "queries": args.queries,
        "results": rows,
        "auto_choice": {str(n): choose_index_type(n) for n in sorted({r["n"] for r in rows})},
    }
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nall results ({out}):")
    print_table(rows, args.search_threads)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
