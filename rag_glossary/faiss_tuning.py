"""Build-time tuning of an approximate FAISS index's search knob (faiss_index.py builds).

The smallest IVF ``nprobe`` or HNSW ``efSearch`` that reaches the target
recall@10 against exact search, measured on held-out points of the data itself.
"""

from __future__ import annotations

from typing import Any

import faiss
import numpy as np

from rag_glossary.faiss_index import (
    INNER_PRODUCT,
    FloatArray,
    IdArray,
    _downcast,
    search_faiss_index,
)

# Calibration aims a little above the target: its estimate comes from a few
# hundred queries and must still hold on unseen ones.
_CALIBRATION_MARGIN = 0.015
_CALIBRATION_QUERIES = 500
MIN_HELD_OUT = 20
_EXACT_SLACK = 100
_ADD_CHUNK = 65_536
_RECALL_K = 10

_EF_LADDER = (16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512)
_NPROBE_LADDER = (1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512)


def _add_with_calibration(index: Any, data: FloatArray, seed: int, target: float) -> None:
    """Add ``data``, tuning the search knob on points held out until the end.

    Held-out points are real queries the index has never seen: searching
    for indexed points is far too easy (an HNSW search lands on the point and
    reads its neighbour list). IVF holds out random rows (it stores ids);
    HNSW numbers its points by insertion, so it holds out the last rows.
    """
    n = len(data)
    n_held = max(MIN_HELD_OUT, min(_CALIBRATION_QUERIES, n // 10))
    ivf = faiss.try_extract_index_ivf(index) is not None
    if ivf:
        held = np.random.default_rng(seed + 1).choice(n, n_held, replace=False)
    else:
        held = np.arange(n - n_held, n)
    kept = np.setdiff1d(np.arange(n), held)
    _add_rows(index, data, kept, with_ids=ivf)
    _calibrate(index, data, held, target)
    _add_rows(index, data, held, with_ids=ivf)


def _add_rows(index: Any, data: FloatArray, rows: IdArray, *, with_ids: bool) -> None:
    """Add ``data[rows]`` in chunks, so no full copy of a large input is made."""
    for start in range(0, len(rows), _ADD_CHUNK):
        part = rows[start : start + _ADD_CHUNK]
        if with_ids:
            index.add_with_ids(data[part], part)
        else:
            index.add(data[part])


def _calibrate(index: Any, data: FloatArray, held: IdArray, target_recall: float) -> None:
    """Set the smallest nprobe / efSearch reaching the target for ``held`` rows.

    If no value reaches the target, the smallest one within 0.005 of the
    best recall is kept.
    """
    queries = data[held]
    exact_sets = _exact_neighbours(queries, data, held)
    ladder = _knob_ladder(index)
    recalls: list[float] = []
    for value in ladder:
        _apply_knob(index, value)
        _, found = search_faiss_index(index, queries, _RECALL_K, vectors=data)
        recalls.append(_mean_overlap([set(row.tolist()) for row in found], exact_sets))
        if recalls[-1] >= target_recall + _CALIBRATION_MARGIN:
            return
    best = max(recalls)
    _apply_knob(index, next(v for v, r in zip(ladder, recalls, strict=True) if r >= best - 0.005))


def _exact_neighbours(queries: FloatArray, data: FloatArray, held: IdArray) -> list[set[int]]:
    """Exact top-k of each query among the rows not held out.

    Searches deeper than k so that held-out rows can be skipped; should more
    than _EXACT_SLACK of them crowd one query's top list, its set is short
    and the recall estimate errs low.
    """
    _, ids = faiss.knn(
        queries, data, min(len(data), _RECALL_K + _EXACT_SLACK), metric=INNER_PRODUCT
    )
    excluded = set(held.tolist())
    return [set([i for i in row.tolist() if i not in excluded][:_RECALL_K]) for row in ids]


def _mean_overlap(found: list[set[int]], exact: list[set[int]]) -> float:
    hits = sum(len(f & e) for f, e in zip(found, exact, strict=True))
    return hits / (_RECALL_K * len(exact))


def _knob_ladder(index: Any) -> tuple[int, ...]:
    ivf = faiss.try_extract_index_ivf(index)
    if ivf is not None:
        return (*(p for p in _NPROBE_LADDER if p < ivf.nlist), ivf.nlist)
    return _EF_LADDER


def _apply_knob(index: Any, value: int) -> None:
    ivf = faiss.try_extract_index_ivf(index)
    if ivf is not None:
        ivf.nprobe = value
    else:
        _downcast(index).hnsw.efSearch = value
