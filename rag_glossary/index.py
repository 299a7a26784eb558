"""The persisted index: chunk vectors in FAISS, entries, BM25, and the query encoder.

Layout of an index folder (``indexes/default``)::

    CURRENT              name of the live generation, replaced atomically
    .lock                held while a build runs
    g-<time>-<pid>/      one complete generation
        manifest.json    format, model, chunking, index type, corpus file hashes
        entries.json     every Entry, so queries never re-parse the corpus
        chunks.json      chunk ids, entry ids and content hashes, in vector order
        vectors.npy      normalized chunk vectors (MMR, incremental re-index)
        faiss.index      the FAISS index over those vectors
        bm25/            the lexical index (bm25s)
        onnx/            the query encoder (model.onnx, tokenizer.json, encoder.json)

A build writes a new generation beside the live one and then swaps CURRENT,
so a crash or Ctrl-C mid-build leaves the previous index loadable. The
previous generation is kept until the next build, so a reader that read
CURRENT just before a swap still finds its files.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

import faiss
import numpy as np

from rag_glossary import __version__
from rag_glossary.calibration import calibrate_index
from rag_glossary.chunking import ChunkingConfig
from rag_glossary.corpus_files import corpus_fingerprint
from rag_glossary.errors import (
    GlossaryError,
    IndexCorruptError,
    IndexLockedError,
    IndexMissingError,
    IndexReadOnlyError,
    ModelMismatchError,
)
from rag_glossary.faiss_index import (
    build_faiss_index,
    choose_index_type,
    load_faiss_index,
    save_faiss_index,
)
from rag_glossary.lexical import LexicalIndex
from rag_glossary.models import Chunk, Entry

if TYPE_CHECKING:
    from rag_glossary.embedding import ModelSpec
    from rag_glossary.parsing import Corpus

FORMAT_VERSION = 2  # 2: BM25 stored as plain numpy arrays
CURRENT = "CURRENT"
MANIFEST = "manifest.json"
LOCK_TIMEOUT_S = 600.0
REBUILD_HINT = "run `rag-glossary index --rebuild`"


class BuildProgress(Protocol):
    """What a build reports while it works; the CLI draws it with rich."""

    def start(self, description: str, total: int) -> None: ...

    def advance(self, n: int) -> None: ...

    def message(self, text: str) -> None: ...


class _Silent:
    def start(self, description: str, total: int) -> None:
        pass

    def advance(self, n: int) -> None:
        pass

    def message(self, text: str) -> None:
        pass


@dataclass(frozen=True)
class Manifest:
    format_version: int
    model_id: str
    model_name: str
    dimension: int
    max_seq_length: int
    chunking: dict[str, int]
    index_type: str
    index_type_requested: str
    n_entries: int
    n_chunks: int
    corpus: dict[str, str]
    query_encoder: str
    created_at: str
    tool_version: str = __version__
    calibration: dict[str, Any] | None = None  # coverage bars (calibration.py); None: defaults

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Manifest:
        try:
            return cls(**data)
        except TypeError as exc:
            raise IndexCorruptError(f"index manifest is malformed ({exc}): {REBUILD_HINT}") from exc


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


@dataclass
class LoadedIndex:
    path: Path
    manifest: Manifest
    entries: list[Entry]
    chunks: list[Chunk]
    vectors: np.ndarray
    faiss_index: faiss.Index
    chunk_entry: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        position = {e.id: i for i, e in enumerate(self.entries)}
        self.chunk_entry = np.fromiter(
            (position[c.entry_id] for c in self.chunks), dtype=np.int64, count=len(self.chunks)
        )

    @property
    def onnx_dir(self) -> Path:
        return self.path / "onnx"

    def lexical(self) -> LexicalIndex:
        return LexicalIndex.load(self.path / "bm25", len(self.entries))


IndexState = Literal["missing", "stale", "ok"]


@dataclass(frozen=True)
class IndexStatus:
    state: IndexState
    reason: str
    manifest: Manifest | None = None


# ---------------------------------------------------------------- reading


def _current_generation(index_dir: Path) -> Path | None:
    try:
        name = (index_dir / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except NotADirectoryError as exc:
        raise IndexCorruptError(
            f"the index path {index_dir} is not a folder: "
            "point --index (or RAG_GLOSSARY_INDEX) to a folder"
        ) from exc
    except OSError as exc:
        raise IndexCorruptError(f"cannot read {index_dir / CURRENT}: {exc.strerror}") from exc
    path = index_dir / name
    if not name or "/" in name or not path.is_dir():
        raise IndexCorruptError(f"index at {index_dir} points to a missing build: {REBUILD_HINT}")
    return path


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise IndexCorruptError(f"index file {path.name} is missing: {REBUILD_HINT}") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise IndexCorruptError(f"index file {path.name} is damaged: {REBUILD_HINT}") from exc


def read_manifest(index_dir: Path) -> Manifest:
    generation = _current_generation(index_dir)
    if generation is None:
        raise IndexMissingError(f"no index at {index_dir}: run `rag-glossary index` to build it")
    return _manifest_of(generation)


def _manifest_of(generation: Path) -> Manifest:
    data = _read_json(generation / MANIFEST)
    if not isinstance(data, dict):
        raise IndexCorruptError(f"index manifest is damaged: {REBUILD_HINT}")
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise IndexCorruptError(
            f"index format {version!r} is not one this rag-glossary ({__version__}) reads "
            f"(format {FORMAT_VERSION}): upgrade rag-glossary or {REBUILD_HINT}"
        )
    return Manifest.from_dict(data)


def _load_vectors(path: Path, n_chunks: int, dimension: int) -> np.ndarray:
    try:
        vectors: np.ndarray = np.load(path, allow_pickle=False)
    except FileNotFoundError as exc:
        raise IndexCorruptError(f"index file {path.name} is missing: {REBUILD_HINT}") from exc
    except (ValueError, OSError, EOFError) as exc:
        raise IndexCorruptError(f"index file {path.name} is truncated: {REBUILD_HINT}") from exc
    if vectors.shape != (n_chunks, dimension) or vectors.dtype != np.float32:
        raise IndexCorruptError(
            f"index file {path.name} does not match the manifest: {REBUILD_HINT}"
        )
    return vectors


def load_index(index_dir: Path) -> LoadedIndex:
    """Load the live generation of an index, checking that its parts agree."""
    generation = _current_generation(index_dir)
    if generation is None:
        raise IndexMissingError(f"no index at {index_dir}: run `rag-glossary index` to build it")
    manifest = _manifest_of(generation)
    if manifest.format_version < FORMAT_VERSION:
        raise IndexCorruptError(
            f"the index at {index_dir} has format {manifest.format_version}, older than this "
            f"rag-glossary's {FORMAT_VERSION}: {REBUILD_HINT}"
        )
    try:
        entries = [Entry.from_dict(d) for d in _read_json(generation / "entries.json")]
        chunks = [Chunk(**d) for d in _read_json(generation / "chunks.json")]
    except (TypeError, KeyError) as exc:
        raise IndexCorruptError(f"index entries or chunks are damaged: {REBUILD_HINT}") from exc
    vectors = _load_vectors(generation / "vectors.npy", len(chunks), manifest.dimension)
    try:
        index = load_faiss_index(generation / "faiss.index", manifest.index_type)
    except IndexMissingError as exc:  # a part missing from a build is damage, not absence
        raise IndexCorruptError(str(exc)) from exc
    if index.ntotal != len(chunks) or len(entries) != manifest.n_entries:
        raise IndexCorruptError(f"index parts disagree in size: {REBUILD_HINT}")
    try:
        return LoadedIndex(generation, manifest, entries, chunks, vectors, index)
    except KeyError as exc:
        raise IndexCorruptError(f"index chunks name unknown entries: {REBUILD_HINT}") from exc


def index_status(corpus_dir: Path, index_dir: Path, model: str | None = None) -> IndexStatus:
    """Is the index there, and built from this corpus (and this model, if one is asked)?"""
    try:
        manifest = read_manifest(index_dir)
    except IndexMissingError:
        return IndexStatus("missing", f"no index at {index_dir} yet")
    if model is not None:
        _check_model(manifest, model)
    if manifest.format_version < FORMAT_VERSION:
        return IndexStatus("stale", "the index was built by an older rag-glossary", manifest)
    if manifest.corpus != corpus_fingerprint(corpus_dir):
        return IndexStatus("stale", "the corpus changed since the index was built", manifest)
    return IndexStatus("ok", "up to date", manifest)


def _check_model(manifest: Manifest, model: str) -> None:
    from rag_glossary.embedding import resolve_model

    asked = resolve_model(model)
    if asked.model_id != manifest.model_id:
        raise ModelMismatchError(
            f"the index was built with model {manifest.model_id!r} but {asked.model_id!r} "
            f"was asked for: run `rag-glossary index --rebuild --model {model}`"
        )


# ---------------------------------------------------------------- building


@dataclass(frozen=True)
class IndexSettings:
    """What a build is asked for. ``model=None`` is the embedded default."""

    model: str | None = None
    chunking: ChunkingConfig = field(default_factory=ChunkingConfig)
    index_type: str = "auto"


class DocumentEncoderLike(Protocol):
    """What a build needs of an embedding model (``embedding.DocumentEncoder``)."""

    @property
    def model_id(self) -> str: ...

    @property
    def dimension(self) -> int: ...

    @property
    def max_seq_length(self) -> int: ...

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...

    def count_tokens(self, text: str) -> int: ...

    def export_onnx(self, dest: Path) -> None: ...


def _lock(index_dir: Path, timeout: float) -> Any:
    from filelock import FileLock, Timeout

    lock = FileLock(str(index_dir / ".lock"))
    try:
        lock.acquire(timeout=timeout)
    except Timeout as exc:
        raise IndexLockedError(
            f"another build of {index_dir} has held its lock for {timeout:.0f} s: "
            "wait for it to finish, or remove the stale .lock file if no build runs"
        ) from exc
    return lock


def _prepare_dir(index_dir: Path) -> None:
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        probe = index_dir / f".probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise IndexReadOnlyError(
            f"cannot write the index folder {index_dir} ({exc.strerror}): "
            "choose a writable one with --index DIR"
        ) from exc


def build_index(
    corpus_dir: Path,
    index_dir: Path,
    settings: IndexSettings | None = None,
    *,
    rebuild: bool = False,
    progress: BuildProgress | None = None,
    lock_timeout: float = LOCK_TIMEOUT_S,
    encoder: DocumentEncoderLike | None = None,
) -> BuildReport:
    """Build or update the index of a corpus. Safe against crashes and concurrent builds.

    ``encoder`` replaces the sentence-transformers model (tests use a fake one);
    by default the model named in ``settings`` is loaded only if something
    needs embedding and no ONNX export of it is at hand.
    """
    settings = settings or IndexSettings()
    progress = progress or _Silent()
    if not rebuild:
        # Answered without the lock, so an up-to-date index in a read-only folder is fine.
        model_id = encoder.model_id if encoder is not None else _model_id(settings.model)
        current = _current_report(corpus_dir, index_dir, settings, model_id)
        if current is not None:
            return current
    _prepare_dir(index_dir)
    lock = _lock(index_dir, lock_timeout)
    try:
        return _build_locked(corpus_dir, index_dir, settings, rebuild, progress, encoder)
    finally:
        lock.release()


def _model_id(model: str | None) -> str:
    from rag_glossary.embedding import resolve_model

    return resolve_model(model).model_id


def _current_report(
    corpus_dir: Path, index_dir: Path, settings: IndexSettings, model_id: str
) -> BuildReport | None:
    """A "nothing to do" report if the live index already is what was asked for."""
    started = time.perf_counter()
    live = _previous(index_dir)  # loads every part: a damaged index is not "up to date"
    if (
        live is None
        or live.manifest.model_id != model_id
        or not _up_to_date(live.manifest, corpus_fingerprint(corpus_dir), settings)
    ):
        return None
    return _report(index_dir, live.path.name, live.manifest, started)


def _previous(index_dir: Path) -> LoadedIndex | None:
    try:
        return load_index(index_dir)
    except GlossaryError:
        return None


def _build_locked(
    corpus_dir: Path,
    index_dir: Path,
    settings: IndexSettings,
    rebuild: bool,
    progress: BuildProgress,
    encoder: DocumentEncoderLike | None,
) -> BuildReport:
    from rag_glossary.embedding import ModelSpec, resolve_model
    from rag_glossary.parsing import load_corpus

    started = time.perf_counter()
    fingerprint = corpus_fingerprint(corpus_dir)  # before parsing: an edit during the build shows
    if encoder is None:
        spec = resolve_model(settings.model)
    else:
        spec = ModelSpec(name=encoder.model_id, path="", model_id=encoder.model_id)
    previous = _previous(index_dir)
    if previous is not None and previous.manifest.model_id != spec.model_id:
        previous = None
    if (
        previous is not None
        and not rebuild
        and _up_to_date(previous.manifest, fingerprint, settings)
    ):
        return _report(index_dir, previous.path.name, previous.manifest, started)
    corpus = load_corpus(corpus_dir)
    plan = _EmbeddingPlan(spec, settings, previous if not rebuild else None, progress, encoder)
    chunks, vectors = plan.run(corpus.entries)
    generation = _write_generation(
        index_dir, corpus, fingerprint, chunks, vectors, plan, settings, progress
    )
    _prune(index_dir, keep={generation.name, previous.path.name if previous else ""})
    return BuildReport(
        index_dir=index_dir,
        generation=generation.name,
        built=True,
        n_entries=len(corpus.entries),
        n_chunks=len(chunks),
        embedded=plan.embedded,
        reused=plan.reused,
        index_type=plan.index_type,
        seconds=time.perf_counter() - started,
        reason="rebuilt" if rebuild else "built",
        warnings=corpus.warnings,
    )


def _up_to_date(manifest: Manifest, fingerprint: dict[str, str], settings: IndexSettings) -> bool:
    return (
        manifest.corpus == fingerprint
        and manifest.chunking == settings.chunking.to_dict()
        and manifest.index_type_requested == settings.index_type
    )


def _report(index_dir: Path, generation: str, m: Manifest, started: float) -> BuildReport:
    return BuildReport(
        index_dir=index_dir,
        generation=generation,
        built=False,
        n_entries=m.n_entries,
        n_chunks=m.n_chunks,
        embedded=0,
        reused=m.n_chunks,
        index_type=m.index_type,
        seconds=time.perf_counter() - started,
        reason="up to date",
    )


class _EmbeddingPlan:
    """Chunks the corpus and embeds what the previous generation does not already hold.

    When the previous generation has an ONNX export of the same model, new
    chunks are embedded with it (the two paths agree to cosine 0.9999): a small
    edit then costs milliseconds instead of loading sentence-transformers.
    """

    def __init__(
        self,
        spec: ModelSpec,
        settings: IndexSettings,
        previous: LoadedIndex | None,
        progress: BuildProgress,
        encoder: DocumentEncoderLike | None = None,
    ) -> None:
        self.spec = spec
        self.settings = settings
        self.previous = previous
        self.progress = progress
        self.embedded = 0
        self.reused = 0
        self.index_type = "flat"
        self.onnx_source: Path | None = None
        self.dimension = 0
        self.max_seq_length = 0
        self._document_encoder: Any = encoder
        self._fast: Any = None
        if previous is not None:
            self.dimension = previous.manifest.dimension
            self.max_seq_length = previous.manifest.max_seq_length
        if encoder is not None:
            self.dimension = encoder.dimension
            self.max_seq_length = encoder.max_seq_length

    def _cache(self) -> dict[str, np.ndarray]:
        if self.previous is None:
            return {}
        return {
            c.content_hash: self.previous.vectors[i] for i, c in enumerate(self.previous.chunks)
        }

    def _fast_encoder(self) -> Any:
        if self.previous is None or self._document_encoder is not None:
            return None
        from rag_glossary.embedding import QueryEncoder, onnx_files_present

        if not onnx_files_present(self.previous.onnx_dir):
            return None
        self.onnx_source = self.previous.onnx_dir
        return QueryEncoder.load(self.previous.onnx_dir)

    def document_encoder(self) -> Any:
        if self._document_encoder is None:
            from rag_glossary.embedding import DocumentEncoder

            self.progress.message(f"Loading embedding model {self.spec.model_id} ...")
            self._document_encoder = DocumentEncoder(self.spec)
            self.dimension = self._document_encoder.dimension
            self.max_seq_length = self._document_encoder.max_seq_length
        return self._document_encoder

    def _token_counter(self) -> Callable[[str], int]:
        self._fast = self._fast_encoder()
        if self._fast is not None:
            return self._fast.count_tokens  # type: ignore[no-any-return]
        return self.document_encoder().count_tokens  # type: ignore[no-any-return]

    def run(self, entries: Sequence[Entry]) -> tuple[list[Chunk], np.ndarray]:
        from rag_glossary.chunking import Chunker

        count = self._token_counter()
        config = self.settings.chunking
        if self.max_seq_length and config.max_tokens > self.max_seq_length:
            config = ChunkingConfig(
                self.max_seq_length, config.overlap_tokens, config.max_header_tokens
            )
        chunks = Chunker(count, config, self.spec.model_id).chunk_entries(entries)
        cache = self._cache()
        todo = sorted(
            {c.content_hash: c.text for c in chunks if c.content_hash not in cache}.items()
        )
        self.reused = sum(1 for c in chunks if c.content_hash in cache)
        self.embedded = len(todo)
        fresh = self._embed([text for _, text in todo])
        cache.update({h: fresh[i] for i, (h, _) in enumerate(todo)})
        dim = self.dimension or (fresh.shape[1] if len(fresh) else 0)
        vectors = np.vstack([cache[c.content_hash] for c in chunks]).astype(np.float32)
        if vectors.shape[1] != dim:
            raise IndexCorruptError(f"embedding sizes disagree: {REBUILD_HINT}")
        self.index_type = (
            choose_index_type(len(chunks))
            if self.settings.index_type == "auto"
            else self.settings.index_type
        )
        return chunks, vectors

    def _embed(self, texts: list[str], batch: int = 32) -> np.ndarray:
        # The ONNX export embeds documents as the model does (its document prompt).
        encode = (
            self._fast.encode_documents
            if self._fast is not None
            else self.document_encoder().encode
        )
        self.progress.start("Embedding chunks", len(texts))
        parts = []
        for start in range(0, len(texts), batch):
            parts.append(encode(texts[start : start + batch]))
            self.progress.advance(len(texts[start : start + batch]))
        if not parts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.vstack(parts).astype(np.float32)

    def write_onnx(self, dest: Path) -> str:
        """Put the query encoder into ``dest``; returns which query encoder the index uses."""
        if self.onnx_source is not None:
            shutil.copytree(self.onnx_source, dest, copy_function=_link_or_copy)
            return "onnx"
        self.progress.message("Exporting the query encoder to ONNX ...")
        try:
            self.document_encoder().export_onnx(dest)
        except GlossaryError as exc:
            self.progress.message(f"ONNX export failed, queries will load the full model: {exc}")
            shutil.rmtree(dest, ignore_errors=True)
            return "sentence-transformers"
        return "onnx"


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _write_generation(
    index_dir: Path,
    corpus: Corpus,
    fingerprint: dict[str, str],
    chunks: list[Chunk],
    vectors: np.ndarray,
    plan: _EmbeddingPlan,
    settings: IndexSettings,
    progress: BuildProgress,
) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    name = f"g-{stamp}-{os.getpid()}"
    tmp = index_dir / f".tmp-{name}"
    tmp.mkdir()
    try:
        query_encoder = plan.write_onnx(tmp / "onnx")
        progress.message(f"Writing the {plan.index_type} index ...")
        _write_parts(tmp, corpus, chunks, vectors, plan.index_type)
        progress.message("Calibrating coverage on the corpus ...")
        entry_ids = [c.entry_id for c in chunks]
        calibration = calibrate_index(
            corpus.entries, entry_ids, vectors, tmp / "onnx", plan.document_encoder
        )
        manifest = Manifest(
            format_version=FORMAT_VERSION,
            model_id=plan.spec.model_id,
            model_name=plan.spec.name,
            dimension=int(vectors.shape[1]),
            max_seq_length=plan.max_seq_length,
            chunking=settings.chunking.to_dict(),
            index_type=plan.index_type,
            index_type_requested=settings.index_type,
            n_entries=len(corpus.entries),
            n_chunks=len(chunks),
            corpus=fingerprint,
            query_encoder=query_encoder,
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            calibration=calibration,
        )
        _write_json(tmp / MANIFEST, manifest.to_dict())
        _fsync_tree(tmp)
        final = index_dir / name
        tmp.rename(final)
        _write_atomic(index_dir / CURRENT, name)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return final


def _write_parts(
    folder: Path, corpus: Corpus, chunks: list[Chunk], vectors: np.ndarray, index_type: str
) -> None:
    _write_json(folder / "entries.json", [e.to_dict() for e in corpus.entries])
    _write_json(folder / "chunks.json", [c.__dict__ for c in chunks])
    np.save(folder / "vectors.npy", vectors)
    faiss.omp_set_num_threads(os.cpu_count() or 1)  # a build uses every core
    save_faiss_index(build_faiss_index(vectors, index_type), folder / "faiss.index")
    LexicalIndex.build(corpus.entries).save(folder / "bm25")


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _fsync_tree(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with contextlib.suppress(OSError), path.open("rb+") as fh:
                os.fsync(fh.fileno())
    _fsync_dir(folder)


def _prune(index_dir: Path, keep: set[str]) -> None:
    """Remove generations other than the live and previous ones, and dead temp folders."""
    for path in index_dir.iterdir():
        if path.name in keep or not path.is_dir():
            continue
        if path.name.startswith("g-") or (
            path.name.startswith(".tmp-g-") and not _owner_alive(path.name)
        ):
            shutil.rmtree(path, ignore_errors=True)


def _owner_alive(tmp_name: str) -> bool:
    try:
        pid = int(tmp_name.rsplit("-", 1)[1])
        os.kill(pid, 0)
    except (ValueError, IndexError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True


def ensure_index(
    corpus_dir: Path,
    index_dir: Path,
    *,
    model: str | None = None,
    progress: BuildProgress | None = None,
) -> BuildReport | None:
    """Build the index on first use and rebuild it when the corpus changed.

    Returns None when the index was already up to date. ``model`` is only
    checked when given: without it, the index's own model is used.
    """
    status = index_status(corpus_dir, index_dir, model)
    if status.state == "ok":
        return None
    progress = progress or _Silent()
    if status.state == "missing":
        progress.message(f"No index at {index_dir} yet: building it (first use).")
    else:
        progress.message(f"{status.reason.capitalize()}: updating {index_dir}.")
    previous_model = status.manifest.model_name if status.manifest else None
    settings = IndexSettings(model=model or previous_model)
    if status.manifest is not None:
        settings = IndexSettings(
            model=model or previous_model,
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
