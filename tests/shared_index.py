"""Real-model indexes of the eval corpora, each built ONCE per test process.

Many modules need the same outside glossary (fl-glossary, ts-glossary, ...) indexed
with the packaged model; building it per module repeated the same model load, ONNX
export and embedding (tens of seconds each on the shared 2 cores). ``shared_index``
builds it with the very same ``build_index`` call the modules used, once, and hands
every caller the same folder.

The folder is READ-ONLY for callers: load it (``Retriever.load``), or copy it first
(``shutil.copytree(shared, tmp_path / "index")``) before changing anything in it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ROOT

from rag_glossary.index import build_index

CORPORA = ROOT / "eval" / "corpora"

_BUILT: dict[Path, Path] = {}


def shared_index(corpus: Path | str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The index of ``corpus`` (a folder, or a name under eval/corpora), built once."""
    folder = (CORPORA / corpus if isinstance(corpus, str) else corpus).resolve()
    if folder not in _BUILT:
        index = tmp_path_factory.mktemp(f"shared-{folder.name}") / "index"
        build_index(folder, index)
        _BUILT[folder] = index
    return _BUILT[folder]
