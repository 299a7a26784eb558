"""A total deadline over a stream of pieces (the LLM's reply).

The HTTP client's timeout is per read: a server that sends a token every half
second never trips it. ``within`` reads the stream in a helper thread and stops
waiting when the deadline passes, however the time is spent (connecting, the
first token, or a slow stream).
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Generator, Iterator
from typing import Any

from rag_glossary.errors import GlossaryError

_END = object()


def within(
    pieces: Iterator[str], seconds: float, on_timeout: Callable[[], GlossaryError]
) -> Generator[str, None, None]:
    """Yield ``pieces`` until they end or ``seconds`` have passed, then raise ``on_timeout()``.

    Errors raised by ``pieces`` are re-raised here. When the deadline passes, the
    helper thread is told to stop and closes the stream at its next piece.
    """
    inbox: queue.Queue[tuple[Any, BaseException | None]] = queue.Queue()
    stop = threading.Event()
    helper = threading.Thread(target=_pump, args=(pieces, inbox, stop), daemon=True)
    end = time.monotonic() + seconds
    helper.start()
    try:
        while True:
            try:
                item, error = inbox.get(timeout=max(end - time.monotonic(), 0.0))
            except queue.Empty:
                raise on_timeout() from None
            if error is not None:
                raise error
            if item is _END:
                return
            yield item
    finally:
        stop.set()


def _pump(
    pieces: Iterator[str],
    inbox: queue.Queue[tuple[Any, BaseException | None]],
    stop: threading.Event,
) -> None:
    try:
        for piece in pieces:
            if stop.is_set():
                break
            inbox.put((piece, None))
        else:
            inbox.put((_END, None))
    except BaseException as error:  # handed to the reading thread, which re-raises it
        inbox.put((None, error))
    finally:
        close = getattr(pieces, "close", None)
        if close is not None:
            close()
