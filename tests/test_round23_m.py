"""Round 23, lane M: what a server holds twice while a new index generation is swapped in.

The coverage lookup's tables are loaded once per generation, however many requests
ask first (they arrive together after a swap: each used to load its own ~10 MB copy,
which stayed in the server's peak memory), and a generation is warmed before it is
published. The query encoder is shared between generations of the same model only.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from cli_helpers import SmallIndex, Workspace, make_workspace

import rag_glossary.coverage.stored as stored
from rag_glossary.coverage import CoverageIndex
from rag_glossary.models import Entry
from rag_glossary.retrieval import Retriever
from rag_glossary.server import LiveIndex
from rag_glossary.server.state import Snapshot, _load
from rag_glossary.server.watch import reindex


@pytest.fixture
def workspace(small_index: SmallIndex, tmp_path: Path) -> Workspace:
    return make_workspace(small_index, tmp_path)


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folders whose coverage tables were loaded, slowly enough for threads to overlap."""
    seen: list[Path] = []
    real = stored.load_coverage

    def slow(entries: list[Entry], folder: Path) -> CoverageIndex:
        seen.append(folder)
        time.sleep(0.2)
        return real(entries, folder)

    monkeypatch.setattr(stored, "load_coverage", slow)
    # where the retriever called it before this round (so the tests fail for their reason)
    monkeypatch.setattr("rag_glossary.retrieval.load_coverage", slow, raising=False)
    return seen


def test_threads_asking_together_load_the_coverage_tables_once(
    small_index: SmallIndex, loads: list[Path]
) -> None:
    retriever = Retriever.load(small_index.index)
    start = threading.Barrier(8)
    got: list[CoverageIndex] = []

    def first_question() -> None:
        start.wait()
        got.append(retriever.coverage)

    threads = [threading.Thread(target=first_question) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(loads) == 1
    assert len(got) == 8 and all(c is got[0] for c in got)


def test_a_generation_is_swapped_in_with_its_coverage_loaded(
    workspace: Workspace, loads: list[Path]
) -> None:
    live = LiveIndex.open(workspace.index)
    assert len(loads) == 1  # the first generation too: loaded before it serves
    (workspace.corpus / "extra.md").unlink()
    assert reindex(workspace.corpus, workspace.index, live) is True
    snapshot = live.current()
    assert live.swaps == 1 and loads[-1].name == snapshot.generation
    snapshot.retriever.retrieve("what is weight decay")
    assert len(loads) == 2  # the first question after the swap loaded nothing more


def test_a_swap_shares_the_query_encoder_of_the_same_model_only(workspace: Workspace) -> None:
    live = LiveIndex.open(workspace.index)
    old = live.current()
    (workspace.corpus / "extra.md").unlink()
    assert reindex(workspace.corpus, workspace.index, live) is True
    assert live.current().retriever.encoder is old.retriever.encoder
    other = Snapshot(
        old.retriever, old.generation, "another-model", old.corpus, old.loaded_at,
        ("someone/another-model", "onnx"),
    )  # fmt: skip
    assert _load(workspace.index, None, other).retriever.encoder is not old.retriever.encoder
