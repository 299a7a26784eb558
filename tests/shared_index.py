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

The folder is READ-ONLY for callers: load it (``Retriever.load``), or copy it first
(``shutil.copytree(shared, tmp_path / "index")``) before changing anything in it.
"""

from __future__ import annotations

import hashlib
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
    onnx_files_present,
)
from rag_glossary.index import build_index

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


def shared_assistant(corpus: Path | str, tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """An extractive (no LLM) assistant over the shared index of ``corpus``."""
    return Assistant(Retriever.load(shared_index(corpus, tmp_path_factory)), use_llm=False)


@contextmanager
def _one_export(run: Path) -> Iterator[None]:
    """While building a shared index: the packaged model's ONNX export is made once per run."""
    import rag_glossary.embedding.export as export

    real_export, check_export = export.export_onnx, export.check_export

    def export_once(encoder: DocumentEncoder, dest: Path) -> None:
        if encoder.model_id != DEFAULT_MODEL_ID:
            real_export(encoder, dest)
            return
        made = run / "shared-onnx" / hashlib.sha256(DEFAULT_MODEL_ID.encode()).hexdigest()[:8]
        made.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(str(made.parent / f"{made.name}.lock")):
            if not onnx_files_present(made):
                real_export(encoder, made)
        dest.mkdir(parents=True, exist_ok=True)
        # encoder.json last, as export_onnx writes it: its presence means a complete export.
        for name in (ONNX_FILE, TOKENIZER_FILE, ENCODER_CONFIG_FILE):
            _link_or_copy(made / name, dest / name)
        check_export(encoder, dest)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(export, "export_onnx", export_once)
        yield


def _link_or_copy(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)
