"""The persisted index: chunk vectors, entries, BM25 and the query encoder.

- :mod:`.store`: the on-disk format (layout, manifest, loading and validation, writing).
- :mod:`.build`: building (generations); :mod:`.freshness`: the up-to-date check.
- :mod:`.folder`: the folder around a build (lock, writability, pruning).
- :mod:`.plan`: what a build embeds, as explicit steps.
- :mod:`.dense`: the :class:`DenseIndex` protocol and its FAISS implementation.
"""

from __future__ import annotations

from rag_glossary.errors import REBUILD_HINT
from rag_glossary.index.build import (
    LOCK_TIMEOUT_S,
    BuildReport,
    IndexSettings,
    build_index,
    ensure_index,
)
from rag_glossary.index.dense import DenseIndex, FaissIndex
from rag_glossary.index.freshness import IndexState, IndexStatus, index_status
from rag_glossary.index.plan import BuildProgress
from rag_glossary.index.store import (
    CURRENT,
    FORMAT_VERSION,
    MANIFEST,
    LoadedIndex,
    Manifest,
    load_index,
    read_manifest,
)

__all__ = [
    "CURRENT",
    "FORMAT_VERSION",
    "LOCK_TIMEOUT_S",
    "MANIFEST",
    "REBUILD_HINT",
    "BuildProgress",
    "BuildReport",
    "DenseIndex",
    "FaissIndex",
    "IndexSettings",
    "IndexState",
    "IndexStatus",
    "LoadedIndex",
    "Manifest",
    "build_index",
    "ensure_index",
    "index_status",
    "load_index",
    "read_manifest",
]
