"""``serve --watch``: re-index when a corpus file changes, then serve the new generation."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from rag_glossary.corpus_files import GLOSSARY_SUFFIXES
from rag_glossary.errors import GlossaryError
from rag_glossary.server.state import LiveIndex

log = logging.getLogger("rag_glossary.server")

# Every file type the loader reads, and corpus.toml, which changes how they are read.
_WATCHED_SUFFIXES = (*GLOSSARY_SUFFIXES, ".toml")


def _relevant(_change: object, path: str) -> bool:
    name = Path(path).name
    return not name.startswith(".") and name.lower().endswith(_WATCHED_SUFFIXES)


class _LogProgress:
    """A build's progress as log lines (the terminal belongs to the server's log)."""

    def start(self, description: str, total: int) -> None:
        log.info("%s (%d)", description, total)

    def advance(self, n: int) -> None:
        pass

    def message(self, text: str) -> None:
        log.info("%s", text)


def reindex(corpus_dir: Path, index_dir: Path, live: LiveIndex) -> bool:
    """Bring the index up to date with the corpus and swap it in; True when it was rebuilt."""
    from rag_glossary.index import ensure_index

    try:
        report = ensure_index(corpus_dir, index_dir, progress=_LogProgress())
    except Exception as exc:  # the watcher must outlive a failed build
        reason = str(exc) if isinstance(exc, GlossaryError) else f"{type(exc).__name__}: {exc}"
        log.warning("re-indexing failed, still serving the previous index: %s", reason)
        return False
    if report is None:
        return False
    log.info("%s", report.summary())
    live.refresh()
    return True


def start_watcher(
    corpus_dir: Path, index_dir: Path, live: LiveIndex, stop: threading.Event
) -> threading.Thread:
    """Watch ``corpus_dir`` in a daemon thread until ``stop`` is set."""

    def run() -> None:
        import watchfiles

        reindex(corpus_dir, index_dir, live)  # changes made while the server was starting
        for changes in watchfiles.watch(
            corpus_dir, watch_filter=_relevant, stop_event=stop, raise_interrupt=False
        ):
            log.info("corpus changed (%d files): re-indexing", len(changes))
            reindex(corpus_dir, index_dir, live)

    thread = threading.Thread(target=run, name="corpus-watcher", daemon=True)
    thread.start()
    return thread
