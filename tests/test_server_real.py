"""The server over a real index (the packaged model): answers, and fresh generations
served without a restart, by another process's build or by ``serve --watch``."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cli_helpers import SmallIndex, Workspace, assert_one_line_error, cli_command, make_workspace
from fastapi.testclient import TestClient

from rag_glossary.index import CURRENT
from rag_glossary.server import AppSettings, LiveIndex, create_app
from rag_glossary.server.watch import reindex, start_watcher

BASE = "http://127.0.0.1:8765"
NEW_ENTRY = """
# Stochastic Depth

Stochastic depth drops whole residual blocks at random during training and keeps
every block at test time, a regularizer for very deep residual networks.
"""


@pytest.fixture
def workspace(small_index: SmallIndex, tmp_path: Path) -> Workspace:
    return make_workspace(small_index, tmp_path)


@pytest.fixture
def live(workspace: Workspace) -> LiveIndex:
    return LiveIndex.open(workspace.index)


@pytest.fixture
def client(live: LiveIndex, refused_ollama_host: str) -> Iterator[TestClient]:
    app = create_app(live, AppSettings(ollama_host=refused_ollama_host))
    with TestClient(app, base_url=BASE) as c:
        yield c


def top_id(client: TestClient, query: str) -> str:
    hits = client.get("/api/search", params={"q": query, "k": 3}).json()["hits"]
    return str(hits[0]["id"])


def test_real_search_ask_and_entry(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "why clip gradients", "k": 5}).json()
    assert found["covered"] is True
    assert found["hits"][0]["id"] == "extra#gradient-clipping"
    answer = client.post("/api/ask", json={"question": "what is label smoothing"}).json()
    assert answer["backend"] == "extractive"
    assert answer["citations"][0] == "extra#label-smoothing"
    assert "[1]" in answer["answer"]
    entry = client.get("/api/entries/extra%23label-smoothing").json()
    assert entry["title"] == "Label Smoothing" and "one-hot" in entry["body"]


def test_a_question_outside_the_glossary_is_not_covered(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "best sourdough bread recipe"}).json()
    assert found["covered"] is False
    answer = client.post("/api/ask", json={"question": "best sourdough bread recipe"}).json()
    assert answer["backend"] == "none" and answer["citations"] == []


def test_requests_stat_the_index_but_do_not_reload_it(client: TestClient, live: LiveIndex) -> None:
    before = live.current()
    for _ in range(3):
        client.get("/api/search", params={"q": "weight decay"})
    assert live.current() is before and live.swaps == 0


def test_a_build_by_another_process_is_served_from_the_next_request(
    client: TestClient, live: LiveIndex, workspace: Workspace
) -> None:
    old = client.get("/healthz").json()["generation"]
    assert top_id(client, "stochastic depth residual blocks") != "extra#stochastic-depth"
    (workspace.corpus / "extra.md").write_text(
        (workspace.corpus / "extra.md").read_text() + NEW_ENTRY, encoding="utf-8"
    )
    proc = subprocess.run(
        cli_command("index"),
        env=workspace.env,
        cwd=workspace.root,
        capture_output=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    response = client.get("/api/search", params={"q": "stochastic depth residual blocks"})
    assert response.json()["hits"][0]["id"] == "extra#stochastic-depth"
    new = response.headers["x-index-generation"]
    assert new != old and new == (workspace.index / CURRENT).read_text().strip()
    assert client.get("/healthz").json()["entries"] == workspace.n_entries + 1
    assert live.swaps == 1


def test_a_generation_that_fails_to_load_leaves_the_old_one_serving(
    client: TestClient, live: LiveIndex, workspace: Workspace
) -> None:
    old = live.current().generation
    (workspace.index / "g-broken").mkdir()
    (workspace.index / CURRENT).write_text("g-broken", encoding="utf-8")
    response = client.get("/api/search", params={"q": "weight decay"})
    assert response.status_code == 200
    assert response.headers["x-index-generation"] == old
    assert live.swaps == 0


def test_an_unexpected_load_failure_also_leaves_the_old_one_serving(
    client: TestClient, live: LiveIndex, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_: Path) -> None:
        raise RuntimeError("the ONNX file went away")

    monkeypatch.setattr("rag_glossary.server.state.load_index", broken)
    current = workspace.index / CURRENT
    old = current.read_text(encoding="utf-8")
    time.sleep(0.01)
    current.write_text(old, encoding="utf-8")  # a new write: the signature changes
    for _ in range(2):
        response = client.get("/api/search", params={"q": "weight decay"})
        assert response.status_code == 200
        assert response.headers["x-index-generation"] == old.strip()
    assert live.swaps == 0


def test_reindex_swaps_in_the_new_corpus(live: LiveIndex, workspace: Workspace) -> None:
    assert reindex(workspace.corpus, workspace.index, live) is False  # nothing changed
    (workspace.corpus / "extra.md").unlink()
    assert reindex(workspace.corpus, workspace.index, live) is True
    assert live.current().n_entries == workspace.n_entries - 4
    assert live.swaps == 1


@pytest.mark.slow
def test_watch_reindexes_when_a_corpus_file_changes(live: LiveIndex, workspace: Workspace) -> None:
    stop = threading.Event()
    thread = start_watcher(workspace.corpus, workspace.index, live, stop)
    try:
        time.sleep(1.0)  # let the watcher start
        (workspace.corpus / "new.md").write_text(NEW_ENTRY, encoding="utf-8")
        deadline = time.monotonic() + 120
        while live.swaps == 0 and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        stop.set()
        thread.join(10)
    assert live.swaps == 1
    assert live.current().corpus.get("new#stochastic-depth") is not None


# ---------------------------------------------------------------- the CLI


def start_serve(workspace: Workspace, *args: str) -> tuple[subprocess.Popen[str], str]:
    """``rag-glossary serve --port 0``; returns the process and its base URL."""
    proc = subprocess.Popen(
        cli_command("serve", "--port", "0", *args),
        env=workspace.env,
        cwd=workspace.root,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    for line in proc.stderr:
        if found := re.search(r"on (http://127\.0\.0\.1:\d+/)", line):
            threading.Thread(target=proc.stderr.read, daemon=True).start()  # keep draining
            return proc, found.group(1)
    proc.wait(10)
    raise AssertionError(f"serve exited with {proc.returncode} before listening")


@pytest.mark.slow
def test_serve_command_answers_http_and_stops_cleanly(workspace: Workspace) -> None:
    proc, url = start_serve(workspace)
    try:
        health = httpx.get(url + "healthz", timeout=10).json()
        assert health["entries"] == workspace.n_entries
        port = url.rsplit(":", 1)[1].strip("/")
        busy = workspace.run("serve", "--port", port)
        assert_one_line_error(busy, 2, f"cannot listen on 127.0.0.1:{port}", "--port")
    finally:
        proc.terminate()
        # uvicorn shuts down gracefully, then re-raises the signal it caught
        assert proc.wait(15) in (0, -signal.SIGTERM)


def test_serve_help_lists_its_options() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "rag_glossary", "serve", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        env={"COLUMNS": "200", "PATH": ""},
    ).stdout
    for option in ("--host", "--port", "--watch", "--corpus", "--index"):
        assert option in out
