"""Hubness: how close each entry sits to its nearest neighbours in the glossary.

In embedding spaces some vectors are near almost everything (hubs): a broad
entry ("Time series", "Model", "Timestamps") is among the nearest entries of
any question on its topic. A question that names a term is not hurt by this,
but one that describes a concept in everyday words is: the broad entry wins
by a little over the specific entry the description explains. Cross-domain
similarity local scaling (CSLS, Conneau et al. 2018) corrects a similarity by
the mean similarity of the entry to its ``k`` nearest neighbours; retrieval.py
subtracts a share of that hubness, centred on the glossary's mean, from a
described question's dense scores.

The scores are computed at index time and stored with the index
(``hubness.npy``); an index built before they were kept computes them on
first use.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from rag_glossary.calibration import entry_vectors

HUB_NEIGHBOURS = 10
# Above this many entries the neighbours are sought among an evenly spaced
# sample, so the cost stays linear in the glossary's size.
MAX_REFERENCE = 4096
_BLOCK = 256


def hub_scores(entry_vectors: np.ndarray, neighbours: int = HUB_NEIGHBOURS) -> np.ndarray:
    """Each entry's mean cosine to its ``neighbours`` nearest other entries, minus the mean.

    ``entry_vectors`` are L2-normalized, one row per entry (zero rows: entries
    without vectors). Returns float32, one value per entry, mean zero.
    """
    n = len(entry_vectors)
    if n < 2:
        return np.zeros(n, dtype=np.float32)
    vectors = np.asarray(entry_vectors, dtype=np.float32)
    step = max(1, -(-n // MAX_REFERENCE))
    reference = np.arange(0, n, step)
    k = min(neighbours, len(reference) - 1)
    out = np.empty(n, dtype=np.float32)
    for start in range(0, n, _BLOCK):
        rows = np.arange(start, min(n, start + _BLOCK))
        sims = vectors[rows] @ vectors[reference].T
        sims[rows[:, None] == reference[None, :]] = -np.inf  # not its own neighbour
        # negated and partitioned in place: no copies of the block (3 were ~40 MB at 10,000)
        np.negative(sims, out=sims)
        sims.partition(k - 1, axis=1)
        out[rows] = -sims[:, :k].mean(axis=1)
    centred: np.ndarray = (out - out.mean()).astype(np.float32)
    return centred


def index_hub_scores(
    entry_ids: Sequence[str], chunk_entry_ids: Sequence[str], vectors: np.ndarray
) -> np.ndarray:
    """Hub scores of an index's entries from its chunk vectors (each entry: its chunks' mean)."""
    position = {entry_id: i for i, entry_id in enumerate(entry_ids)}
    chunk_entry = np.array([position[e] for e in chunk_entry_ids], dtype=np.int64)
    return hub_scores(entry_vectors(vectors, chunk_entry, len(entry_ids)))
