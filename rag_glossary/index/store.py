"""The on-disk format of an index: layout, manifest, loading and validation, writing.

Layout of an index folder (``indexes/default``)::

    CURRENT              name of the live generation, replaced atomically
    .lock                held while a build runs
    g-<time>-<pid>/      one complete generation
        manifest.json    format, model, chunking, index type, corpus file hashes
        entries.json     every Entry, so queries never re-parse the corpus
        chunks.json      chunk ids, entry ids and content hashes, in vector order
        vectors.npy      normalized chunk vectors (MMR, incremental re-index)
        hubness.npy      each entry's hubness (hubness.py; absent in older indexes)
        coverage.json    the coverage lookup's tables (coverage/stored.py; written on first
                         use in older indexes)
        faiss.index      the dense index over those vectors
        bm25/            the lexical index (bm25s)
        units.npy        every entry's answer units' vectors, float16 (unit_vectors.py;
        units.json       absent in older indexes: answers then go without them)
        entry_units.jsonl  every entry's answer units, one JSON line per entry, read per
                         entry on first use (stored_units.py; used only when the manifest's
                         units_version is this code's: else entries are split per query)
        vocabulary.json  the words and stems the coverage rules look up (coverage/vocabulary.py)
        onnx/            the query encoder (model.onnx, tokenizer.json, encoder.json): hard
                         links to the previous generation's files or to the per-user cache's
                         export (embedding/cache.py), copies where links are refused

A generation is written beside the live one and then CURRENT is swapped, so a
crash or Ctrl-C mid-write leaves the previous index loadable.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from rag_glossary import __version__
from rag_glossary.coverage.stored import COVERAGE_FILE
from rag_glossary.coverage.vocabulary import VOCABULARY_VERSION, Vocabulary
from rag_glossary.errors import (
    REBUILD_HINT,
    GlossaryError,
    IndexCorruptError,
    IndexMissingError,
)
from rag_glossary.index.dense import DenseIndex, FaissIndex
from rag_glossary.index.json_files import Streamed, entry_dicts, write_coverage, write_json
from rag_glossary.lexical import LexicalIndex
from rag_glossary.models import Chunk, Entry
from rag_glossary.stored_units import StoredUnits
from rag_glossary.unit_vectors import UnitVectors
from rag_glossary.validation import check_path

FORMAT_VERSION = 2  # 2: BM25 stored as plain numpy arrays
CURRENT = "CURRENT"
MANIFEST = "manifest.json"
ENTRIES = "entries.json"
CHUNKS = "chunks.json"
VECTORS = "vectors.npy"
HUBNESS = "hubness.npy"
DENSE = "faiss.index"
LEXICAL = "bm25"
ONNX = "onnx"
VOCABULARY = "vocabulary.json"
GENERATION_PREFIX = "g-"
TMP_PREFIX = ".tmp-"


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
    corpus_dir: str = ""  # the folder it was built from ("" in indexes built before it was kept)
    calibration: dict[str, Any] | None = None  # coverage bars (calibration.py); None: defaults
    parser_version: int = 0  # parsing.PARSER_VERSION of the build (0: built before it was kept)
    units_version: int = 0  # unit_vectors.UNITS_VERSION of the build (0: no unit vectors)
    vocabulary_version: int = 0  # coverage.vocabulary.VOCABULARY_VERSION (0: none stored)
    lexical_version: int = 0  # lexical.LEXICAL_VERSION: how the BM25 tokens were stemmed
    language: str | None = None  # the glossary's language (ISO 639-1; None: English)
    # language_stamp.detection_stamp() of the build: what ``language`` was detected with
    language_stamp: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Manifest:
        try:
            return cls(**data)
        except TypeError as exc:
            raise IndexCorruptError(f"index manifest is malformed ({exc}): {REBUILD_HINT}") from exc


@dataclass(frozen=True)
class LoadedIndex:
    """Every part of one generation, checked to agree with each other."""

    path: Path
    manifest: Manifest
    entries: list[Entry]
    chunks: list[Chunk]
    vectors: np.ndarray
    dense: DenseIndex
    hubness: np.ndarray | None = None  # None: built before it was kept (computed on use)
    units: UnitVectors | None = None  # None: built before they were kept (no unit similarity)
    vocabulary: Vocabulary | None = None  # None: not stored by this code (derived on use)
    entry_units: StoredUnits | None = None  # None: another units_version (split per query)

    @property
    def onnx_dir(self) -> Path:
        return self.path / ONNX

    def lexical(self) -> LexicalIndex:
        return LexicalIndex.load(self.path / LEXICAL, len(self.entries), self.manifest.language)


# ---------------------------------------------------------------- reading


def current_generation(index_dir: Path) -> Path | None:
    """The live generation's folder (None when no index was ever built there)."""
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


def _live_generation(index_dir: Path) -> Path:
    generation = current_generation(index_dir)
    if generation is None:
        raise IndexMissingError(f"no index at {index_dir}: run `rag-glossary index` to build it")
    return generation


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise IndexCorruptError(f"index file {path.name} is missing: {REBUILD_HINT}") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise IndexCorruptError(f"index file {path.name} is damaged: {REBUILD_HINT}") from exc


def read_manifest(index_dir: str | os.PathLike[str]) -> Manifest:
    """The live generation's manifest (IndexMissingError when there is no index)."""
    return _manifest_of(_live_generation(Path(index_dir)))


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


def load_index(index_dir: str | os.PathLike[str]) -> LoadedIndex:
    """Load the live generation of an index, checking that its parts agree."""
    index_dir = check_path(index_dir, "index_dir")
    generation = _live_generation(index_dir)
    manifest = _manifest_of(generation)
    if manifest.format_version < FORMAT_VERSION:
        raise IndexCorruptError(
            f"the index at {index_dir} has format {manifest.format_version}, older than this "
            f"rag-glossary's {FORMAT_VERSION}: {REBUILD_HINT}"
        )
    try:
        entries = [Entry.from_dict(d) for d in _read_json(generation / ENTRIES)]
        chunks = [Chunk(**d) for d in _read_json(generation / CHUNKS)]
    except (TypeError, KeyError) as exc:
        raise IndexCorruptError(f"index entries or chunks are damaged: {REBUILD_HINT}") from exc
    vectors = _load_vectors(generation / VECTORS, len(chunks), manifest.dimension)
    try:
        dense = FaissIndex.load(generation / DENSE, manifest.index_type, vectors)
    except IndexMissingError as exc:  # a part missing from a build is damage, not absence
        raise IndexCorruptError(str(exc)) from exc
    if dense.count != len(chunks) or len(entries) != manifest.n_entries:
        raise IndexCorruptError(f"index parts disagree in size: {REBUILD_HINT}")
    if not {c.entry_id for c in chunks} <= {e.id for e in entries}:
        raise IndexCorruptError(f"index chunks name unknown entries: {REBUILD_HINT}")
    hubness = _load_hubness(generation / HUBNESS, len(entries))
    units = UnitVectors.load(generation, len(entries), manifest.dimension)
    vocabulary = _load_vocabulary(generation, manifest)
    stored = StoredUnits.open(generation, entries, manifest.units_version)
    return LoadedIndex(
        generation, manifest, entries, chunks, vectors, dense, hubness, units, vocabulary, stored
    )


def _load_vocabulary(generation: Path, manifest: Manifest) -> Vocabulary | None:
    """The stored vocabularies; None when the build stored none this code reads (an index
    kept as built, read-only: the rules then derive them)."""
    if manifest.vocabulary_version != VOCABULARY_VERSION:
        return None
    try:
        return Vocabulary.from_dict(_read_json(generation / VOCABULARY))
    except (ValueError, AttributeError) as exc:
        raise IndexCorruptError(f"index file {VOCABULARY} is damaged: {REBUILD_HINT}") from exc


def _load_hubness(path: Path, n_entries: int) -> np.ndarray | None:
    """The stored hubness scores; None in an index built before they were kept."""
    try:
        hubness: np.ndarray = np.load(path, allow_pickle=False)
    except FileNotFoundError:
        return None
    except (ValueError, OSError, EOFError) as exc:
        raise IndexCorruptError(f"index file {path.name} is truncated: {REBUILD_HINT}") from exc
    if hubness.shape != (n_entries,) or hubness.dtype != np.float32:
        raise IndexCorruptError(
            f"index file {path.name} does not match the manifest: {REBUILD_HINT}"
        )
    return hubness


def try_load_index(index_dir: Path) -> LoadedIndex | None:
    """The live index, or None when it is missing or damaged (a build replaces it)."""
    try:
        return load_index(index_dir)
    except GlossaryError:
        return None


# ---------------------------------------------------------------- writing


def write_parts(
    folder: Path,
    entries: Sequence[Entry],
    chunks: Sequence[Chunk],
    vectors: np.ndarray,
    dense: DenseIndex,
    hubness: np.ndarray | None = None,
    units: UnitVectors | None = None,
) -> None:
    """Write everything of a generation but the manifest, the query encoder and the
    entries' own tables (``write_entry_tables``); the generation's rename makes the set
    atomic."""
    write_json(folder / ENTRIES, entry_dicts(entries))
    write_json(folder / CHUNKS, Streamed(c.__dict__ for c in chunks))
    np.save(folder / VECTORS, vectors)
    if hubness is not None:
        np.save(folder / HUBNESS, hubness)
    if units is not None:
        units.save(folder)
    dense.save(folder / DENSE)


class EntryTables:
    """The tables derived from the entries alone (coverage lookup, vocabularies, BM25),
    made before the chunks are embedded, while the build holds little but the entries:
    the coverage tables are its largest objects (round 46: ~90 MB at their peak for
    10,000 entries), and what comes after reuses their memory. The coverage file waits
    in a nameless temporary file of the index folder (a build killed while embedding
    leaves nothing behind) until ``write`` copies it into the generation."""

    def __init__(self, index_dir: Path, entries: Sequence[Entry], language: str | None) -> None:
        self._coverage = tempfile.TemporaryFile(dir=index_dir)  # noqa: SIM115 (closed in write)
        try:
            write_coverage(entries, self._coverage)
            self._vocabulary = Vocabulary.of(entries).to_dict()
            self._lexical = LexicalIndex.build(entries, language)
        except BaseException:
            self._coverage.close()
            raise

    def write(self, folder: Path) -> None:
        with self._coverage, (folder / COVERAGE_FILE).open("wb") as fh:
            self._coverage.seek(0)
            shutil.copyfileobj(self._coverage, fh)
        write_json(folder / VOCABULARY, self._vocabulary)
        self._lexical.save(folder / LEXICAL)

    def close(self) -> None:
        self._coverage.close()


def write_generation(index_dir: Path, fill: Callable[[Path], Manifest]) -> Path:
    """Write a new generation and make it the live one.

    ``fill`` writes the parts into the folder it is given and returns the
    manifest, which is written last. On any failure the folder is removed and
    the previous generation stays live.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    name = f"{GENERATION_PREFIX}{stamp}-{os.getpid()}"
    tmp = index_dir / f"{TMP_PREFIX}{name}"
    tmp.mkdir()
    try:
        manifest = fill(tmp)
        _write_json(tmp / MANIFEST, manifest.to_dict())
        _fsync_tree(tmp)
        final = index_dir / name
        tmp.rename(final)
        _write_atomic(index_dir / CURRENT, name)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return final


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
