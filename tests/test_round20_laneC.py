"""Round 20, lane C: the CLI tests run the CLI in-process; what that must keep true.

``cli_helpers.run_cli`` now calls the CLI's own ``main`` in the test process (a real
``python -m rag_glossary`` only where the process itself is tested). These tests hold the
in-process run to the real process's behaviour, and the test process to its state before.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import sys
import warnings
from pathlib import Path

import pytest
from cli_helpers import cli_env, run_cli, run_cli_in_process, run_cli_process
from helpers import sigint_disposition

# (args, exit code, a piece of the one error line)
CASES = [
    (("search", "x", "-k", "abc"), 2, "Invalid value for '-k'"),
    (("nosuchcommand",), 2, "No such command 'nosuchcommand'"),
    (("entries",), 2, "does not exist"),
]


def _without_prog(line: str) -> str:
    # The real process is `python -m rag_glossary`; in-process it is the installed script's.
    return line.replace("python -m rag_glossary", "rag-glossary")


@pytest.mark.parametrize(("args", "code", "needle"), CASES)
def test_in_process_run_is_the_real_process_run(
    tmp_path: Path, args: tuple[str, ...], code: int, needle: str
) -> None:
    env = cli_env(tmp_path / "missing-corpus", tmp_path / "index")
    inside = run_cli_in_process(*args, env=env, cwd=tmp_path)
    real = run_cli_process(*args, env=env, cwd=tmp_path)
    assert inside.code == real.code == code
    assert inside.out == real.out
    assert list(map(_without_prog, inside.err_lines)) == list(map(_without_prog, real.err_lines))
    assert inside.error_line is not None and needle in inside.error_line


def test_in_process_run_uses_exactly_the_given_environment_and_folder(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus-from-env"
    env = cli_env(corpus, tmp_path / "index")
    os.environ["RAG_GLOSSARY_CORPUS"] = str(tmp_path / "not-this-one")
    try:
        result = run_cli_in_process("entries", env=env, cwd=tmp_path)
    finally:
        del os.environ["RAG_GLOSSARY_CORPUS"]
    assert result.code == 2 and str(corpus) in (result.error_line or ""), result.err


def _process_state() -> tuple[object, ...]:
    """What an in-process CLI run could leave changed in the test process."""
    return (
        dict(os.environ),
        Path.cwd(),
        list(sys.argv),
        logging.getLogger().handlers[:],
        list(warnings.filters),
        signal.getsignal(signal.SIGINT),
        sys.stdout,
        sys.stderr,
    )


def test_in_process_run_leaves_the_test_process_as_it_was(tmp_path: Path) -> None:
    before = _process_state()
    result = run_cli_in_process("--debug", "entries", env=cli_env(tmp_path, tmp_path), cwd=tmp_path)
    assert result.code == 2 and "Traceback" in result.err  # --debug ran inside
    after = _process_state()
    assert after == before


@pytest.mark.parametrize("command", ["serve", "mcp", "chat"])
def test_commands_that_serve_run_as_a_real_process(tmp_path: Path, command: str) -> None:
    # A bad flag exits at once; the real process's name in the message shows where it ran.
    result = run_cli(command, "--no-such-flag", env=cli_env(tmp_path, tmp_path), cwd=tmp_path)
    assert result.code == 2 and "python -m rag_glossary" in (result.error_line or ""), result.err


def test_an_ignored_sigint_is_seen_also_when_c_code_set_it() -> None:
    # What the autouse guard in conftest.py compares before and after every test: a
    # library's C code ignoring SIGINT leaves Python's getsignal() unchanged.
    # A worker started as a background job (`cmd &` in a script) inherits SIGINT ignored, so
    # the test starts from Python's default handler and puts back what it found.
    libc = ctypes.CDLL(None)
    libc.signal.restype = ctypes.c_void_p
    libc.signal.argtypes = (ctypes.c_int, ctypes.c_void_p)
    found = signal.getsignal(signal.SIGINT)
    try:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        before = sigint_disposition()
        assert before[1] is False
        libc.signal(signal.SIGINT, 1)  # SIG_IGN, behind Python's back
        handler, ignored = sigint_disposition()
        assert handler == before[0] and ignored is True
        signal.signal(signal.SIGINT, signal.default_int_handler)
        assert sigint_disposition() == before
    finally:
        signal.signal(signal.SIGINT, found)
