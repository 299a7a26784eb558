"""Real-model indexes of the eval corpora, each built ONCE per test run.

Many modules need the same outside glossary (fl-glossary, ts-glossary, ...) indexed
with the packaged model; building it per module repeated the same model load, ONNX
export and embedding (tens of seconds each on the shared 2 cores). ``shared_index``
builds it with the very same ``build_index`` call the modules used, once, and hands
every caller the same folder.

Under pytest-xdist the workers share the run's temporary folder: the first worker to
ask builds, the others wait on a file lock, then find the index current (build_index
answers "up to date" without embedding anything).

The folder is READ-ONLY for callers: load it (``Retriever.load``), or copy it first
(``shutil.copytree(shared, tmp_path / "index")``) before changing anything in it.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from filelock import FileLock
from helpers import ROOT

from rag_glossary.index import build_index

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
        with FileLock(str(root / "build.lock")):
            build_index(folder, root / "index")
        _BUILT[folder] = root / "index"
    return _BUILT[folder]
