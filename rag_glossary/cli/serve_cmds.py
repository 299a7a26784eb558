"""``serve`` and ``mcp``: one warm process over the index, for browsers or agents."""

from __future__ import annotations

from typing import Annotated

import typer

from rag_glossary.cli.common import (
    CorpusOpt,
    EmbedModelOpt,
    IndexOpt,
    LlmModelOpt,
    _corpus,
    _ensure,
    _errors,
    _index,
    app,
)
from rag_glossary.errors import UsageError


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
