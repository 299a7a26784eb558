"""What every command shares: the typer app, the option types, errors, output and the index.

Exit codes: 0 success, 1 runtime failure, 2 usage or input error. Errors are
one line on stderr; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from rag_glossary.config import default_corpus_dir, default_index_dir
from rag_glossary.errors import GlossaryError

if TYPE_CHECKING:
    from rag_glossary.index import BuildProgress
    from rag_glossary.retrieval import Retriever

app = typer.Typer(
    help="Local semantic search and cited answers over machine-learning glossaries.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)
_state = {"debug": False}

CorpusOpt = Annotated[
    Path | None,
    typer.Option("--corpus", envvar="RAG_GLOSSARY_CORPUS", help="Corpus folder [default: corpus/]"),
]
IndexOpt = Annotated[
    Path | None,
    typer.Option(
        "--index", envvar="RAG_GLOSSARY_INDEX", help="Index folder [default: indexes/default]"
    ),
]
EmbedModelOpt = Annotated[
    str | None,
    typer.Option(
        "--embed-model",
        envvar="RAG_GLOSSARY_MODEL",
        help="Embedding model: a sentence-transformers name or path [default: the index's own, "
        "or the packaged all-MiniLM-L6-v2]",
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
LlmModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model",
        "--llm-model",
        envvar="RAG_GLOSSARY_LLM_MODEL",
        help="Ollama model [default: llama3.2]",
    ),
]
AnswerKOpt = Annotated[
    int, typer.Option("-k", "--k", help="How many entries to answer from (1-50).")
]
NoLlmOpt = Annotated[bool, typer.Option("--no-llm", help="Answer from the entries' own text only.")]


def _print_version(value: bool) -> None:
    if value:
        from rag_glossary import __version__

        out.print(f"rag-glossary {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of errors.")] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_print_version, is_eager=True, help="Print the version."
        ),
    ] = False,
) -> None:
    _state["debug"] = debug


@contextmanager
def _errors() -> Iterator[None]:
    """Turn every failure into one line and an exit code; tracebacks only with --debug."""
    try:
        yield
    except GlossaryError as exc:
        _debug_traceback()
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/]")
        raise typer.Exit(130) from None
    except (typer.Exit, typer.Abort):
        raise
    except Exception as exc:
        _debug_traceback()
        hint = "" if _state["debug"] else " (run with --debug for the traceback)"
        err.print(f"[red]error:[/] unexpected {type(exc).__name__}: {escape(str(exc))}{hint}")
        raise typer.Exit(1) from None


def _debug_traceback() -> None:
    # With --debug the traceback comes first; the error line and exit code stay the same.
    if _state["debug"]:
        traceback.print_exc()


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _warn(message: str) -> None:
    err.print(f"[yellow]warning:[/] {escape(message)}")


class _RichProgress:
    """Draws a build's progress on stderr; silent when stderr is not a terminal."""

    def __init__(self) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self._progress = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=err,
            transient=True,
            disable=not err.is_terminal,
        )
        self._task: Any = None

    def __enter__(self) -> _RichProgress:
        self._progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.__exit__(None, None, None)

    def start(self, description: str, total: int) -> None:
        if self._task is not None:
            self._progress.remove_task(self._task)
        self._task = self._progress.add_task(description, total=total)

    def advance(self, n: int) -> None:
        if self._task is not None:
            self._progress.advance(self._task, n)

    def message(self, text: str) -> None:
        self._progress.console.print(escape(text), style="dim")


def _corpus(corpus: Path | None) -> Path:
    return corpus or default_corpus_dir()


def _index(index: Path | None) -> Path:
    return index or default_index_dir()


def _ensure(corpus: Path | None, index: Path | None, model: str | None) -> None:
    from rag_glossary.index import ensure_index

    progress: BuildProgress
    with _RichProgress() as progress:
        report = ensure_index(_corpus(corpus), _index(index), model=model, progress=progress)
    if report is not None:
        err.print(escape(report.summary()), style="dim")
        for warning in report.warnings:
            _warn(warning)


def _open_retriever(corpus: Path | None, index: Path | None, model: str | None) -> Retriever:
    from rag_glossary.retrieval import Retriever

    _ensure(corpus, index, model)
    return Retriever.load(_index(index))


def _check_query(query: str, retriever: Retriever) -> None:
    from rag_glossary.retrieval import MAX_QUERY_CHARS, clean_query

    clean = clean_query(query)
    if len(query) > MAX_QUERY_CHARS:
        _warn(
            f"the question is {len(query):,} characters long: "
            f"only the first {MAX_QUERY_CHARS:,} are used"
        )
    truncated: Callable[[str], bool] | None = getattr(retriever.encoder, "truncated", None)
    if truncated is not None and truncated(clean):
        _warn("the question is longer than the embedding model reads: its end is ignored")


def main() -> None:
    """Run the CLI; a usage mistake is one line and exit code 2, like every other error."""
    try:
        code = app(standalone_mode=False)
    except typer.TyperException as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":
            exc.show()  # type: ignore[attr-defined]
            sys.exit(0)
        ctx = getattr(exc, "ctx", None)
        where = ctx.command_path if ctx is not None else "rag-glossary"
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        err.print(f"[red]error:[/] {escape(message)} (see `{where} --help`)")
        sys.exit(getattr(exc, "exit_code", 2))
    except typer.Abort:
        err.print("[yellow]interrupted[/]")
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)
