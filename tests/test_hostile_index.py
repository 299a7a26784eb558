"""Hostile index situations: missing, damaged, foreign, stale, raced, killed, read-only.

Every failure is one line with an exit code, and the live index is never lost or
half-written: CURRENT keeps naming a complete generation that loads. The CLI cases
run against a copy of the small real index; the recovery cases use the library
with the fake encoder.
"""

from __future__ import annotations

import contextlib
import json
import os
import pty
import re
import select
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from cli_helpers import (
    CliResult,
    SmallIndex,
    Workspace,
    assert_index_loads,
    assert_ok,
    assert_one_line_error,
    cli_command,
    cli_env,
    index_state,
    observe,
    observe_text,
    run_cli,
)
from helpers import CORPUS, FakeEncoder

from rag_glossary.embedding import DEFAULT_MODEL_ID
from rag_glossary.errors import IndexCorruptError, IndexMissingError
from rag_glossary.index import CURRENT, FORMAT_VERSION, build_index, index_status, load_index
from rag_glossary.retrieval import Retriever

BIG_SOURCE = "ai-glossary-m-site.txt"  # ~200 chunks to embed: long enough to kill mid-way
SMALL_SOURCE = "music-ml-chapter.md"  # a few chunks


def _live(index: Path) -> Path:
    return index / (index / CURRENT).read_text(encoding="utf-8").strip()


def _assert_untouched(ws: Workspace, before: object) -> None:
    assert index_state(ws.index) == before
    assert_index_loads(ws.index, ws.n_entries)


# ---------------------------------------------------------------- missing


@pytest.mark.slow
def test_missing_index_is_built_on_first_use(small_index: SmallIndex) -> None:
    first = small_index.first_use  # the session's index was made by this very search
    assert_ok(first)
    assert "building it (first use)" in first.err and "Indexed 24 entries" in first.err
    hits = first.json()["hits"]
    assert isinstance(hits, list) and hits[0]["id"] == "mini#markov-chain"
    observe(
        "Index: missing (first search)",
        first,
        next(line for line in first.err_lines if "first use" in line),
    )


@pytest.mark.slow
def test_missing_index_with_an_unloadable_model_writes_nothing(tmp_path: Path) -> None:
    bad_model = tmp_path / "other-model"
    bad_model.mkdir()
    (bad_model / "config.json").write_text("{}")
    index = tmp_path / "indexes" / "default"
    shutil.copytree(CORPUS, tmp_path / "corpus")
    env = cli_env(tmp_path / "corpus", index, RAG_GLOSSARY_MODEL=str(bad_model))
    result = run_cli("search", "markov chain", env=env, cwd=tmp_path)
    needles = ("cannot load embedding model", str(bad_model), "--embed-model PATH")
    assert_one_line_error(result, 1, *needles)
    state = index_state(index)
    assert state.current is None and not state.generations and not state.temporaries
    observe("Index: missing, and the model cannot be loaded", result)


def test_missing_index_from_the_library_says_how_to_build(tmp_path: Path) -> None:
    with pytest.raises(IndexMissingError, match="run `rag-glossary index`"):
        Retriever.load(tmp_path / "none", encoder=FakeEncoder())
    assert index_status(CORPUS, tmp_path / "none").state == "missing"


# ---------------------------------------------------------------- damaged or foreign


@pytest.mark.slow
def test_truncated_vectors_file_is_one_line_and_index_stays(ws: Workspace) -> None:
    vectors = _live(ws.index) / "vectors.npy"
    data = vectors.read_bytes()
    vectors.unlink()
    vectors.write_bytes(data[: len(data) // 2])
    before = index_state(ws.index)
    result = ws.run("search", "markov chain")
    assert_one_line_error(result, 2, "vectors.npy", "rag-glossary index --rebuild")
    assert index_state(ws.index) == before  # nothing rebuilt behind the user's back
    observe("Index: truncated vectors file", result)


@pytest.mark.slow
def test_manifest_from_a_future_format_is_one_line(ws: Workspace) -> None:
    manifest = _live(ws.index) / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["format_version"] = FORMAT_VERSION + 1
    manifest.write_text(json.dumps(data), encoding="utf-8")
    before = index_state(ws.index)
    result = ws.run("search", "markov chain")
    assert_one_line_error(
        result, 2, f"index format {FORMAT_VERSION + 1}", "upgrade rag-glossary", "--rebuild"
    )
    assert index_state(ws.index) == before
    observe("Index: manifest from a future format version", result)


@pytest.mark.slow
def test_index_built_with_another_model_names_both(ws: Workspace) -> None:
    other = ws.root / "other-model"
    other.mkdir()
    before = index_state(ws.index)
    by_flag = ws.run("search", "markov chain", "--embed-model", str(other))
    needles = (DEFAULT_MODEL_ID, str(other), "--rebuild --embed-model")
    line = assert_one_line_error(by_flag, 2, *needles)
    by_env = ws.run("ask", "what is a markov chain", "--no-llm", RAG_GLOSSARY_MODEL=str(other))
    assert assert_one_line_error(by_env, 2) == line
    _assert_untouched(ws, before)
    observe("Index: built with another model (--embed-model or RAG_GLOSSARY_MODEL)", by_flag)


@pytest.mark.slow
def test_current_naming_a_missing_generation_is_one_line(ws: Workspace) -> None:
    (ws.index / CURRENT).write_text("g-deleted-by-someone", encoding="utf-8")
    result = ws.run("search", "markov chain")
    assert_one_line_error(result, 2, "points to a missing build", "--rebuild")
    observe("Index: CURRENT names a deleted generation", result)


@pytest.mark.slow
def test_index_path_that_is_a_file_is_one_line(ws: Workspace) -> None:
    result = ws.run("search", "markov chain", RAG_GLOSSARY_INDEX=str(ws.corpus / "mini.md"))
    assert_one_line_error(result, 2, "is not a folder", "--index")
    observe("Index: --index names a file", result)


def test_damaged_index_is_rebuilt_whole_by_the_next_build(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus, ignore=shutil.ignore_patterns("ai-*", "data-*", "ml-*"))
    index = tmp_path / "idx"
    first = build_index(corpus, index, encoder=FakeEncoder())
    vectors = _live(index) / "vectors.npy"
    vectors.write_bytes(vectors.read_bytes()[:64])
    with pytest.raises(IndexCorruptError):
        load_index(index)
    again = build_index(corpus, index, encoder=FakeEncoder())
    assert again.built and again.embedded == first.n_chunks and again.reused == 0
    assert len(load_index(index).entries) == first.n_entries


def test_future_format_index_is_replaced_by_an_explicit_build(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus, ignore=shutil.ignore_patterns("ai-*", "data-*", "ml-*"))
    index = tmp_path / "idx"
    build_index(corpus, index, encoder=FakeEncoder())
    manifest = _live(index) / "manifest.json"
    manifest.write_text(json.dumps({"format_version": FORMAT_VERSION + 5}), encoding="utf-8")
    report = build_index(corpus, index, encoder=FakeEncoder())
    assert report.built and load_index(index).manifest.format_version == FORMAT_VERSION


def test_leftovers_of_a_dead_build_do_not_block_the_next(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus, ignore=shutil.ignore_patterns("ai-*", "data-*", "ml-*"))
    index = tmp_path / "idx"
    index.mkdir()
    (index / ".lock").write_text("")  # a lock file left by a killed build (not held)
    leftover = index / f".tmp-g-20000101T000000000000-{_dead_pid()}"
    (leftover / "onnx").mkdir(parents=True)
    report = build_index(corpus, index, encoder=FakeEncoder(), lock_timeout=2)
    assert report.built and not leftover.exists()
    assert_index_loads(index, report.n_entries)


def _dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


# ---------------------------------------------------------------- stale


@pytest.mark.slow
def test_corpus_changed_since_the_build_is_updated_on_search(ws: Workspace) -> None:
    before = assert_index_loads(ws.index)
    mini = ws.corpus / "mini.md"
    text = mini.read_text(encoding="utf-8")
    marker = "\n# Markov Chain Monte Carlo"
    assert marker in text
    edited = text.replace(marker, "\nIt is also called a zanzibar walk.\n" + marker, 1)
    mini.write_text(edited, encoding="utf-8")
    result = ws.run("search", "zanzibar walk", "--json", "-k", "1")
    assert_ok(result)
    assert "corpus changed since the index was built" in result.err
    summary = next(line for line in result.err_lines if line.startswith("Indexed"))
    embedded = int(summary.split("(")[1].split(" embedded")[0])
    assert 1 <= embedded <= 2, summary  # only the edited entry's chunks
    assert result.json()["hits"][0]["id"] == "mini#markov-chain"
    after = assert_index_loads(ws.index, ws.n_entries)
    assert after.path != before.path
    observe("Index: corpus changed since the build", result, summary)


# ---------------------------------------------------------------- concurrent builds


@pytest.mark.slow
def test_two_builds_at_the_same_time_serialize_on_the_lock(ws: Workspace) -> None:
    before = assert_index_loads(ws.index)
    shutil.copy(CORPUS / SMALL_SOURCE, ws.corpus / SMALL_SOURCE)
    procs = [
        subprocess.Popen(
            cli_command("index", "--json"),
            env=ws.env,
            cwd=ws.root,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(2)
    ]
    assert all(p.poll() is None for p in procs)  # both running at once
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        results.append(CliResult(("index",), proc.returncode, out.decode(), err.decode(), 0.0))
    for result in results:
        assert_ok(result)
    reports = [r.json() for r in results]
    assert sorted(bool(r["built"]) for r in reports) == [False, True]
    built = next(r for r in reports if r["built"])
    assert built["reused"] >= len(before.chunks) and built["embedded"] > 0
    state = index_state(ws.index)
    assert not state.temporaries and len(state.generations) == 2
    after = assert_index_loads(ws.index)
    assert len(after.entries) > ws.n_entries
    observe(
        "Index: two builds at the same time",
        results[0],
        "(both succeed: the second waits for the lock, then finds the index up to date)",
    )


# ---------------------------------------------------------------- killed mid-build


_PROGRESS = re.compile(rb"Embedding chunks.*?(\d+)/(\d+)")


def _halfway(drawn: bytes) -> bool:
    counts = [(int(a), int(b)) for a, b in _PROGRESS.findall(drawn)]
    return any(0 < done < total for done, total in counts)


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _signal_when_embedding(
    ws: Workspace, sig: int = signal.SIGKILL, timeout: float = 240.0
) -> tuple[int, str]:
    """Run `index` with stderr on a pseudo-terminal (so the progress bar is drawn) and
    send ``sig`` once the bar shows some but not all chunks embedded.

    Returns the exit status and everything drawn on the terminal."""
    controller, terminal = pty.openpty()
    env = {**ws.env, "TERM": "xterm", "COLUMNS": "100"}
    proc = subprocess.Popen(
        cli_command("index"),
        env=env,
        cwd=ws.root,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=terminal,
        # Ctrl-C as in a user's terminal: a child inherits an ignored SIGINT, and an
        # earlier test in this worker may have left it ignored (the build then runs on).
        preexec_fn=_default_sigint,
    )
    os.close(terminal)
    seen = b""
    deadline = time.monotonic() + timeout
    try:
        while not _halfway(seen):
            assert proc.poll() is None, f"the build ended before embedding: {seen!r}"
            assert time.monotonic() < deadline, f"no embedding progress: {seen!r}"
            ready, _, _ = select.select([controller], [], [], 0.2)
            if ready:
                seen += os.read(controller, 65536)
        proc.send_signal(sig)
        # Keep reading while it stops: a child whose last words fill the terminal's buffer
        # would otherwise block on the write while we wait for it (a deadlock, not a hang).
        stop_by = time.monotonic() + 120
        with contextlib.suppress(OSError):  # EIO once the terminal is closed
            while proc.poll() is None and time.monotonic() < stop_by:
                if select.select([controller], [], [], 0.2)[0]:
                    seen += os.read(controller, 65536)
        proc.wait(timeout=5)
        with contextlib.suppress(OSError):  # the rest of the output
            while select.select([controller], [], [], 0.2)[0]:
                seen += os.read(controller, 65536)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(controller)
    return proc.returncode, seen.decode("utf-8", "replace")


@pytest.mark.slow
def test_build_killed_while_embedding_leaves_the_previous_index_answering(
    ws: Workspace,
) -> None:
    before_state = index_state(ws.index)
    before = assert_index_loads(ws.index, ws.n_entries)
    shutil.copy(CORPUS / BIG_SOURCE, ws.corpus / BIG_SOURCE)
    status, _ = _signal_when_embedding(ws, signal.SIGKILL)
    assert status == -signal.SIGKILL
    # Killed before anything was written: same live generation, no half-written one.
    assert index_state(ws.index) == before_state
    assert_index_loads(ws.index, ws.n_entries)
    (ws.corpus / BIG_SOURCE).unlink()
    answer = ws.run("search", "what is a markov chain", "--json", "-k", "1")
    assert_ok(answer)
    assert "Indexed" not in answer.err  # the previous index was used as it is
    assert answer.json()["hits"][0]["id"] == "mini#markov-chain"
    # The kill released the lock: the next build takes it at once (and has nothing to do).
    again = ws.run("index", "--json", timeout=60)
    assert_ok(again)
    report = again.json()
    assert isinstance(report, dict) and not report["built"]
    assert report["n_chunks"] == len(before.chunks)
    assert index_state(ws.index) == before_state
    observe(
        "Index: build killed with SIGKILL while embedding",
        answer,
        "(nothing: the previous index still loads and answers; the next build starts at once)",
    )


@pytest.mark.slow
def test_ctrl_c_while_embedding_is_one_line_and_keeps_the_index(ws: Workspace) -> None:
    before = index_state(ws.index)
    shutil.copy(CORPUS / BIG_SOURCE, ws.corpus / BIG_SOURCE)
    status, drawn = _signal_when_embedding(ws, signal.SIGINT)
    assert status == 130 and "Traceback" not in drawn
    assert "interrupted" in drawn.splitlines()[-1]
    assert index_state(ws.index) == before
    assert_index_loads(ws.index, ws.n_entries)
    observe_text("CLI: Ctrl-C during a build", "interrupted", 130)


# ---------------------------------------------------------------- read-only


def _readonly_prefix(folder: Path) -> list[str]:
    """Run a command in a private mount namespace where ``folder`` is a read-only bind
    mount: as root, chmod does not stop writes, a read-only file system does."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed: cannot make a read-only folder as root")
    script = 'mount --bind -o ro "$0" "$0" && exec "$@"'
    prefix = ["unshare", "--mount", "sh", "-c", script, str(folder)]
    probe = subprocess.run(
        [*prefix, "sh", "-c", f'! touch "{folder}/.probe" 2>/dev/null'],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip(
            "cannot bind-mount a folder read-only here (needs CAP_SYS_ADMIN), and as root "
            f"chmod does not stop writes: {probe.stderr.decode().strip()}"
        )
    return prefix


@pytest.mark.slow
def test_read_only_indexes_folder_searches_but_refuses_to_build(ws: Workspace) -> None:
    prefix = _readonly_prefix(ws.index.parent)
    before = index_state(ws.index)

    def run(*args: str) -> CliResult:
        return run_cli(*args, env=ws.env, cwd=ws.root, prefix=prefix)

    found = run("search", "what is a markov chain", "--json", "-k", "1")
    assert_ok(found)
    assert found.json()["hits"][0]["id"] == "mini#markov-chain"
    current = run("index")
    assert_ok(current)  # nothing to build: no write needed, no error
    assert "up to date" in current.out
    build = run("index", "--rebuild")
    assert_one_line_error(build, 1, "cannot write the index folder", "--index DIR")
    (ws.corpus / "extra.md").unlink()  # stale now: search cannot update it
    stale = run("search", "what is a markov chain", "--json", "-k", "1")
    assert_ok(stale)  # the index as it was built still answers, with a warning
    assert stale.json()["hits"][0]["id"] == "mini#markov-chain"
    assert "cannot write the index folder" in stale.err and "as it was built" in stale.err
    _assert_untouched(ws, before)
    observe("Index: read-only indexes/ folder, search", found, "(search works as usual)")
    observe("Index: read-only indexes/ folder, index", build)
    observe(
        "Index: read-only indexes/ folder, search after the corpus changed",
        stale,
        "warning: cannot write the index folder …; searching the index as it was built",
    )
