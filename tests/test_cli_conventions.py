"""What users of command-line tools expect (issue 15, item 4): --version, completion,
the same flags everywhere, colour on a terminal only, readable str(), and a warning
line for each odd corpus input."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import (
    CliResult,
    Workspace,
    assert_ok,
    cli_command,
    cli_env,
    observe,
    run_cli,
)
from helpers import FakeEncoder

from rag_glossary import __version__
from rag_glossary.answer import Assistant
from rag_glossary.models import Entry
from rag_glossary.retrieval import Retriever

ESC = "\x1b["


def _run_plain(tmp_path: Path, *args: str, **env: str) -> CliResult:
    return run_cli(*args, env=cli_env(tmp_path / "corpus", tmp_path / "index", **env), cwd=tmp_path)


# ---------------------------------------------------------------- version, completion


def test_version_is_printed(tmp_path: Path) -> None:
    result = _run_plain(tmp_path, "--version")
    assert_ok(result)
    assert result.out.strip() == f"rag-glossary {__version__}"


def test_shell_completion_is_offered_and_completes_commands(tmp_path: Path) -> None:
    # Typer detects the shell from the parent processes: run it from bash (no exec).
    command = " ".join(cli_command("--show-completion"))
    shown = subprocess.run(
        ["bash", "-c", f"{command}; exit $?"],
        env=cli_env(tmp_path / "corpus", tmp_path / "index"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert shown.returncode == 0, shown.stderr
    assert "complete" in shown.stdout and "_COMPLETE=complete_bash" in shown.stdout
    # What the installed script does when bash asks for completions of "rag-glossary se".
    script = "import sys; sys.argv[0] = 'rag-glossary'; from rag_glossary.cli import main; main()"
    env = cli_env(
        tmp_path / "corpus",
        tmp_path / "index",
        _RAG_GLOSSARY_COMPLETE="complete_bash",
        COMP_WORDS="rag-glossary se",
        COMP_CWORD="1",
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.stdout.split() == ["search", "serve"], proc.stderr


# ---------------------------------------------------------------- the same flags everywhere


def _options() -> dict[str, dict[str, set[str]]]:
    import typer

    from rag_glossary.cli import app

    group = typer.main.get_command(app)
    commands = group.commands  # type: ignore[attr-defined]
    return {
        name: {p.name: set(p.opts) for p in command.params if p.name}
        for name, command in commands.items()
    }


def test_every_command_spells_shared_flags_the_same() -> None:
    options = _options()
    with_k = [name for name, params in options.items() if "k" in params]
    assert sorted(with_k) == ["ask", "chat", "eval", "search"]
    assert all(options[name]["k"] == {"-k", "--k"} for name in with_k)
    for name, params in options.items():
        if "index" in params:  # reads the index, so it embeds with a model
            embed = params.get("model") or params.get("embed_model")
            assert embed is not None and "--embed-model" in embed, name
        if "corpus" in params:
            assert params["corpus"] == {"--corpus"}, name
    assert "--llm-model" in options["ask"]["llm_model"]
    assert all("--json" in params.get("as_json", {"--json"}) for params in options.values())


@pytest.mark.slow
def test_k_long_form_works_on_search(ws: Workspace) -> None:
    result = ws.run("search", "markov chain", "--k", "2", "--json")
    assert_ok(result)
    assert len(result.json()["hits"]) == 2


# ---------------------------------------------------------------- colour on a terminal


def _run_in_terminal(ws: Workspace, *args: str) -> str:
    """The CLI with its stdout on a pseudo-terminal; returns what the terminal got."""
    leader, follower = pty.openpty()
    env = {**ws.env, "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen(
        cli_command(*args),
        env=env,
        cwd=ws.root,
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=subprocess.PIPE,
    )
    os.close(follower)
    received = bytearray()
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        received += data
    proc.wait(timeout=120)
    os.close(leader)
    assert proc.returncode == 0, proc.stderr.read().decode() if proc.stderr else ""
    return received.decode("utf-8", "replace")


@pytest.mark.slow
def test_ask_is_coloured_on_a_terminal_and_plain_when_piped(ws: Workspace) -> None:
    question = ("ask", "what is a markov chain", "--no-llm")
    shown = _run_in_terminal(ws, *question)
    assert f"{ESC}1;36m[1]{ESC}0m" in shown  # the citation marker, in colour
    assert "Sources:" in shown and "mini#markov-chain" in shown
    piped = ws.run(*question)
    assert_ok(piped)
    assert ESC not in piped.out
    assert "[1] Markov Chain — mini#markov-chain — mini.md:" in piped.out


# ---------------------------------------------------------------- str()


def test_str_of_answer_and_hit_is_readable(
    small_entries: list[Entry], fake_encoder: FakeEncoder
) -> None:
    retriever = Retriever.from_entries(small_entries, fake_encoder)
    hit = retriever.search("what is max pooling", k=1)[0]
    assert str(hit).startswith("Max Pooling  g#max-pooling  0.")
    assert "largest value" in str(hit)
    answer = Assistant(retriever, use_llm=False).ask("what is max pooling")
    text = str(answer)
    assert text.startswith(answer.text)
    assert "Sources:\n[1] Max Pooling — g#max-pooling" in text
    assert "note: extractive answer (LLM off)" in text
    assert "Answer(" not in text and "Hit(" not in text


# ---------------------------------------------------------------- odd corpus input

FOUR_SECTIONS = "".join(
    f"## {t}\n\n{t} is a term.\n\n" for t in ("Alpha", "Beta", "Gamma", "Delta")
)


def _odd_corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "ok.md").write_text("# Short\n\nA short entry.\n", encoding="utf-8")
    heading = " ".join(["word"] * 3000)
    (folder / "long.md").write_text(f"# {heading}\n\nThe body.\n", encoding="utf-8")
    (folder / "forced.md").write_text(FOUR_SECTIONS, encoding="utf-8")
    (folder / "corpus.toml").write_text(
        '[files."forced.md"]\ndialect = "ai-glossary"\n', encoding="utf-8"
    )
    (folder / "more").mkdir()
    (folder / "more" / "nested.md").write_text("# Nested\n\nNot read.\n", encoding="utf-8")
    (folder / "gone.md").symlink_to(folder / "nowhere.md")
    return folder


def test_odd_corpus_input_ends_in_warning_lines(tmp_path: Path) -> None:
    corpus = _odd_corpus(tmp_path / "corpus")
    result = _run_plain(tmp_path, "entries", "--json")
    assert_ok(result)
    ids = [e["id"] for e in result.json()]
    long_id = next(i for i in ids if i.startswith("long#"))
    assert len(long_id) < 220
    titles = [e["title"] for e in result.json()]
    assert max(len(t) for t in titles) <= 202
    warnings = result.warnings
    expected = {
        "Corpus: a 15,000-character heading": "long.md:1: a heading of 14,999 characters was cut",
        "Corpus: a forced dialect merges entries": "forced.md: dialect 'ai-glossary' (forced in "
        "corpus.toml) finds 1 entry where 'generic' finds 4",
        "Corpus: a subfolder": f"skipped the subfolder more/: only files directly in {corpus}",
        "Corpus: a dangling symlink": "skipped gone.md: a symbolic link to a missing file",
    }
    for case, needle in expected.items():
        line = next((w for w in warnings if needle in w), None)
        assert line is not None, (needle, warnings)
        observe(case, result, line)
