"""``rag-glossary serve``: load the index once, then answer HTTP on one warm process."""

from __future__ import annotations

import logging
import socket
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from rag_glossary.config import default_llm_model
from rag_glossary.errors import UsageError
from rag_glossary.server.security import LOOPBACK_NAMES
from rag_glossary.server.state import LiveIndex

log = logging.getLogger("rag_glossary.server")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


@dataclass(frozen=True)
class ServeOptions:
    corpus_dir: Path
    index_dir: Path
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    watch: bool = False
    llm_model: str = field(default_factory=default_llm_model)
    timeout: float = 60.0
    log_level: str = "info"


def bind(host: str, port: int) -> socket.socket:
    """The listening socket, or a one-line error naming the option to change."""
    if not 0 <= port <= 65535:
        raise UsageError(f"--port must be between 0 and 65535, got {port}")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror:
        raise UsageError(
            f"cannot resolve --host {host!r}: give an address such as 127.0.0.1"
        ) from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise UsageError(
            f"cannot listen on {host}:{port} ({exc.strerror}): choose another --port or --host"
        ) from None
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _configure_logging(level: str) -> None:
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s:     %(message)s"))
        log.addHandler(handler)
        log.propagate = False
    log.setLevel(level.upper())


def serve(options: ServeOptions) -> None:
    """Run until interrupted. The index must exist (``ensure_index`` first)."""
    _configure_logging(options.log_level)
    sock = bind(options.host, options.port)
    stop = threading.Event()
    try:
        _run(options, sock, stop)
    finally:
        stop.set()
        sock.close()


def _run(options: ServeOptions, sock: socket.socket, stop: threading.Event) -> None:
    # The index loads (file reads, ONNX session: mostly outside the GIL) while the
    # web stack imports: the server is ready sooner.
    with ThreadPoolExecutor(1) as pool:
        loading = pool.submit(LiveIndex.open, options.index_dir)
        import uvicorn

        from rag_glossary.server.app import AppSettings, create_app
        from rag_glossary.server.watch import start_watcher

        live = loading.result()
    settings = AppSettings(
        bind_host=options.host, llm_model=options.llm_model, timeout=options.timeout
    )
    config = uvicorn.Config(
        create_app(live, settings),
        log_level=options.log_level,
        access_log=False,
        timeout_graceful_shutdown=3,
        server_header=False,
    )
    if options.watch:
        start_watcher(options.corpus_dir, options.index_dir, live, stop)
    host, port = sock.getsockname()[:2]
    if host not in LOOPBACK_NAMES:
        log.warning("listening on %s: anyone who can reach it can use it (no login)", host)
    snapshot = live.current()
    log.info(
        "serving %d entries (index generation %s) on http://%s:%d/%s",
        snapshot.n_entries,
        snapshot.generation,
        f"[{host}]" if ":" in host else host,
        port,
        " (watching the corpus)" if options.watch else "",
    )
    uvicorn.Server(config).run(sockets=[sock])
