"""Citations: numbered markers for the hits of the context, and the streaming rewriter
that turns whatever an LLM wrote as a citation into those markers (or removes it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.lazy_re import lazy_regex
from rag_glossary.models import Hit


class Registry:
    """Maps the hits of the context to numbered markers, in order of first citation."""

    def __init__(self, hits: Sequence[Hit]) -> None:
        self.hits = tuple(hits)
        self._by_id = {hit.id: hit.id for hit in hits}
        self._by_id.update({hit.id.lower(): hit.id for hit in hits})
        self.order: list[str] = []

    def resolve_id(self, token: str) -> str | None:
        return self._by_id.get(token) or self._by_id.get(token.lower())

    def resolve_number(self, number: int) -> str | None:
        return self.hits[number - 1].id if 1 <= number <= len(self.hits) else None

    def marker(self, hit_id: str) -> str:
        if hit_id not in self.order:
            self.order.append(hit_id)
        return f"[{self.order.index(hit_id) + 1}]"


_BRACKET = lazy_regex(r"(\s*)\[([^\[\]\n]{1,200})\]")
_BARE_ID = lazy_regex(r"(\s*)(?<![\w#/.:@-])([A-Za-z0-9][A-Za-z0-9-]*#\w[\w-]*)(?![\w#/-])")
_ID_TOKEN = lazy_regex(r"^[A-Za-z0-9][A-Za-z0-9-]*#\w[\w-]*$")
_NUMBER_TOKEN = lazy_regex(r"^[1-9]\d{0,3}$")
_TOKEN_PREFIX = lazy_regex(r"^(?:sources?|ids?|refs?|blocks?|context)\s*:?\s*", re.IGNORECASE)
_TOKEN_SPLIT = lazy_regex(r"\s*[,;]\s*|\s+and\s+")
_OPEN_BRACKET_HOLD = 200


class CitationRewriter:
    """Rewrites the citations of a streamed reply into numbered markers, piece by piece.

    Text is released only up to a point where no citation can be cut in two: the
    last word and an unclosed ``[`` are held back until more text arrives.
    """

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.invalid: list[str] = []
        self._pending = ""
        self._started = False

    def feed(self, piece: str) -> str:
        self._pending += piece
        cut = _safe_cut(self._pending)
        ready, self._pending = self._pending[:cut], self._pending[cut:]
        return self._emit(self._rewrite(ready))

    def flush(self) -> str:
        ready, self._pending = self._pending, ""
        return self._emit(self._rewrite(ready).rstrip())

    def _emit(self, text: str) -> str:
        if not self._started:
            text = text.lstrip()
            self._started = bool(text)
        return text

    def _rewrite(self, text: str) -> str:
        text = _BRACKET.sub(self._bracket, text)
        return _BARE_ID.sub(self._bare, text)

    def _bracket(self, match: re.Match[str]) -> str:
        tokens = [_TOKEN_PREFIX.sub("", t) for t in _TOKEN_SPLIT.split(match.group(2).strip())]
        if not tokens or not all(_ID_TOKEN.match(t) or _NUMBER_TOKEN.match(t) for t in tokens):
            return match.group(0)  # an ordinary bracket, not a citation
        markers = []
        for token in tokens:
            hit_id = self._resolve(token)
            if hit_id is None:
                self._reject(f"[{token}]" if token.isdigit() else token)
            elif (marker := self.registry.marker(hit_id)) not in markers:
                markers.append(marker)
        return match.group(1) + "".join(markers) if markers else ""

    def _bare(self, match: re.Match[str]) -> str:
        hit_id = self.registry.resolve_id(match.group(2))
        if hit_id is None:
            self._reject(match.group(2))
            return ""
        return match.group(1) + self.registry.marker(hit_id)

    def _resolve(self, token: str) -> str | None:
        if token.isdigit():
            return self.registry.resolve_number(int(token))
        return self.registry.resolve_id(token)

    def _reject(self, token: str) -> None:
        if token not in self.invalid:
            self.invalid.append(token)


def _safe_cut(text: str) -> int:
    """How much of ``text`` can be rewritten now without splitting a word or a citation."""
    last_word = re.search(r"\s*\S*\Z", text)
    cut = last_word.start() if last_word else len(text)
    opening = text.rfind("[", 0, cut)
    if (
        opening != -1
        and "]" not in text[opening:cut]
        and "\n" not in text[opening:cut]
        and len(text) - opening <= _OPEN_BRACKET_HOLD
    ):
        cut = len(text[:opening].rstrip())  # hold the open bracket and the space before it
    return cut


def citation_notices(rewriter: CitationRewriter) -> list[str]:
    notices = []
    if rewriter.invalid:
        removed = ", ".join(rewriter.invalid)
        notices.append(f"removed citations not in the retrieved context: {removed}")
    if not rewriter.registry.order:
        notices.append("unsupported: the answer cites no glossary entry")
    return notices
