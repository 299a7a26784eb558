"""``index``: build or update the index."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from rag_glossary.cli.common import (
    CorpusOpt,
    EmbedModelOpt,
    IndexOpt,
    JsonOpt,
    _corpus,
    _errors,
    _index,
    _print_json,
    _RichProgress,
    _warn,
    app,
    err,
    out,
)
from rag_glossary.errors import UsageError


@app.command()
def index(
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    model: EmbedModelOpt = None,
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
