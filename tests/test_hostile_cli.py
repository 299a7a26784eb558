"""The CLI against a broken Ollama, bad flags, and --debug.

Ollama failures never fail `ask`: it exits 0, prints a cited extractive answer and one
``note:`` line saying what went wrong (tests/test_answer.py checks the library side;
here it is the real CLI in a subprocess talking to tests/fake_ollama.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import (
    CliResult,
    Workspace,
    assert_ok,
    assert_one_line_error,
    cli_env,
    observe,
    run_cli,
)
from fake_ollama import FakeOllama

QUESTION = "what is a markov chain"
EXPECTED_ID = "mini#markov-chain"


def _ask(ws: Workspace, host: str, *args: str) -> CliResult:
    return ws.run("ask", QUESTION, *args, timeout=120, OLLAMA_HOST=host)


def _notes(result: CliResult) -> list[str]:
    return [line for line in result.out.splitlines() if line.startswith("note:")]


def _assert_cited_fallback(result: CliResult, *needles: str) -> str:
    """Exit 0, an extractive answer with a marker and its Sources, and exactly one note
    (one line) holding the needles; returns the note."""
    assert_ok(result)
    assert "[1]" in result.out and "Sources:" in result.out and EXPECTED_ID in result.out
    (note,) = _notes(result)
    for needle in needles:
        assert needle in note, (needle, note)
    return note


# ---------------------------------------------------------------- Ollama faults


@pytest.mark.slow
def test_ollama_refused_prints_a_cited_extract_and_how_to_start_it(
    ws: Workspace, refused_ollama_host: str
) -> None:
    result = _ask(ws, refused_ollama_host)
    _assert_cited_fallback(
        result, f"no Ollama server answered at {refused_ollama_host}", "ollama serve"
    )
    observe("Ollama: connection refused", result, _notes(result)[0])


@pytest.mark.slow
def test_ollama_slower_than_the_timeout_gives_up_in_time(
    ws: Workspace, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply("never sent", delay=60)
    result = _ask(ws, fake_ollama.host, "--timeout", "1")
    _assert_cited_fallback(result, "did not answer within 1 s")
    assert result.seconds < 30  # not the 60 s the server would take
    observe("Ollama: slower than --timeout", result, _notes(result)[0])


@pytest.mark.slow
def test_ollama_without_the_model_says_what_to_pull(ws: Workspace, fake_ollama: FakeOllama) -> None:
    result = _ask(ws, fake_ollama.host, "--model", "tinyllama-missing")
    _assert_cited_fallback(result, '"tinyllama-missing"', "ollama pull tinyllama-missing")
    observe("Ollama: model not pulled (404)", result, _notes(result)[0])


@pytest.mark.slow
def test_ollama_error_500_is_named(ws: Workspace, fake_ollama: FakeOllama) -> None:
    fake_ollama.reply(status=500, error="CUDA out of memory")
    result = _ask(ws, fake_ollama.host)
    _assert_cited_fallback(result, "HTTP 500", "CUDA out of memory", "extractive answer")
    observe("Ollama: HTTP 500", result, _notes(result)[0])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "fault"),
    [
        ("Ollama: malformed NDJSON mid-stream", {"malformed_after": 1}),
        ("Ollama: stream truncated mid-answer", {"truncate_after": 1}),
    ],
)
def test_broken_stream_keeps_what_was_shown_and_completes_it(
    ws: Workspace, fake_ollama: FakeOllama, case: str, fault: dict[str, int]
) -> None:
    fake_ollama.reply("A Markov chain is a memoryless process [1]. ", "It has ", **fault)
    result = _ask(ws, fake_ollama.host)
    note = _assert_cited_fallback(result, "broke off")
    assert result.out.startswith("A Markov chain is a memoryless process [1].")
    assert "malformed or truncated" in note or "truncated" in note
    observe(case, result, note)


@pytest.mark.slow
def test_answer_without_citations_is_flagged_unsupported(
    ws: Workspace, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply("A Markov chain is ", "a memoryless random process.")
    result = _ask(ws, fake_ollama.host)
    assert_ok(result)
    assert result.out.startswith("A Markov chain is a memoryless random process.")
    assert "Sources:" not in result.out
    (note,) = _notes(result)
    assert "unsupported: the answer cites no glossary entry" in note
    observe("Ollama: answer with no citations", result, note)


@pytest.mark.slow
def test_citations_outside_the_context_are_removed_and_reported(
    ws: Workspace, fake_ollama: FakeOllama
) -> None:
    fake_ollama.reply(
        f"A Markov chain is memoryless [{EXPECTED_ID}]. ",
        "Aliens invented it [evil#aliens] [7].",
    )
    result = _ask(ws, fake_ollama.host)
    assert_ok(result)
    answer = result.out.split("\n\n")[0]
    assert answer == "A Markov chain is memoryless [1]. Aliens invented it."
    assert "evil#aliens" not in result.out.split("note:")[0]
    assert f"[1] Markov Chain — {EXPECTED_ID}" in result.out
    (note,) = _notes(result)
    assert "removed citations not in the retrieved context: evil#aliens, [7]" in note
    observe("Ollama: answer citing ids outside the context", result, note)


@pytest.mark.slow
def test_fallback_is_machine_readable_with_json(ws: Workspace, refused_ollama_host: str) -> None:
    result = _ask(ws, refused_ollama_host, "--json")
    assert_ok(result)
    answer = json.loads(result.out)
    assert answer["backend"] == "extractive" and answer["citations"][0] == EXPECTED_ID
    assert len(answer["notices"]) == 1 and "no Ollama server" in answer["notices"][0]


# ---------------------------------------------------------------- flags and --debug


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "args", "needles"),
    [
        ("CLI: -k 0", ("search", "x", "-k", "0"), ("-k must be from 1 to 50, got 0",)),
        ("CLI: unknown --mode", ("search", "x", "--mode", "magic"), ("dense, bm25, hybrid",)),
        (
            "CLI: unknown --index-type",
            ("index", "--index-type", "btree"),
            ("unknown index type 'btree'", "flat"),
        ),
        ("CLI: chunk size too small", ("index", "--chunk-tokens", "8"), ("at least 32 tokens",)),
        ("CLI: ask -k 0", ("ask", "x", "-k", "0", "--no-llm"), ("-k must be from 1 to 50, got 0",)),
    ],
)
def test_bad_flag_values_are_one_line_usage_errors(
    tmp_path: Path, case: str, args: tuple[str, ...], needles: tuple[str, ...]
) -> None:
    index = tmp_path / "indexes" / "default"
    result = run_cli(*args, env=cli_env(tmp_path / "corpus", index), cwd=tmp_path)
    assert_one_line_error(result, 2, *needles)
    assert not index.exists()  # refused before touching anything
    observe(case, result)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "args"),
    [
        ("CLI: missing argument", ("search",)),
        ("CLI: -k not a number", ("search", "x", "-k", "many")),
        ("CLI: unknown option", ("search", "x", "--colour")),
    ],
)
def test_malformed_command_lines_are_usage_errors(
    tmp_path: Path, case: str, args: tuple[str, ...]
) -> None:
    result = run_cli(*args, env=cli_env(tmp_path / "c", tmp_path / "i"), cwd=tmp_path)
    assert_one_line_error(result, 2, "--help")
    assert any(word in result.err for word in ("Missing", "Invalid", "No such option"))
    observe(case, result)


@pytest.mark.slow
def test_debug_adds_the_traceback_and_keeps_the_exit_code(tmp_path: Path) -> None:
    env = cli_env(tmp_path / "nope", tmp_path / "i")
    plain = run_cli("entries", env=env, cwd=tmp_path)
    debug = run_cli("--debug", "entries", env=env, cwd=tmp_path)
    line = assert_one_line_error(plain, 2, "does not exist")
    assert debug.err.startswith("Traceback") and "CorpusError" in debug.err
    assert debug.code == plain.code and debug.err_lines[-1] == line
    observe("CLI: any error with --debug", debug, "the Python traceback, then the same error line")
