"""Real-model indexes of the eval corpora, each built ONCE per test run.

Many modules need the same outside glossary (fl-glossary, ts-glossary, ...) indexed
with the packaged model; building it per module repeated the same model load, ONNX
export and embedding (tens of seconds each on the shared 2 cores). ``shared_index``
builds it with the very same ``build_index`` call the modules used, once, and hands
every caller the same folder.

Under pytest-xdist the workers share the run's temporary folder: the first worker to
ask builds, the others wait on a file lock, then find the index current (build_index
answers "up to date" without embedding anything).

Every such index holds the same ONNX export of the packaged model: the first build of the
run exports it (``export_onnx``, checked against sentence-transformers as always) into
the run folder, later builds hard-link those files into their own index and run the same
``check_export`` on them, instead of tracing the model to ONNX again (~10 s each).
The check itself runs once per run too: on the first export, whose files every later
build links. A build whose linked files are those very files (same inode, size and
mtime as when they passed) skips it; a copy (links refused) or a changed file is
checked again. The packaged model is loaded once per worker, and the ONNX session the
calibration encodes with is opened once per worker for those same checked files.

Every shared build embeds its documents with that checked export (one ONNX thread), as a
user's build does once the encoder cache holds the model (``plan._cached_encoder``; main's
eval indexes are built that way): the same vectors as sentence-transformers' to ~2e-7, at
~22% less CPU than torch's encoding (round 51, lane C). Tests of the torch build path build
their own indexes (test_encoder_cache, test_index, test_embedding, ...).

The folder is READ-ONLY for callers: load it (``Retriever.load``), or copy it first
(``shutil.copytree(shared, tmp_path / "index")``) before changing anything in it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from filelock import FileLock
from helpers import ROOT

from rag_glossary import Assistant, Retriever
from rag_glossary.embedding import (
    DEFAULT_MODEL_ID,
    ENCODER_CONFIG_FILE,
    ONNX_FILE,
    TOKENIZER_FILE,
    ModelSpec,
    QueryEncoder,
    onnx_files_present,
)
from rag_glossary.embedding.query import QUERY_THREADS
from rag_glossary.index import LoadedIndex, build_index, load_index

if TYPE_CHECKING:
    from rag_glossary.embedding import DocumentEncoder

CORPORA = ROOT / "eval" / "corpora"

_BUILT: dict[Path, Path] = {}


def run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This run's temporary folder, the same for every xdist worker of the run."""
    base = tmp_path_factory.getbasetemp()
    # An xdist worker's basetemp is <the run's basetemp>/popen-gwN.
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def shared_index(corpus: Path | str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The index of ``corpus`` (a folder, or a name under eval/corpora), built once."""
    folder = (CORPORA / corpus if isinstance(corpus, str) else corpus).resolve()
    if folder not in _BUILT:
        tag = hashlib.sha256(str(folder).encode()).hexdigest()[:8]
        root = run_folder(tmp_path_factory) / "shared-indexes" / f"{folder.name}-{tag}"
        root.mkdir(parents=True, exist_ok=True)
        with FileLock(str(root / "build.lock")), _one_export(run_folder(tmp_path_factory)):
            build_index(folder, root / "index")
        _BUILT[folder] = root / "index"
    return _BUILT[folder]


_RETRIEVERS: dict[Path, Retriever] = {}


def shared_retriever(corpus: Path | str, tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    """A Retriever over the shared index of ``corpus``, loaded once per worker.

    READ-ONLY like the folder: nothing in the tests sets its attributes (a test that needs
    other settings takes ``with_config``, a shallow copy). What it computes on first use
    (coverage tables, hubness spread, marked words) comes from the index alone, so a test
    sees the same answers whichever test loaded it first."""
    index = shared_index(corpus, tmp_path_factory)
    if index not in _RETRIEVERS:
        loaded = load_index(index)
        encoder = _shared_query_encoder(loaded)
        _RETRIEVERS[index] = Retriever.from_loaded(loaded, encoder=encoder)
    return _RETRIEVERS[index]


def _shared_query_encoder(loaded: LoadedIndex) -> QueryEncoder | None:
    """One ONNX session per worker for every shared index whose export is the same files
    (they hard-link the run's one export): a session per retriever held ~90 MB each, and a
    worker holding sixty retrievers reached 11 GB (round 53: two such workers beside a
    measure ran the machine out of memory). None: the index's own encoder, as ``load``."""
    if loaded.manifest.query_encoder != "onnx":
        return None
    key = (_identity(loaded.onnx_dir), QUERY_THREADS)
    if key not in _SESSIONS:
        _SESSIONS[key] = QueryEncoder.load(loaded.onnx_dir, threads=QUERY_THREADS)
    return _SESSIONS[key]


def shared_assistant(corpus: Path | str, tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """An extractive (no LLM) assistant over the shared index of ``corpus`` (a new Assistant
    each call, around the worker's one ``shared_retriever``)."""
    return Assistant(shared_retriever(corpus, tmp_path_factory), use_llm=False)


_EXPORT_FILES = (ONNX_FILE, TOKENIZER_FILE, ENCODER_CONFIG_FILE)
# Per worker: the packaged model, and ONNX sessions of checked exports by file identity.
_MODELS: dict[ModelSpec, DocumentEncoder] = {}
_SESSIONS: dict[tuple[object, ...], QueryEncoder] = {}


def _identity(folder: Path) -> tuple[tuple[int, int, int, int], ...]:
    """Which files ``folder``'s export files are: a hard link shares all four numbers."""
    out = []
    for name in _EXPORT_FILES:
        st = (folder / name).stat()
        out.append((st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns))
    return tuple(out)


def _checked(made: Path) -> Path:
    """The record of ``made``'s files as they passed ``check_export`` (written after it)."""
    return made.parent / f"{made.name}.checked.json"


def _is_checked(made: Path, folder: Path) -> bool:
    record = _checked(made)
    if not record.exists() or not onnx_files_present(folder):
        return False
    return json.loads(record.read_text(encoding="utf-8")) == [list(i) for i in _identity(folder)]


@contextmanager
def _one_export(run: Path) -> Iterator[None]:
    """While building a shared index: the packaged model's ONNX export is made and checked
    once per run, the model loaded once per worker."""
    import rag_glossary.embedding as embedding
    import rag_glossary.embedding.export as export
    import rag_glossary.index.plan as plan
    from rag_glossary.embedding.document import DocumentEncoder
    from rag_glossary.index.plan import EncoderChoice

    real_export, check_export = export.export_onnx, export.check_export
    real_cached = plan._cached_encoder
    real_load = QueryEncoder.load
    made = run / "shared-onnx" / hashlib.sha256(DEFAULT_MODEL_ID.encode()).hexdigest()[:8]

    def make_once(encoder: DocumentEncoder) -> None:
        made.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(str(made.parent / f"{made.name}.lock")):
            if not onnx_files_present(made):
                real_export(encoder, made)  # raises unless check_export passed
                identity = [list(i) for i in _identity(made)]
                _checked(made).write_text(json.dumps(identity), encoding="utf-8")

    def export_once(encoder: DocumentEncoder, dest: Path) -> None:
        if encoder.model_id != DEFAULT_MODEL_ID:
            real_export(encoder, dest)
            return
        make_once(encoder)
        dest.mkdir(parents=True, exist_ok=True)
        # encoder.json last, as export_onnx writes it: its presence means a complete export.
        for name in _EXPORT_FILES:
            _link_or_copy(made / name, dest / name)
        if not _is_checked(made, dest):
            check_export(encoder, dest)

    def model_once(spec: ModelSpec) -> DocumentEncoder:
        if spec.model_id != DEFAULT_MODEL_ID:
            return DocumentEncoder(spec)
        if spec not in _MODELS:
            _MODELS[spec] = DocumentEncoder(spec)
        return _MODELS[spec]

    def load_once(folder: str | os.PathLike[str], *, threads: int | None = None) -> QueryEncoder:
        folder = Path(folder)
        if not _is_checked(made, folder):
            return real_load(folder, threads=threads)
        key = (_identity(folder), threads)
        if key not in _SESSIONS:
            _SESSIONS[key] = real_load(folder, threads=threads)
        return _SESSIONS[key]

    def cached_once(spec: ModelSpec) -> EncoderChoice | None:
        """The encoder cache's hit, as a user's build with the cache on takes it: the run's
        checked export embeds the documents with ONNX and is hard-linked into the index."""
        if spec.model_id != DEFAULT_MODEL_ID:
            return real_cached(spec)
        if not onnx_files_present(made):
            make_once(model_once(spec))
        if not _is_checked(made, made):
            return real_cached(spec)
        fast = QueryEncoder.load(made, threads=1)  # load_once: one session per worker
        return EncoderChoice(fast, fast.max_seq_length, from_previous=False, from_cache=True)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(export, "export_onnx", export_once)
        patch.setattr(plan, "_cached_encoder", cached_once)
        patch.setattr(embedding, "DocumentEncoder", model_once)
        patch.setattr(QueryEncoder, "load", load_once)
        yield


def _link_or_copy(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)
