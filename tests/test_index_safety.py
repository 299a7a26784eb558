"""The index knows its corpus (issue 15, item 1), and the build says what it is doing:
a new index is announced, a wait for another build's lock is announced, and a chunk
size beyond the model's window is capped with a warning."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from cli_helpers import (
    SmallIndex,
    Workspace,
    assert_ok,
    assert_one_line_error,
    cli_command,
    index_state,
    observe,
    observe_text,
)
from filelock import FileLock, Timeout
from helpers import FakeEncoder

from rag_glossary.errors import CorpusMismatchError
from rag_glossary.index import build_index, load_index
from rag_glossary.index.corpus_check import check_same_corpus

pytestmark = pytest.mark.slow

OTHER_MD = "# Margin\n\nThe distance between a decision boundary and the closest points.\n"


def _other_corpus(root: Path) -> Path:
    other = root / "other"
    other.mkdir()
    (other / "svm.md").write_text(OTHER_MD, encoding="utf-8")
    return other


def test_the_manifest_records_the_corpus_folder(small_index: SmallIndex) -> None:
    manifest = load_index(small_index.index).manifest
    assert manifest.corpus_dir == str(small_index.corpus.resolve())


def test_another_corpus_is_refused_and_the_index_kept(ws: Workspace) -> None:
    other = _other_corpus(ws.root)
    before = index_state(ws.index)
    result = ws.run("search", "margin", "--corpus", str(other))
    line = assert_one_line_error(
        result, 2, str(ws.index), str(other), "--rebuild", "another --index"
    )
    assert "was built from" in line
    assert not any("updating" in x for x in result.err_lines + result.out.splitlines())
    assert index_state(ws.index) == before
    assert len(load_index(ws.index).entries) == ws.n_entries
    observe("Index: used with another corpus", result)


def test_a_copy_of_the_corpus_with_an_edit_is_the_same_corpus(ws: Workspace) -> None:
    # ws.corpus is a copy of the corpus the index was built from, in another folder.
    (ws.corpus / "extra.md").unlink()
    result = ws.run("search", "what is a markov chain", "--json")
    assert_ok(result)
    assert len(load_index(ws.index).entries) == ws.n_entries - 4


def test_a_folder_whose_files_were_all_replaced_is_refused(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("# Alpha\n\nThe first letter.\n", encoding="utf-8")
    index = tmp_path / "index"
    build_index(corpus, index, encoder=FakeEncoder())
    (corpus / "a.md").unlink()
    (corpus / "b.md").write_text("# Beta\n\nThe second letter.\n", encoding="utf-8")
    with pytest.raises(CorpusMismatchError, match="no file in common"):
        build_index(corpus, index, encoder=FakeEncoder())
    report = build_index(corpus, index, encoder=FakeEncoder(), rebuild=True)
    assert report.built and load_index(index).entries[0].title == "Beta"


def test_indexes_built_before_the_folder_was_recorded_still_check_files(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("# Alpha\n\nThe first letter.\n", encoding="utf-8")
    index = tmp_path / "index"
    build_index(corpus, index, encoder=FakeEncoder())
    old = replace(load_index(index).manifest, corpus_dir="")
    check_same_corpus(old, corpus, index)  # same files: fine
    with pytest.raises(CorpusMismatchError, match="built from another corpus"):
        check_same_corpus(old, _other_corpus(tmp_path), index)


@pytest.mark.parametrize("name", ["RAG_GLOSSARY_INDEX", "RAG_GLOSSARY_CORPUS"])
def test_empty_path_variables_are_an_error(ws: Workspace, name: str) -> None:
    result = ws.run("search", "markov chain", **{name: ""})
    assert_one_line_error(result, 2, f"{name} is set but empty")
    observe(f"Index: {name} set but empty", result)


def test_a_new_index_is_announced_before_the_build(ws: Workspace) -> None:
    typo = ws.root / "indexes" / "defualt"
    bad_model = ws.root / "other-model"  # the build fails soon after it starts
    bad_model.mkdir()
    (bad_model / "config.json").write_text("{}")
    for args in (("search", "markov chain"), ("index",)):
        result = ws.run(*args, "--index", str(typo), RAG_GLOSSARY_MODEL=str(bad_model))
        assert_one_line_error(result, 1, "cannot load embedding model")
        announced = [line for line in result.err_lines if "Creating a new index at" in line]
        assert len(announced) == 1 and str(typo) in announced[0], result.err
        assert result.err_lines.index(announced[0]) < len(result.err_lines) - 1
    observe("Index: --index names a folder that does not exist", result, announced[0])


def test_waiting_for_another_builds_lock_is_announced(ws: Workspace) -> None:
    (ws.corpus / "extra.md").write_text(OTHER_MD, encoding="utf-8")  # stale: needs a build
    lock_path = ws.index / ".lock"
    # The holder keeps the lock until the build has said it waits (then its stdin closes):
    # a fixed hold time lost the race on a loaded machine, before the build reached the lock.
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from filelock import FileLock; "
            "lock = FileLock(sys.argv[1]); lock.acquire(); print('held', flush=True); "
            "sys.stdin.read()",
            str(lock_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == b"held"
    with pytest.raises(Timeout):
        FileLock(str(lock_path)).acquire(timeout=0)
    started = time.monotonic()
    proc = subprocess.Popen(
        cli_command("search", "margin", "--json"),
        env=ws.env,
        cwd=ws.root,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stderr is not None and holder.stdin is not None
    said = b""
    try:
        while b"Waiting for another build" not in said:
            line = proc.stderr.readline()  # one line at a time: it waits after this one
            assert line, f"the build ended without waiting: {said!r}"
            said += line
    finally:
        time.sleep(1)  # still waiting a while after saying so
        holder.stdin.close()
        holder.wait(timeout=30)
    _, rest = proc.communicate(timeout=300)
    err = (said + rest).decode()
    assert proc.returncode == 0, err
    waiting = [line for line in err.splitlines() if "Waiting for another build" in line]
    assert len(waiting) == 1 and str(ws.index) in waiting[0]
    assert time.monotonic() - started > 1  # it did wait for the holder
    observe_text("Index: another build holds the lock", waiting[0], 0)


def test_chunk_size_beyond_the_model_window_is_capped_with_a_warning(ws: Workspace) -> None:
    result = ws.run("index", "--chunk-tokens", "100000", "--json")
    assert_ok(result)
    (warning,) = [w for w in result.warnings if "--chunk-tokens" in w]
    assert "more than the model reads (256 tokens): chunks were cut to 256" in warning
    assert max(len(c.text.split()) for c in load_index(ws.index).chunks) < 400
    observe("CLI: index --chunk-tokens 100000", result, warning)
