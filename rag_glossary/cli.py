"""The command line: parses arguments, calls the library, prints.

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
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from rag_glossary.config import default_corpus_dir, default_index_dir
from rag_glossary.errors import GlossaryError, UsageError

if TYPE_CHECKING:
    from rag_glossary.index import BuildProgress
    from rag_glossary.models import Entry, Hit
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
T = TypeVar("T")

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
ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--embed-model",
        envvar="RAG_GLOSSARY_MODEL",
        help="Embedding model: a sentence-transformers name or path [default: the index's own, "
        "or the packaged all-MiniLM-L6-v2]",
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


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


# ---------------------------------------------------------------- entries / show


@app.command()
def entries(
    source: Annotated[str | None, typer.Option("--source", help="Only this source id.")] = None,
    stats: Annotated[bool, typer.Option("--stats", help="Count entries per source.")] = False,
    corpus: CorpusOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List the entries of the corpus with their citation ids."""
    from rag_glossary.parsing import load_corpus

    with _errors():
        loaded = load_corpus(_corpus(corpus))
        for warning in loaded.warnings:
            _warn(warning)
        items = [e for e in loaded.entries if source is None or e.source == source]
        if source is not None and not items:
            known = ", ".join(sorted(loaded.stats()))
            raise UsageError(f"no source {source!r} in the corpus: known sources are {known}")
        if stats:
            _print_stats(items, as_json)
        elif as_json:
            _print_json([_entry_summary(e) for e in items])
        else:
            for e in items:
                aliases = f" ({', '.join(e.aliases)})" if e.aliases else ""
                out.print(f"{escape(e.id)}\t{escape(e.title)}{escape(aliases)}")


def _entry_summary(e: Entry) -> dict[str, Any]:
    return {
        "id": e.id,
        "source": e.source,
        "anchor": e.anchor,
        "title": e.title,
        "aliases": list(e.aliases),
        "url": e.url,
        "file": e.file,
        "line": e.line,
    }


def _print_stats(items: list[Entry], as_json: bool) -> None:
    counts: dict[str, int] = {}
    stubs: dict[str, int] = {}  # entries with a term and no definition
    for e in items:
        counts[e.source] = counts.get(e.source, 0) + 1
        stubs[e.source] = stubs.get(e.source, 0) + (not e.body.strip())
    n_stubs = sum(stubs.values())
    if as_json:
        summary = {"sources": counts, "total": len(items), "stubs": stubs, "total_stubs": n_stubs}
        _print_json(summary)
        return
    table = Table("source", "entries", "stubs")
    for name, n in counts.items():
        table.add_row(name, str(n), str(stubs[name]))
    table.add_row("[bold]total[/]", f"[bold]{len(items)}[/]", f"[bold]{n_stubs}[/]")
    out.print(table)


@app.command()
def show(
    id_or_term: Annotated[str, typer.Argument(help="A citation id or a term.")],
    corpus: CorpusOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show entries in full: by citation id, or every entry whose title or alias is the term."""
    from rag_glossary.parsing import load_corpus

    with _errors():
        if not id_or_term.strip():
            raise UsageError("give a citation id (SOURCE#ANCHOR) or a term to show")
        loaded = load_corpus(_corpus(corpus))
        found = loaded.lookup(id_or_term)
        if not found:
            raise UsageError(
                f"no entry is {id_or_term!r}: try `rag-glossary search {id_or_term!r}`"
            )
        resolved = {e.id: [(t, loaded.resolve(t)) for t in e.see_also] for e in found}
        if as_json:
            from rag_glossary.payloads import entry_dict

            _print_json([entry_dict(e, loaded) for e in found])
            return
        for n, e in enumerate(found):
            if n:
                out.rule()
            _print_entry(e, resolved[e.id])


def _print_entry(e: Entry, see_also: list[tuple[str, list[str]]]) -> None:
    out.print(f"[bold]{escape(e.title)}[/]  [cyan]{escape(e.id)}[/]")
    if e.aliases:
        out.print(f"aliases: {escape(', '.join(e.aliases))}")
    if e.url:
        out.print(f"url: {escape(e.url)}")
    out.print(f"at: {escape(e.location)}\n")
    out.print(escape(e.body) if e.body else "[dim](no text)[/]")
    if see_also:
        out.print("\n[bold]See also[/]")
        for term, ids in see_also:
            where = ", ".join(ids) if ids else "not in this corpus"
            out.print(f"  {escape(term)} -> {escape(where)}")


# ---------------------------------------------------------------- index


@app.command()
def index(
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    model: ModelOpt = None,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Re-embed everything.")] = False,
    index_type: Annotated[
        str,
        typer.Option("--index-type", help="auto, flat, hnsw, ivf, ivf-sq8 or ivf-pq."),
    ] = "auto",
    chunk_tokens: Annotated[int, typer.Option(help="Chunk size in model tokens.")] = 256,
    chunk_overlap: Annotated[int, typer.Option(help="Chunk overlap in model tokens.")] = 32,
    as_json: JsonOpt = False,
) -> None:
    """Build or update the index (only changed chunks are embedded again)."""
    from rag_glossary.chunking import ChunkingConfig
    from rag_glossary.faiss_index import INDEX_TYPES
    from rag_glossary.index import IndexSettings, build_index
    from rag_glossary.index.store import CURRENT

    with _errors():
        if index_type != "auto" and index_type not in INDEX_TYPES:
            raise UsageError(
                f"unknown index type {index_type!r}: choose auto or one of {', '.join(INDEX_TYPES)}"
            )
        settings = IndexSettings(
            model=model,
            chunking=ChunkingConfig(max_tokens=chunk_tokens, overlap_tokens=chunk_overlap),
            index_type=index_type,
        )
        if not (_index(index) / CURRENT).is_file():  # no index there yet
            err.print(f"Creating a new index at {escape(str(_index(index)))} ...", style="dim")
        with _RichProgress() as progress:
            report = build_index(
                _corpus(corpus), _index(index), settings, rebuild=rebuild, progress=progress
            )
        for warning in report.warnings:
            _warn(warning)
        if as_json:
            _print_json(
                {k: str(v) if isinstance(v, Path) else v for k, v in report.__dict__.items()}
            )
        else:
            out.print(escape(report.summary()))


# ---------------------------------------------------------------- search


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="What to look for.")],
    k: Annotated[int, typer.Option("-k", "--k", help="How many entries (1-50).")] = 5,
    mode: Annotated[str, typer.Option(help="dense, bm25 or hybrid.")] = "hybrid",
    no_mmr: Annotated[bool, typer.Option("--no-mmr", help="Plain ranking, no MMR.")] = False,
    no_term: Annotated[bool, typer.Option("--no-term", help="No title/alias matching.")] = False,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    model: ModelOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Search the glossary: a ranked list of entries with citation ids."""
    from rag_glossary.retrieval import MODES, RetrieverConfig, clean_query
    from rag_glossary.validation import check_k

    with _errors():
        clean_query(query)
        mode = mode.lower()
        if mode not in MODES:
            raise UsageError(f"unknown mode {mode!r}: choose one of {', '.join(MODES)}")
        check_k(k, "-k")
        retriever = _open_retriever(corpus, index, model)
        _check_query(query, retriever)
        config = RetrieverConfig(mode=mode, mmr=not no_mmr, term=not no_term)  # type: ignore[arg-type]
        result = retriever.with_config(config).retrieve(query, k)
        if as_json:
            _print_json(result.to_dict())
            return
        _print_hits(list(result.hits))
        if not result.covered:
            missing = result.key_term if result.key_term_found is False else None
            why = f": {escape(missing)!r} is not in it" if missing else ""
            out.print(
                f"[yellow]The glossary may not cover this question{why} "
                f"(confidence {result.confidence:.2f}).[/]"
            )


def _print_hits(hits: list[Hit]) -> None:
    for n, h in enumerate(hits, start=1):
        out.print(
            f"[bold]{n}. {escape(h.title)}[/]  [cyan]{escape(h.id)}[/]  [dim]{h.score:.4f}[/]"
        )
        out.print(f"   {escape(h.snippet)}")


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


# ---------------------------------------------------------------- eval


@app.command(name="eval")
def eval_(
    questions: Annotated[
        Path | None,
        typer.Option("--questions", help="Question set [default: eval/questions.jsonl]"),
    ] = None,
    k: Annotated[
        int, typer.Option("-k", "--k", help="Depth of the ranked lists (10-50).")
    ] = 10,
    configs: Annotated[
        str | None, typer.Option("--configs", help="Comma-separated configurations to run.")
    ] = None,
    report: Annotated[
        Path | None, typer.Option("--report", help="Write a Markdown report (and PNG chart).")
    ] = None,
    failures: Annotated[
        bool, typer.Option("--failures", help="List the default's misses (hit@5 = 0).")
    ] = False,
    answers: Annotated[
        bool,
        typer.Option("--answers/--no-answers", help="Also score the extractive answers."),
    ] = True,
    all_sets: Annotated[
        bool,
        typer.Option("--all-sets", help="Every set (eval/*.jsonl, eval/corpora/*): one row each."),
    ] = False,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    model: ModelOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Evaluate retrieval configurations side by side on a question set."""
    if all_sets:
        _eval_all_sets(k, index, model, as_json)
        return
    if corpus is not None and index is None:
        from rag_glossary.evaluation import eval_index_dir

        index = eval_index_dir(corpus, default_index_dir().parent)
    from rag_glossary.config import PROJECT_ROOT
    from rag_glossary.evaluation import (
        answer_table,
        evaluate,
        evaluate_answers,
        load_questions,
        markdown_by_kind,
        markdown_table,
        resolve_configs,
        write_report,
    )
    from rag_glossary.validation import check_int

    with _errors():
        check_int(k, "-k", 10, 50)
        path = questions or PROJECT_ROOT / "eval" / "questions.jsonl"
        qs = load_questions(path)
        names = [c.strip() for c in configs.split(",") if c.strip()] if configs else None
        chosen = resolve_configs(names)
        retriever = _open_retriever(corpus, index, model)
        with _RichProgress() as progress:
            progress.start("Evaluating", len(qs) * len(chosen))
            result = evaluate(retriever, qs, list(chosen), k=k, on_progress=progress.advance)
        if answers:
            result.answer_metrics = evaluate_answers(retriever, qs)
        if report is not None:
            for written in write_report(result, report, path):
                err.print(f"wrote {written}", style="dim")
        if as_json:
            _print_json(result.to_dict())
            return
        out.print(markdown_table(result))
        out.print(f"\n[bold]{result.default}[/] by kind:\n")
        out.print(markdown_by_kind(result))
        if result.answer_metrics:
            out.print("\nExtractive answers:\n")
            out.print(answer_table(result.answer_metrics))
        if failures:
            out.print("\nMisses of the default (hit@5 = 0):")
            for miss in result.failures():
                out.print(f"  {miss['id']} [{miss['kind']}] {escape(miss['question'])}")


def _eval_all_sets(k: int, index: Path | None, model: str | None, as_json: bool) -> None:
    from rag_glossary.config import PROJECT_ROOT
    from rag_glossary.evaluation import (
        QuestionSet,
        discover_sets,
        eval_index_dir,
        evaluate_sets,
        sets_table,
    )

    def open_for(qset: QuestionSet) -> Retriever:
        if qset.corpus is None:
            return _open_retriever(None, index, model)
        cached = eval_index_dir(qset.corpus, default_index_dir().parent)
        return _open_retriever(qset.corpus, cached, model)

    with _errors():
        sets = discover_sets(PROJECT_ROOT / "eval")
        rows = evaluate_sets(sets, open_for, k=k)
        if as_json:
            _print_json(rows)
            return
        out.print(sets_table(sets, rows))


# ---------------------------------------------------------------- ask


@app.command()
def ask(
    question: Annotated[
        str, typer.Argument(help="A question about a machine-learning term; - reads stdin.")
    ],
    k: Annotated[
        int, typer.Option("-k", "--k", help="How many entries to answer from (1-50).")
    ] = 5,
    llm_model: Annotated[
        str | None,
        typer.Option(
            "--model",
            "--llm-model",
            envvar="RAG_GLOSSARY_LLM_MODEL",
            help="Ollama model [default: llama3.2]",
        ),
    ] = None,
    no_llm: Annotated[
        bool, typer.Option("--no-llm", help="Answer from the entries' own text only.")
    ] = False,
    timeout: Annotated[
        float, typer.Option(help="Total seconds for Ollama's answer, streaming included.")
    ] = 60.0,
    embed_model: Annotated[
        str | None,
        typer.Option("--embed-model", envvar="RAG_GLOSSARY_MODEL", help="Embedding model."),
    ] = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Answer a question with citations (Ollama if it runs, else from the entries)."""
    from rag_glossary.answer import Assistant
    from rag_glossary.render import print_pieces, print_tail
    from rag_glossary.retrieval import clean_query
    from rag_glossary.validation import check_k, check_seconds

    with _errors():
        if question == "-":
            question = sys.stdin.read()
        clean_query(question)
        check_k(k, "-k")
        check_seconds(timeout, "--timeout")
        retriever = _open_retriever(corpus, index, embed_model)
        _check_query(question, retriever)
        assistant = Assistant(
            retriever, llm_model=llm_model, timeout=timeout, k=k, use_llm=not no_llm
        )
        stream = assistant.stream(question)
        if as_json:
            _print_json(stream.answer.to_dict())
            return
        print_pieces(out, stream)
        print_tail(out, stream.answer)


# ---------------------------------------------------------------- chat


@app.command()
def chat(
    k: Annotated[
        int, typer.Option("-k", "--k", help="How many entries to answer from (1-50).")
    ] = 5,
    llm_model: Annotated[
        str | None,
        typer.Option(
            "--model", "--llm-model", envvar="RAG_GLOSSARY_LLM_MODEL", help="Ollama model."
        ),
    ] = None,
    no_llm: Annotated[
        bool, typer.Option("--no-llm", help="Answer from the entries' own text only.")
    ] = False,
    timeout: Annotated[
        float, typer.Option(help="Total seconds for each Ollama answer, streaming included.")
    ] = 60.0,
    embed_model: Annotated[
        str | None,
        typer.Option("--embed-model", envvar="RAG_GLOSSARY_MODEL", help="Embedding model."),
    ] = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
) -> None:
    """Ask questions one after another; follow-ups keep the term (:help lists commands)."""
    from rag_glossary import repl
    from rag_glossary.chat import Conversation

    with _errors():
        conversation = Conversation(
            _open_retriever(corpus, index, embed_model),
            k=k,
            use_llm=not no_llm,
            llm_model=llm_model,
            timeout=timeout,
        )
        repl.run(conversation, out, err, sys.stdin)


# ---------------------------------------------------------------- serve / mcp

LlmModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model",
        "--llm-model",
        envvar="RAG_GLOSSARY_LLM_MODEL",
        help="Ollama model [default: llama3.2]",
    ),
]
EmbedModelOpt = Annotated[
    str | None,
    typer.Option("--embed-model", envvar="RAG_GLOSSARY_MODEL", help="Embedding model."),
]


@app.command()
def serve(
    host: Annotated[
        str, typer.Option(help="Interface to listen on; other than loopback lets others in.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8765,
    watch: Annotated[
        bool, typer.Option("--watch", help="Re-index when a corpus file changes.")
    ] = False,
    llm_model: LlmModelOpt = None,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for Ollama.")] = 60.0,
    embed_model: EmbedModelOpt = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
) -> None:
    """Serve the HTTP API and the web page from one warm process (http://127.0.0.1:8765/)."""
    from rag_glossary.config import default_llm_model
    from rag_glossary.server.run import ServeOptions
    from rag_glossary.server.run import serve as run_server
    from rag_glossary.validation import check_seconds

    with _errors():
        check_seconds(timeout, "--timeout")
        if not 0 <= port < 65536:
            raise UsageError(f"--port must be between 0 (any free port) and 65535, got {port}")
        _ensure(corpus, index, embed_model)
        options = ServeOptions(
            corpus_dir=_corpus(corpus),
            index_dir=_index(index),
            host=host,
            port=port,
            watch=watch,
            llm_model=llm_model or default_llm_model(),
            timeout=timeout,
        )
        run_server(options)


@app.command()
def mcp(
    llm_model: LlmModelOpt = None,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for Ollama.")] = 60.0,
    embed_model: EmbedModelOpt = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
) -> None:
    """Speak MCP over stdio: tools search, ask and show for coding and chat agents."""
    from rag_glossary.config import default_llm_model
    from rag_glossary.mcp_server import McpOptions, run_mcp
    from rag_glossary.validation import check_seconds

    with _errors():
        check_seconds(timeout, "--timeout")
        options = McpOptions(
            corpus_dir=_corpus(corpus),
            index_dir=_index(index),
            llm_model=llm_model or default_llm_model(),
            timeout=timeout,
            embed_model=embed_model,
        )
        run_mcp(options)
