"""One warm process over the index: the HTTP API and web page (``rag-glossary serve``).

``create_app(LiveIndex.open(index_dir))`` is the ASGI app; ``serve(options)`` runs it
with uvicorn. FastAPI and uvicorn load only here, never on the search/ask path.
"""

from __future__ import annotations

from rag_glossary.server.app import AppSettings, create_app
from rag_glossary.server.run import ServeOptions, serve
from rag_glossary.server.state import LiveIndex, Snapshot

__all__ = ["AppSettings", "LiveIndex", "ServeOptions", "Snapshot", "create_app", "serve"]
