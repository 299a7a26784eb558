"""``search``: a ranked list of entries."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from rag_glossary.cli.common import (
    CorpusOpt,
    EmbedModelOpt,
    IndexOpt,
    JsonOpt,
    _check_query,
    _errors,
    _open_retriever,
    _print_json,
    app,
    out,
)
from rag_glossary.errors import UsageError

if TYPE_CHECKING:
    from rag_glossary.models import Hit


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="What to look for.")],
    k: Annotated[int, typer.Option("-k", "--k", help="How many entries (1-50).")] = 5,
    mode: Annotated[str, typer.Option(help="dense, bm25 or hybrid.")] = "hybrid",
    no_mmr: Annotated[bool, typer.Option("--no-mmr", help="Plain ranking, no MMR.")] = False,
    no_term: Annotated[bool, typer.Option("--no-term", help="No title/alias matching.")] = False,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    model: EmbedModelOpt = None,
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
