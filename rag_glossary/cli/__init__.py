"""The command line: parses arguments, calls the library, prints.

- :mod:`.common`: the typer app, shared option types, errors and exit codes, output, the index.
- :mod:`.corpus_cmds`: ``entries``, ``show``.
- :mod:`.index_cmds`: ``index``.
- :mod:`.search_cmds`: ``search``.
- :mod:`.eval_cmds`: ``eval``.
- :mod:`.answer_cmds`: ``ask``, ``chat``.
- :mod:`.serve_cmds`: ``serve``, ``mcp``.

Heavy modules (the model, FAISS, the server) are imported inside the commands, never here.
"""

from __future__ import annotations

from rag_glossary.cli.common import app, main

# Importing a command module registers its commands on ``app``; this order is --help's order.
# isort: off
from rag_glossary.cli import corpus_cmds, index_cmds, search_cmds  # noqa: F401
from rag_glossary.cli import eval_cmds, answer_cmds, serve_cmds  # noqa: F401
# isort: on

__all__ = ["app", "main"]
