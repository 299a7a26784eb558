"""Building an index: the up-to-date check, a new generation (lock and pruning: folder.py).

A build writes a new generation beside the live one and swaps CURRENT
(:mod:`.store`), so a crash leaves the previous index loadable. The previous
generation is kept until the next build, so a reader that read CURRENT just
before a swap still finds its files. What gets embedded is decided in
:mod:`.plan`.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from rag_glossary.calibration import calibrate_index
from rag_glossary.chunking import ChunkingConfig
from rag_glossary.corpus_files import corpus_fingerprint
from rag_glossary.coverage.glossary_language import corpus_language
from rag_glossary.errors import (
    IndexReadOnlyError,
    UsageError,
)
from rag_glossary.faiss_index import INDEX_TYPES
from rag_glossary.hubness import index_hub_scores
from rag_glossary.index import store
from rag_glossary.index.corpus_check import check_same_corpus
from rag_glossary.index.dense import FaissIndex
from rag_glossary.index.folder import prepare_dir, prune, take_lock
from rag_glossary.index.freshness import index_status, is_current, version_stamps
from rag_glossary.index.plan import (
    BuildProgress,
    EmbeddingPlan,
    EncoderChoice,
    Silent,
    choose_encoder,
    plan_embeddings,
    write_query_encoder,
)
from rag_glossary.index.store import FORMAT_VERSION, LoadedIndex, Manifest
from rag_glossary.unit_vectors import UnitVectors
from rag_glossary.validation import check_path

if TYPE_CHECKING:
    from rag_glossary.embedding import Encoder, ModelSpec
    from rag_glossary.parsing import Corpus

LOCK_TIMEOUT_S = 600.0
PathLike = str | os.PathLike[str]


@dataclass(frozen=True)
class IndexSettings:
    """What a build is asked for. ``model=None`` is the embedded default."""

    model: str | None = None
    chunking: ChunkingConfig = field(default_factory=ChunkingConfig)
    index_type: str = "auto"

    def __post_init__(self) -> None:
        if self.index_type not in ("auto", *INDEX_TYPES):
            raise UsageError(
                f"unknown index type {self.index_type!r}: "
                f"use auto or one of {', '.join(INDEX_TYPES)}"
            )


@dataclass(frozen=True)
class BuildReport:
    index_dir: Path
    generation: str
    built: bool
    n_entries: int
    n_chunks: int
    embedded: int
    reused: int
    index_type: str
    seconds: float
    reason: str
    warnings: tuple[str, ...] = ()

    def summary(self) -> str:
        if not self.built:
            return f"Index up to date: {self.n_entries} entries, {self.n_chunks} chunks."
        shared = self.n_chunks - self.embedded - self.reused
        same = f", {shared} same text as another chunk" if shared > 0 else ""
        return (
            f"Indexed {self.n_entries} entries as {self.n_chunks} chunks "
            f"({self.embedded} embedded, {self.reused} reused{same}) into {self.index_dir} "
            f"[{self.index_type}] in {self.seconds:.1f} s."
        )


def _up_to_date_report(index_dir: Path, live: LoadedIndex, started: float) -> BuildReport:
    m = live.manifest
    return BuildReport(
        index_dir=index_dir,
        generation=live.path.name,
        built=False,
        n_entries=m.n_entries,
        n_chunks=m.n_chunks,
        embedded=0,
        reused=m.n_chunks,
        index_type=m.index_type,
        seconds=time.perf_counter() - started,
        reason="up to date",
    )


# ---------------------------------------------------------------- building


def build_index(
    corpus_dir: PathLike,
    index_dir: PathLike,
    settings: IndexSettings | None = None,
    *,
    rebuild: bool = False,
    progress: BuildProgress | None = None,
    lock_timeout: float = LOCK_TIMEOUT_S,
    encoder: Encoder | None = None,
) -> BuildReport:
    """Build or update the index of a corpus. Safe against crashes and concurrent builds.

    ``encoder`` replaces the sentence-transformers model (tests use a fake one);
    by default the model named in ``settings`` is loaded only if something
    needs embedding and no ONNX export of it is at hand.
    """
    corpus_dir = check_path(corpus_dir, "corpus_dir")
    index_dir = check_path(index_dir, "index_dir")
    settings = settings or IndexSettings()
    progress = progress or Silent()
    spec = _spec(settings, encoder)
    if not rebuild:
        # Answered without the lock, so an up-to-date index in a read-only folder is fine.
        started = time.perf_counter()
        live = store.try_load_index(index_dir)  # every part: a damaged index is not current
        if live is not None:
            check_same_corpus(live.manifest, corpus_dir, index_dir)
        if live is not None and is_current(
            live, spec.model_id, corpus_fingerprint(corpus_dir), settings
        ):
            return _up_to_date_report(index_dir, live, started)
    prepare_dir(index_dir)
    lock = take_lock(index_dir, lock_timeout, progress)
    try:
        return _build_locked(corpus_dir, index_dir, settings, spec, rebuild, progress, encoder)
    finally:
        lock.release()


def _spec(settings: IndexSettings, encoder: Encoder | None) -> ModelSpec:
    from rag_glossary.embedding import ModelSpec, resolve_model

    if encoder is None:
        return resolve_model(settings.model)
    return ModelSpec(name=encoder.model_id, path="", model_id=encoder.model_id)


def _build_locked(
    corpus_dir: Path,
    index_dir: Path,
    settings: IndexSettings,
    spec: ModelSpec,
    rebuild: bool,
    progress: BuildProgress,
    encoder: Encoder | None,
) -> BuildReport:
    from rag_glossary.parsing import load_corpus

    started = time.perf_counter()
    fingerprint = corpus_fingerprint(corpus_dir)  # before parsing: an edit during the build shows
    previous = store.try_load_index(index_dir)
    if previous is not None and previous.manifest.model_id != spec.model_id:
        previous = None
    if (
        previous is not None
        and not rebuild
        and is_current(previous, spec.model_id, fingerprint, settings)
    ):
        return _up_to_date_report(index_dir, previous, started)  # built while we waited
    corpus = load_corpus(corpus_dir)
    reusable = None if rebuild else previous
    # The entries' own tables before anything else: see store.EntryTables.
    language = corpus_language(corpus.entries)
    tables = store.EntryTables(index_dir, corpus.entries, language)
    try:
        choice = choose_encoder(spec, reusable, encoder, progress)
        plan = plan_embeddings(
            corpus.entries,
            choice,
            reusable,
            settings.chunking,
            settings.index_type,
            spec.model_id,
            progress,
        )

        def fill(folder: Path) -> Manifest:
            tables.write(folder)
            units = UnitVectors.embed(corpus.entries, choice.encoder, progress, _units_of(reusable))
            manifest = _write_parts(
                folder, corpus, fingerprint, spec, settings, choice, plan, progress, units
            )
            return replace(manifest, corpus_dir=str(corpus_dir.resolve()), language=language)

        generation = store.write_generation(index_dir, fill)
    finally:
        tables.close()
    prune(index_dir, keep={generation.name, previous.path.name if previous else ""})
    return BuildReport(
        index_dir=index_dir,
        generation=generation.name,
        built=True,
        n_entries=len(corpus.entries),
        n_chunks=len(plan.chunks),
        embedded=plan.embedded,
        reused=plan.reused,
        index_type=plan.index_type,
        seconds=time.perf_counter() - started,
        reason="rebuilt" if rebuild else "built",
        warnings=(*corpus.warnings, *plan.warnings),
    )


def _units_of(previous: LoadedIndex | None) -> UnitVectors | None:
    """The previous generation's unit vectors, to reuse (same model: checked by the caller)."""
    return previous.units if previous is not None else None


def _write_parts(
    folder: Path,
    corpus: Corpus,
    fingerprint: dict[str, str],
    spec: ModelSpec,
    settings: IndexSettings,
    choice: EncoderChoice,
    plan: EmbeddingPlan,
    progress: BuildProgress,
    units: UnitVectors,
) -> Manifest:
    query_encoder = write_query_encoder(choice, folder / store.ONNX, progress)
    progress.message(f"Writing the {plan.index_type} index ...")
    dense = FaissIndex.build(plan.vectors, plan.index_type)
    hubness = index_hub_scores(
        [e.id for e in corpus.entries], [c.entry_id for c in plan.chunks], plan.vectors
    )
    store.write_parts(folder, corpus.entries, plan.chunks, plan.vectors, dense, hubness, units)
    progress.message("Calibrating coverage on the corpus ...")
    calibration = calibrate_index(
        corpus.entries,
        [c.entry_id for c in plan.chunks],
        plan.vectors,
        folder / store.ONNX,
        choice.encoder,
        units,
    )
    return Manifest(
        format_version=FORMAT_VERSION,
        model_id=spec.model_id,
        model_name=spec.name,
        dimension=int(plan.vectors.shape[1]),
        max_seq_length=plan.max_seq_length,
        chunking=settings.chunking.to_dict(),
        index_type=dense.index_type,
        index_type_requested=settings.index_type,
        n_entries=len(corpus.entries),
        n_chunks=len(plan.chunks),
        corpus=fingerprint,
        query_encoder=query_encoder,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        calibration=calibration,
        **version_stamps(),
    )


def ensure_index(
    corpus_dir: PathLike,
    index_dir: PathLike,
    *,
    model: str | None = None,
    progress: BuildProgress | None = None,
) -> BuildReport | None:
    """Build the index on first use and rebuild it when the corpus changed.

    Returns None when the index was already up to date. ``model`` is only
    checked when given: without it, the index's own model is used.
    """
    corpus_dir = check_path(corpus_dir, "corpus_dir")
    index_dir = check_path(index_dir, "index_dir")
    status = index_status(corpus_dir, index_dir, model)
    if status.state == "ok":
        return None
    if status.manifest is not None:
        # another corpus is refused before anything says the index is being updated
        check_same_corpus(status.manifest, corpus_dir, index_dir)
    progress = progress or Silent()
    if status.state == "missing":
        progress.message(f"Creating a new index at {index_dir}: building it (first use).")
    else:
        progress.message(f"{status.reason.capitalize()}: updating {index_dir}.")
    settings = IndexSettings(model=model)
    if status.manifest is not None:
        settings = IndexSettings(
            model=model or status.manifest.model_name,
            chunking=ChunkingConfig(**status.manifest.chunking),
            index_type=status.manifest.index_type_requested,
        )
    try:
        return build_index(corpus_dir, index_dir, settings, progress=progress)
    except IndexReadOnlyError as exc:
        if status.state == "missing":
            raise
        # Better the index as it was built than no answer at all.
        progress.message(f"warning: {exc}; searching the index as it was built")
        return None
