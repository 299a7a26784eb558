"""Maximal marginal relevance: the ``k`` entries that are relevant but not redundant."""

from __future__ import annotations

import numpy as np


def mmr(
    order: list[int],
    fused: dict[int, float],
    k: int,
    entry_vectors: np.ndarray,
    lambda_mult: float,
) -> list[int]:
    """Picks ``k`` of ``order`` (entry positions, best first) by fused relevance
    traded against similarity (``entry_vectors``) to the ones already picked."""
    if len(order) <= 1:
        return order[:k]
    top = fused[order[0]]
    low = min(fused[i] for i in order)
    span = (top - low) or 1.0
    relevance = np.array([(fused[i] - low) / span for i in order], dtype=np.float32)
    vecs = entry_vectors[order]
    sims = vecs @ vecs.T
    lam = lambda_mult
    redundancy = np.zeros(len(order), dtype=np.float32)
    available = np.ones(len(order), dtype=bool)
    chosen: list[int] = []
    while len(chosen) < min(k, len(order)):
        gain = np.where(available, lam * relevance - (1 - lam) * redundancy, -np.inf)
        best = int(np.argmax(gain))
        chosen.append(best)
        available[best] = False
        redundancy = np.maximum(redundancy, sims[best])
    return [order[j] for j in chosen]
