"""The warm index of a long-running process, swapped when a new generation goes live.

``rag-glossary index`` (any process) writes a new generation and then replaces
the index folder's ``CURRENT`` file. :meth:`LiveIndex.current` stats that file
on every request (a few microseconds, nothing is read) and, when it changed,
loads the new generation and swaps it in; requests that arrive during the load
wait for it, so every request after the swap is answered from the new
generation. A generation that fails to load leaves the old one serving.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rag_glossary.errors import GlossaryError, LLMError
from rag_glossary.index import CURRENT, load_index
from rag_glossary.parsing import Corpus
from rag_glossary.retrieval import Retriever, query_encoder

if TYPE_CHECKING:
    from rag_glossary.embedding import Encoder

log = logging.getLogger("rag_glossary.server")

Signature = tuple[int, int, int]  # inode, mtime (ns), size of CURRENT
RETRY_FAILED_S = 5.0  # a generation that failed to load is tried again after this


@dataclass(frozen=True)
class Snapshot:
    """One loaded generation: what a request works with from start to end."""

    retriever: Retriever
    generation: str
    model: str
    corpus: Corpus  # the entries, for look-ups by id and see-also terms
    loaded_at: float
    encoder_key: tuple[str, str] = ("", "")  # model id, query encoder kind

    @property
    def n_entries(self) -> int:
        return len(self.retriever.entries)


def _snapshot(
    retriever: Retriever, generation: str, model: str, encoder_key: tuple[str, str] = ("", "")
) -> Snapshot:
    corpus = Corpus(entries=tuple(retriever.entries), files=())
    return Snapshot(retriever, generation, model, corpus, time.time(), encoder_key)


def _signature(path: Path) -> Signature | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


class LiveIndex:
    """The current :class:`Snapshot` of an index folder; reloads when its generation changes."""

    def __init__(
        self,
        snapshot: Snapshot,
        index_dir: Path | None = None,
        signature: Signature | None = None,
        encoder: Encoder | None = None,
    ) -> None:
        self._snapshot = snapshot
        self._index_dir = index_dir
        self._signature = signature
        self._encoder = encoder
        self._lock = threading.Lock()
        self._failed: tuple[Signature | None, float] | None = None
        self.swaps = 0

    @classmethod
    def open(cls, index_dir: Path, *, encoder: Encoder | None = None) -> LiveIndex:
        """Load the live generation of ``index_dir`` (raises the index's own errors)."""
        signature = _signature(index_dir / CURRENT)
        return cls(_load(index_dir, encoder), index_dir, signature, encoder)

    @classmethod
    def fixed(cls, retriever: Retriever, generation: str = "in-memory") -> LiveIndex:
        """A retriever that never changes (in-memory entries, tests)."""
        return cls(_snapshot(retriever, generation, "in-memory"))

    @property
    def index_dir(self) -> Path | None:
        return self._index_dir

    def current(self) -> Snapshot:
        """The snapshot for this request; loads a new generation first if one went live."""
        if self._index_dir is None:
            return self._snapshot
        signature = _signature(self._index_dir / CURRENT)
        if signature == self._signature or signature is None or self._recently_failed(signature):
            return self._snapshot
        with self._lock:
            if signature != self._signature:  # another request may have loaded it meanwhile
                self._reload(signature)
        return self._snapshot

    def refresh(self) -> Snapshot:
        """Check for a new generation now (after a build in this process)."""
        self._failed = None
        return self.current()

    def _recently_failed(self, signature: Signature) -> bool:
        failed = self._failed
        return (
            failed is not None
            and failed[0] == signature
            and time.monotonic() - failed[1] < RETRY_FAILED_S
        )

    def _reload(self, signature: Signature) -> None:
        assert self._index_dir is not None
        started = time.perf_counter()
        try:
            snapshot = _load(self._index_dir, self._encoder, self._snapshot)
        except Exception as exc:  # whatever broke, the generation already loaded keeps serving
            self._failed = (signature, time.monotonic())
            reason = str(exc) if isinstance(exc, GlossaryError) else f"{type(exc).__name__}: {exc}"
            log.warning("new index generation not loaded, still serving the old one: %s", reason)
            return
        # One attribute assignment: a request reads either the old snapshot or the new one.
        self._snapshot = snapshot
        self._signature = signature
        self._failed = None
        self.swaps += 1
        log.info(
            "serving index generation %s (%d entries, loaded in %.2f s)",
            snapshot.generation,
            snapshot.n_entries,
            time.perf_counter() - started,
        )


def _load(index_dir: Path, encoder: Encoder | None, previous: Snapshot | None = None) -> Snapshot:
    loaded = load_index(index_dir)
    key = (loaded.manifest.model_id, loaded.manifest.query_encoder)
    if encoder is None and previous is not None and previous.encoder_key == key:
        # Same model, same export: share the loaded query encoder instead of holding
        # two ONNX sessions (~100 MB) while both generations are alive.
        encoder = previous.retriever.encoder
    if encoder is None:
        from rag_glossary.embedding.query import SERVER_QUERY_THREADS

        encoder = query_encoder(loaded, threads=SERVER_QUERY_THREADS)
    # Warmed before it is published: the requests that waited for the swap would
    # otherwise all load its coverage tables at once, one copy each.
    retriever = Retriever.from_loaded(loaded, encoder=encoder).warm()
    return _snapshot(retriever, loaded.path.name, loaded.manifest.model_name, key)


def _check_ollama(model: str, *, host: str | None, timeout: float) -> list[str]:
    from rag_glossary.answer import check_ollama

    return check_ollama(model, host=host, timeout=timeout)


class OllamaProbe:
    """Whether Ollama answers with the model pulled, asked at most every ``ttl`` seconds."""

    def __init__(
        self,
        model: str,
        host: str | None = None,
        ttl: float = 15.0,
        check: Callable[..., list[str]] | None = None,
    ) -> None:
        self.model = model
        self.host = host
        self.ttl = ttl
        self._check = check
        self._last: tuple[float, bool, str] | None = None

    def status(self) -> tuple[bool, str]:
        """``(ok, message)``; the message says what to do when Ollama is not usable."""
        now = time.monotonic()
        if self._last is not None and now - self._last[0] < self.ttl:
            return self._last[1], self._last[2]
        check = self._check or _check_ollama
        try:
            check(self.model, host=self.host, timeout=2.0)
            result = (True, f"Ollama answers with {self.model}")
        except LLMError as exc:
            result = (False, str(exc))
        self._last = (now, *result)
        return result
