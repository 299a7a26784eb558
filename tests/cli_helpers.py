"""Helpers of the hostile-input suite (tests/test_hostile_*.py).

- ``run_cli``: the real CLI (``rag_glossary.cli.main``, argv, environment and working
  folder as given), with the corpus and index in a temporary folder, offline, no Ollama
  unless asked. It runs IN-PROCESS (stdout/stderr captured, the environment swapped for
  the run's, Python warnings and log records printed to stderr as a fresh interpreter
  would) unless ``process=True``, a ``prefix`` is given or the command serves (``serve``,
  ``mcp``, ``chat``): then in a subprocess (``python -m rag_glossary``). Keep the
  subprocess where the process itself is tested: signals, start-up imports, terminals;
- ``assert_one_line_error``: exit code, no traceback, exactly one ``error:`` line
  that is the last line of stderr and says what to do;
- ``build_small_index``: a 24-entry corpus indexed ONCE per session with the real
  packaged model, through the CLI's first-use path; ``make_workspace`` gives each
  test its own copy (the 87 MB ONNX export is hard-linked, everything else copied);
- ``observe``: what the user saw, per case. With ``RAG_GLOSSARY_BAD_INPUT_TABLE=PATH``
  set, the observations are written to PATH as the Markdown table of the README's bad-input section.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import time
import types
import warnings
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pytest
from filelock import FileLock
from helpers import CORPUS
from ollama_fixtures import PROXY_AND_OLLAMA_ENV
from shared_index import run_folder

from rag_glossary.index import CURRENT, LoadedIndex, load_index

# Narrow on purpose: a message that rich wraps would show up as several lines.
COLUMNS = "40"
_CLEARED_ENV = (
    *PROXY_AND_OLLAMA_ENV,
    "RAG_GLOSSARY_MODEL",
    "RAG_GLOSSARY_LLM_MODEL",
    "RAG_GLOSSARY_CORPUS",
    "RAG_GLOSSARY_INDEX",
)
TABLE_ENV = "RAG_GLOSSARY_BAD_INPUT_TABLE"


# ---------------------------------------------------------------- running the CLI


@dataclass(frozen=True)
class CliResult:
    args: tuple[str, ...]
    code: int
    out: str
    err: str
    seconds: float

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]

    @property
    def error_line(self) -> str | None:
        found = [line for line in self.err_lines if line.startswith("error:")]
        return found[0] if found else None

    @property
    def warnings(self) -> list[str]:
        return [line for line in self.err_lines if line.startswith("warning:")]

    def json(self) -> Any:
        return json.loads(self.out)


def cli_env(corpus: Path, index: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _CLEARED_ENV}
    env.update(
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        RAG_GLOSSARY_CORPUS=str(corpus),
        RAG_GLOSSARY_INDEX=str(index),
        COLUMNS=COLUMNS,
        PYTHONIOENCODING="utf-8",
    )
    env.update(extra)
    return env


def cli_command(*args: str, prefix: Sequence[str] = ()) -> list[str]:
    return [*prefix, sys.executable, "-m", "rag_glossary", *args]


# Commands that serve or read stdin until it ends: always a real process.
_PROCESS_COMMANDS = frozenset({"serve", "mcp", "chat"})


def run_cli(
    *args: str,
    env: dict[str, str],
    cwd: Path,
    timeout: float = 180.0,
    prefix: Sequence[str] = (),
    process: bool = False,
) -> CliResult:
    command = next((a for a in args if not a.startswith("-")), None)
    if process or prefix or command in _PROCESS_COMMANDS:
        return run_cli_process(*args, env=env, cwd=cwd, timeout=timeout, prefix=prefix)
    return run_cli_in_process(*args, env=env, cwd=cwd)


def run_cli_in_process(*args: str, env: dict[str, str], cwd: Path) -> CliResult:
    """``rag-glossary ARGS`` through the CLI's own ``main`` in this process, with exactly
    ``env`` as the environment, ``cwd`` as the working folder and an empty stdin."""
    from typer.testing import CliRunner

    from rag_glossary.cli import main

    overrides: dict[str, str | None] = {k: None for k in os.environ if k not in env}
    overrides.update(env)
    root = logging.getLogger()
    saved_argv, saved_cwd, saved_handlers = sys.argv, Path.cwd(), root.handlers[:]
    saved_main = sys.modules["__main__"]
    started = time.perf_counter()
    with CliRunner().isolation(env=overrides) as (stdout, stderr, _), warnings.catch_warnings():
        # As a fresh interpreter: Python's default warning filters, printed on stderr;
        # log records without a handler go to stderr (pytest's own handlers are set aside).
        warnings.resetwarnings()
        for category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning):
            warnings.simplefilter("ignore", category)
        warnings.simplefilter("ignore", ResourceWarning)
        warnings.showwarning = _show_warning
        root.handlers = []
        # As the installed `rag-glossary` script: click names the program from argv[0]
        # when __main__ is no package (pytest's own __main__ would name it `python -m pytest`).
        sys.modules["__main__"] = types.ModuleType("__main__")
        sys.argv = ["rag-glossary", *args]
        os.chdir(cwd)
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.chdir(saved_cwd)
            sys.argv = saved_argv
            sys.modules["__main__"] = saved_main
            root.handlers = saved_handlers
        out, err = stdout.getvalue(), stderr.getvalue()
    return CliResult(
        args=tuple(args),
        code=code,
        out=out.decode("utf-8", "replace"),
        err=err.decode("utf-8", "replace"),
        seconds=time.perf_counter() - started,
    )


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: Any = None,
    line: str | None = None,
) -> None:
    sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


def run_cli_process(
    *args: str,
    env: dict[str, str],
    cwd: Path,
    timeout: float = 180.0,
    prefix: Sequence[str] = (),
) -> CliResult:
    """``rag-glossary ARGS`` as a real process (``python -m rag_glossary``)."""
    started = time.perf_counter()
    proc = subprocess.run(
        cli_command(*args, prefix=prefix),
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    return CliResult(
        args=tuple(args),
        code=proc.returncode,
        out=proc.stdout.decode("utf-8", "replace"),
        err=proc.stderr.decode("utf-8", "replace"),
        seconds=time.perf_counter() - started,
    )


def assert_no_traceback(result: CliResult) -> None:
    assert "Traceback" not in result.err, result.err
    assert "Traceback" not in result.out, result.out


def assert_ok(result: CliResult) -> None:
    assert_no_traceback(result)
    assert result.code == 0, result.err
    assert result.error_line is None, result.err


def assert_one_line_error(result: CliResult, code: int, *needles: str) -> str:
    """The run failed with ``code`` and ended in exactly one ``error:`` line holding
    every needle (the needles are the actionable part: a command, a flag, a name)."""
    assert_no_traceback(result)
    assert result.code == code, (result.code, result.err)
    errors = [line for line in result.err_lines if line.startswith("error:")]
    assert len(errors) == 1, result.err
    assert result.err_lines[-1] == errors[0], f"the error is not the last line:\n{result.err}"
    for needle in needles:
        assert needle in errors[0], (needle, errors[0])
    return errors[0]


# ---------------------------------------------------------------- index snapshots


@dataclass(frozen=True)
class IndexState:
    current: str | None
    generations: frozenset[str]
    temporaries: frozenset[str]


def index_state(index_dir: Path) -> IndexState:
    if not index_dir.is_dir():
        return IndexState(None, frozenset(), frozenset())
    names = [p.name for p in index_dir.iterdir() if p.is_dir()]
    current = index_dir / CURRENT
    return IndexState(
        current.read_text(encoding="utf-8").strip() if current.is_file() else None,
        frozenset(n for n in names if n.startswith("g-")),
        frozenset(n for n in names if n.startswith(".tmp-")),
    )


def assert_index_loads(index_dir: Path, n_entries: int | None = None) -> LoadedIndex:
    """The live generation loads completely (no model needed) and has no leftovers."""
    loaded = load_index(index_dir)
    if n_entries is not None:
        assert len(loaded.entries) == n_entries
    assert len(loaded.chunks) == loaded.vectors.shape[0] == loaded.dense.count
    return loaded


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def copy_index(src: Path, dst: Path) -> None:
    """Copy an index folder; ONNX files (never rewritten in place) are hard-linked."""

    def copy(s: str, d: str) -> None:
        (_link_or_copy if f"{os.sep}onnx{os.sep}" in s else shutil.copy2)(s, d)

    shutil.copytree(src, dst, copy_function=copy)


# ---------------------------------------------------------------- the small real index

SMALL_SOURCE = "ai-glossary-m-site.txt"
SMALL_ENTRIES = 20
EXTRA_MD = """# Gradient Clipping

Gradient clipping caps the norm of the gradients before each update, which keeps
training stable when a batch produces a huge gradient.

# Label Smoothing

Label smoothing replaces one-hot targets with a mix of the target and a uniform
distribution, so the model is less over-confident.

# Weight Decay

Weight decay shrinks every weight a little at each step; with plain SGD it equals an
L2 penalty on the weights.

# Early Stopping

Early stopping ends training when the validation loss has not improved for a while.
"""
EXTRA_ENTRIES = 4


def write_small_corpus(folder: Path) -> Path:
    """``mini.md``: 20 entries copied from the shipped site-text glossary (as generic
    Markdown); ``extra.md``: 4 hand-written entries, there to be removed by a test."""
    from rag_glossary.parsing import parse_file

    folder.mkdir(parents=True, exist_ok=True)
    entries = [e for e in parse_file(CORPUS / SMALL_SOURCE) if len(e.body) > 80]
    chosen = entries[:SMALL_ENTRIES]
    text = "\n\n".join(f"# {e.title}\n\n{e.body}" for e in chosen) + "\n"
    (folder / "mini.md").write_text(text, encoding="utf-8")
    (folder / "extra.md").write_text(EXTRA_MD, encoding="utf-8")
    return folder


@dataclass(frozen=True)
class SmallIndex:
    corpus: Path
    index: Path
    first_use: CliResult  # the `search` that found no index and built it


@dataclass
class Workspace:
    """A test's own copy of the small corpus and index, and the CLI env pointing at them."""

    root: Path
    corpus: Path
    index: Path
    env: dict[str, str] = field(default_factory=dict)

    def run(
        self, *args: str, timeout: float = 180.0, process: bool = False, **extra_env: str
    ) -> CliResult:
        env = {**self.env, **extra_env}
        return run_cli(*args, env=env, cwd=self.root, timeout=timeout, process=process)

    @property
    def n_entries(self) -> int:
        return SMALL_ENTRIES + EXTRA_ENTRIES


_SESSION: dict[str, SmallIndex] = {}


def build_small_index(tmp_path_factory: pytest.TempPathFactory) -> SmallIndex:
    """Built once per test run, however many modules' fixtures (or xdist workers) ask for it.

    The first-use ``search`` runs once; other xdist workers read its recorded result."""
    if "index" not in _SESSION:
        root = run_folder(tmp_path_factory) / "small-real-index"
        root.mkdir(parents=True, exist_ok=True)
        corpus, index = root / "corpus", root / "indexes" / "default"
        with FileLock(str(root / "build.lock")):
            result = _small_first_use(root, corpus, index)
        _SESSION["index"] = SmallIndex(corpus, index, result)
    return _SESSION["index"]


def _small_first_use(root: Path, corpus: Path, index: Path) -> CliResult:
    record = root / "first-use.json"
    if record.is_file():
        data = json.loads(record.read_text(encoding="utf-8"))
        return CliResult(**{**data, "args": tuple(data["args"])})
    write_small_corpus(corpus)
    env = cli_env(corpus, index)
    # The CLI's first-use path as a user meets it: a real process.
    result = run_cli_process("search", "what is a markov chain", "--json", env=env, cwd=root)
    assert_ok(result)
    record.write_text(json.dumps(asdict(result)), encoding="utf-8")
    return result


def make_workspace(small: SmallIndex, tmp_path: Path) -> Workspace:
    """A copy of the small corpus and index for one test."""
    corpus = tmp_path / "corpus"
    index = tmp_path / "indexes" / "default"
    shutil.copytree(small.corpus, corpus)
    index.parent.mkdir(parents=True)
    copy_index(small.index, index)
    return Workspace(tmp_path, corpus, index, cli_env(corpus, index))


# ---------------------------------------------------------------- the bad-input table

CATEGORIES = ("Corpus", "Question", "Index", "Ollama", "CLI")


@dataclass(frozen=True)
class Observation:
    case: str
    shown: str
    code: int | str


_OBSERVED: dict[str, Observation] = {}
_TMP_PATH = re.compile(r"(/tmp|/var)/\S*?/(corpus|indexes|other-model|questions)\b")


def _sanitize(text: str, limit: int = 150) -> str:
    text = _TMP_PATH.sub(r"\2", text)
    text = re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT", text)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def observe(case: str, result: CliResult, shown: str | None = None) -> None:
    """Record what the user saw for a case: ``shown``, else the error line, else the
    first warning, else the first line of output."""
    line = shown or result.error_line or next(iter(result.warnings), None)
    line = line or next((x for x in result.out.splitlines() if x.strip()), "(no output)")
    _OBSERVED[case] = Observation(case, _sanitize(line), result.code)


def observe_text(case: str, shown: str, code: int | str) -> None:
    """Record a case checked through the library (no CLI run)."""
    _OBSERVED[case] = Observation(case, _sanitize(shown), code)


def markdown_table(observations: Sequence[Observation]) -> str:
    def key(o: Observation) -> tuple[int, str]:
        category = o.case.split(":", 1)[0]
        rank = CATEGORIES.index(category) if category in CATEGORIES else len(CATEGORIES)
        return rank, o.case

    rows = ["| bad input | what the user sees | exit code |", "|---|---|---:|"]
    for o in sorted(observations, key=key):
        shown = o.shown.replace("|", "\\|").replace("`", "'")
        rows.append(f"| {o.case} | `{shown}` | {o.code} |")
    return "\n".join(rows) + "\n"


def _write_table() -> None:
    target = os.environ.get(TABLE_ENV)
    if target and _OBSERVED:
        Path(target).write_text(markdown_table(list(_OBSERVED.values())), encoding="utf-8")


atexit.register(_write_table)
