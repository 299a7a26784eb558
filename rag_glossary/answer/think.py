"""Reasoning models (qwen3, deepseek-r1 style) put their thinking in ``<think>…</think>``:
it is not the answer, and its citations must not count. Removed as the reply streams."""

from __future__ import annotations

_OPEN = "<think>"
_CLOSE = "</think>"


class ThinkFilter:
    """Feed the reply piece by piece; get back the text outside ``<think>`` blocks.

    A tag split across pieces is held back until it is complete; an unclosed block
    at the end (a cut reply) is dropped.
    """

    def __init__(self) -> None:
        self._pending = ""
        self._inside = False

    def feed(self, piece: str) -> str:
        self._pending += piece
        out: list[str] = []
        while True:
            tag = _CLOSE if self._inside else _OPEN
            at = self._pending.lower().find(tag)
            if at < 0:
                keep = _partial_tag(self._pending, tag)
                if not self._inside:
                    out.append(self._pending[: len(self._pending) - keep])
                self._pending = self._pending[len(self._pending) - keep :]
                return "".join(out)
            if not self._inside:
                out.append(self._pending[:at])
            self._pending = self._pending[at + len(tag) :]
            self._inside = not self._inside

    def flush(self) -> str:
        rest, self._pending = ("" if self._inside else self._pending), ""
        return rest


def _partial_tag(text: str, tag: str) -> int:
    """Length of the longest end of ``text`` that could begin ``tag``."""
    lowered = text.lower()
    for size in range(min(len(tag) - 1, len(text)), 0, -1):
        if tag.startswith(lowered[-size:]):
            return size
    return 0


def strip_think(text: str) -> str:
    """``text`` without its ``<think>`` blocks (a whole, non-streamed reply)."""
    thinking = ThinkFilter()
    return thinking.feed(text) + thinking.flush()
