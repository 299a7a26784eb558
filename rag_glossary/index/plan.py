"""What a build embeds, as explicit steps over immutable values.

1. :func:`choose_encoder`: the previous generation's ONNX export of the same
   model when there is one (a small edit then costs milliseconds instead of
   loading sentence-transformers; the two paths agree to cosine 0.9999), else
   the per-user cache's verified export of it (embedding/cache.py: a first
   build of a new corpus never imports torch), else the model itself.
2. :func:`chunk_entries`: chunks sized in that model's word pieces.
3. :func:`reuse_vectors`: vectors of chunks whose text the previous
   generation already embedded.
4. :func:`embed_missing`: the rest, in one batched pass.
5. :func:`assemble`: one vector per chunk, and the index type chosen from the
   real vector count.

:func:`plan_embeddings` runs them in that order.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from rag_glossary.chunking import ChunkingConfig
from rag_glossary.errors import REBUILD_HINT, GlossaryError, IndexCorruptError
from rag_glossary.index.dense import effective_index_type
from rag_glossary.models import Chunk, Entry

if TYPE_CHECKING:
    from rag_glossary.embedding import Encoder, ModelSpec
    from rag_glossary.index.store import LoadedIndex


class BuildProgress(Protocol):
    """What a build reports while it works; the CLI draws it with rich."""

    def start(self, description: str, total: int) -> None: ...

    def advance(self, n: int) -> None: ...

    def message(self, text: str) -> None: ...


class Silent:
    """A :class:`BuildProgress` that shows nothing."""

    def start(self, description: str, total: int) -> None:
        pass

    def advance(self, n: int) -> None:
        pass

    def message(self, text: str) -> None:
        pass


@dataclass(frozen=True)
class EncoderChoice:
    """The encoder a build embeds with; ``max_seq_length`` is the window chunks must fit."""

    encoder: Encoder
    max_seq_length: int
    from_previous: bool
    from_cache: bool = False
    model: ModelSpec | None = None  # set when ``encoder`` is the model itself (it gets exported)


@dataclass(frozen=True)
class Reuse:
    """Vectors already embedded (by content hash) and the texts still to embed."""

    cached: dict[str, np.ndarray]
    todo: list[tuple[str, str]]
    reused: int


@dataclass(frozen=True)
class EmbeddingPlan:
    """Everything a build writes about its chunks."""

    chunks: list[Chunk]
    vectors: np.ndarray
    embedded: int
    reused: int
    index_type: str
    max_seq_length: int
    warnings: tuple[str, ...] = ()


def choose_encoder(
    spec: ModelSpec,
    previous: LoadedIndex | None,
    encoder: Encoder | None,
    progress: BuildProgress,
) -> EncoderChoice:
    """Step 1: an explicit ``encoder`` wins, then the previous export, then the model."""
    if encoder is not None:
        return EncoderChoice(encoder, encoder.max_seq_length, from_previous=False)
    from rag_glossary.embedding import QueryEncoder, onnx_files_present

    if previous is not None and onnx_files_present(previous.onnx_dir):
        fast = QueryEncoder.load(previous.onnx_dir)
        # The window chunks were cut to: the model's, as recorded at the first build.
        return EncoderChoice(fast, previous.manifest.max_seq_length, from_previous=True)
    cached = _cached_encoder(spec)
    if cached is not None:
        return cached
    from rag_glossary.embedding import DocumentEncoder

    progress.message(f"Loading embedding model {spec.model_id} ...")
    model = DocumentEncoder(spec)
    return EncoderChoice(model, model.max_seq_length, from_previous=False, model=spec)


def _cached_encoder(spec: ModelSpec) -> EncoderChoice | None:
    """The cache's verified export of ``spec`` (the window: the model's, as recorded)."""
    from rag_glossary.embedding import QueryEncoder, cache

    entry = cache.lookup(spec)
    if entry is None:
        return None
    try:
        fast = QueryEncoder.load(entry.folder)
    except IndexCorruptError:
        return None
    return EncoderChoice(fast, entry.max_seq_length, from_previous=False, from_cache=True)


def chunk_entries(
    entries: Sequence[Entry], choice: EncoderChoice, config: ChunkingConfig, model_id: str
) -> list[Chunk]:
    """Step 2: chunks that fit the encoder's window (longer settings are clamped)."""
    from rag_glossary.chunking import Chunker

    if choice.max_seq_length and config.max_tokens > choice.max_seq_length:
        config = ChunkingConfig(
            choice.max_seq_length, config.overlap_tokens, config.max_header_tokens
        )
    return Chunker(choice.encoder.count_tokens, config, model_id).chunk_entries(entries)


def reuse_vectors(chunks: Sequence[Chunk], previous: LoadedIndex | None) -> Reuse:
    """Step 3: split chunks into already-embedded texts and texts to embed (sorted by hash)."""
    cached: dict[str, np.ndarray] = {}
    if previous is not None:
        cached = {c.content_hash: previous.vectors[i] for i, c in enumerate(previous.chunks)}
    todo = sorted({c.content_hash: c.text for c in chunks if c.content_hash not in cached}.items())
    reused = sum(1 for c in chunks if c.content_hash in cached)
    return Reuse(cached, todo, reused)


def embed_missing(
    todo: Sequence[tuple[str, str]], encoder: Encoder, progress: BuildProgress
) -> dict[str, np.ndarray]:
    """Step 4: embed the texts no previous generation holds, as documents."""
    progress.start("Embedding chunks", len(todo))
    fresh = encoder.encode_documents([text for _, text in todo], on_progress=progress.advance)
    return {h: np.asarray(fresh[i], dtype=np.float32) for i, (h, _) in enumerate(todo)}


def assemble(chunks: Sequence[Chunk], vectors: dict[str, np.ndarray], dimension: int) -> np.ndarray:
    """Step 5: the chunk vectors in chunk order, checked to share one dimension."""
    rows = [vectors[c.content_hash] for c in chunks]
    if any(row.shape != (dimension,) for row in rows):
        raise IndexCorruptError(f"embedding sizes disagree: {REBUILD_HINT}")
    if not rows:
        return np.zeros((0, dimension), dtype=np.float32)
    return np.vstack(rows).astype(np.float32)


def index_type_warning(requested: str, built: str, n_vectors: int) -> tuple[str, ...]:
    """A warning when an explicitly requested index type could not be built."""
    if requested in ("auto", built):
        return ()
    return (
        f"--index-type {requested} needs at least 1,000 vectors to train; "
        f"built a {built} index over the {n_vectors} chunks instead",
    )


def chunk_size_warning(config: ChunkingConfig, window: int) -> tuple[str, ...]:
    """A warning when the chunk size asked for is more than the model reads.

    The default size is cut to a smaller model's window without a word: only a
    size someone chose is worth a warning.
    """
    if not window or config.max_tokens <= window or config == ChunkingConfig():
        return ()
    return (
        f"--chunk-tokens {config.max_tokens} is more than the model reads ({window} tokens): "
        f"chunks were cut to {window}",
    )


def plan_embeddings(
    entries: Sequence[Entry],
    choice: EncoderChoice,
    previous: LoadedIndex | None,
    chunking: ChunkingConfig,
    index_type: str,
    model_id: str,
    progress: BuildProgress,
) -> EmbeddingPlan:
    """Steps 2 to 5 for one build."""
    chunks = chunk_entries(entries, choice, chunking, model_id)
    reuse = reuse_vectors(chunks, previous)
    fresh = embed_missing(reuse.todo, choice.encoder, progress)
    vectors = assemble(chunks, {**reuse.cached, **fresh}, choice.encoder.dimension)
    built = effective_index_type(index_type, len(vectors))
    return EmbeddingPlan(
        chunks=chunks,
        vectors=vectors,
        embedded=len(reuse.todo),
        reused=reuse.reused,
        index_type=built,
        max_seq_length=choice.max_seq_length,
        warnings=(
            *chunk_size_warning(chunking, choice.max_seq_length),
            *index_type_warning(index_type, built, len(vectors)),
        ),
    )


def write_query_encoder(choice: EncoderChoice, dest: Path, progress: BuildProgress) -> str:
    """Put the query encoder into ``dest``; returns which query encoder the index uses.

    The previous generation's or the cache's files are hard-linked (copied across
    file systems); a model loaded for this build is exported into the cache first,
    then linked, or straight into ``dest`` when the cache is off or read-only.
    """
    if not (choice.from_previous or choice.from_cache):
        progress.message("Exporting the query encoder to ONNX ...")
    try:
        _export_into(choice, dest)
    except GlossaryError as exc:
        progress.message(f"ONNX export failed, queries will load the full model: {exc}")
        shutil.rmtree(dest, ignore_errors=True)
        return "sentence-transformers"
    return "onnx"


def _export_into(choice: EncoderChoice, dest: Path) -> None:
    from rag_glossary.embedding import cache, link_export

    stored = None
    if choice.model is not None:
        stored = cache.store(choice.model, choice.max_seq_length, choice.encoder.export_onnx)
    if stored is not None:
        link_export(stored.folder, dest)
    else:
        choice.encoder.export_onnx(dest)
