"""Entries to chunks sized in the embedding model's own tokens.

Chunks never cross entries: each entry is split on its own with
langchain-text-splitters, and each chunk's embedded text starts with a short
header (title and aliases) so that a chunk from the middle of a long entry
still says what it is about.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from rag_glossary.citation_lines import searched_body
from rag_glossary.errors import UsageError
from rag_glossary.models import Chunk, Entry

if TYPE_CHECKING:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

TokenCount = Callable[[str], int]

_SEPARATORS = ["\n\n", "\n", ". ", "; ", ", ", " ", ""]
# "## Why it matters" inside a body: the words are embedded, the marks are not (they pull
# a chunk's vector away from its topic: 0.42 -> 0.38 cosine on a matching question). One
# "#" is left alone: outside a fence it is as often a code comment ("# make the data").
_HEADING_MARK = re.compile(r"^#{2,6}[ \t]+(?=\S)")
_FENCE = re.compile(r"^\s*(?:```|~~~)")


@dataclass(frozen=True)
class ChunkingConfig:
    """How entries are cut. Sizes are in word pieces of the embedding model.

    ``max_tokens`` is the model's limit (all-MiniLM-L6-v2 truncates past 256);
    the body of a chunk gets what the header leaves of it. Overlap keeps a
    sentence cut in two findable from both sides.
    """

    max_tokens: int = 256
    overlap_tokens: int = 32
    max_header_tokens: int = 48

    def __post_init__(self) -> None:
        if self.max_tokens < 32:
            raise UsageError(f"chunk size must be at least 32 tokens, got {self.max_tokens}")
        if not 0 <= self.overlap_tokens < self.max_tokens // 2:
            raise UsageError(
                f"chunk overlap must be between 0 and {self.max_tokens // 2 - 1} tokens, "
                f"got {self.overlap_tokens}"
            )

    def to_dict(self) -> dict[str, int]:
        return {
            "max_tokens": self.max_tokens,
            "overlap_tokens": self.overlap_tokens,
            "max_header_tokens": self.max_header_tokens,
        }


def entry_header(entry: Entry) -> str:
    if entry.aliases:
        return f"{entry.title} ({', '.join(entry.aliases)})"
    return entry.title


def content_hash(model_id: str, text: str) -> str:
    """Key of the vector cache: the same text under the same model embeds the same."""
    return hashlib.sha256(f"{model_id}\0{text}".encode()).hexdigest()[:32]


class Chunker:
    """Cuts entries into chunks whose full embedded text fits the model's limit."""

    def __init__(self, count_tokens: TokenCount, config: ChunkingConfig, model_id: str) -> None:
        self._count = lru_cache(maxsize=65536)(count_tokens)
        self._special_tokens = self._count("")
        self.config = config
        self.model_id = model_id

    def _fit_header(self, header: str) -> str:
        while self._count(header) > self.config.max_header_tokens and " " in header:
            header = header.rsplit(" ", 1)[0]
        if self._count(header) > self.config.max_header_tokens:
            header = header[: self.config.max_header_tokens]
        return header

    def _splitter(self, budget: int) -> RecursiveCharacterTextSplitter:
        # Imported here: langchain costs 0.15 s and the query path never chunks.
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        return RecursiveCharacterTextSplitter(
            separators=_SEPARATORS,
            chunk_size=budget,
            chunk_overlap=min(self.config.overlap_tokens, budget // 4),
            length_function=self._piece_tokens,
            keep_separator="end",
        )

    def _piece_tokens(self, text: str) -> int:
        # The splitter sums the lengths of the pieces it merges: counting the special
        # tokens in each word or character made chunks of long lines 4-10x too small.
        return max(0, self._count(text) - self._special_tokens)

    def _pieces(self, header: str, body: str) -> Iterator[str]:
        # The counter includes the special tokens of each call, so a header plus
        # a piece counted apart over-estimates their sum: the budget is safe.
        budget = self.config.max_tokens - self._count(header)
        pending = self._splitter(budget).split_text(body) if body.strip() else [""]
        for piece in pending:
            text = f"{header}\n{piece}" if piece else header
            if self._count(text) <= self.config.max_tokens:
                yield text
                continue
            # Rare: tokens that merge differently once joined. Cut the piece finer.
            for sub in self._splitter(budget // 2).split_text(piece):
                yield f"{header}\n{sub}"

    def chunk_entry(self, entry: Entry) -> list[Chunk]:
        header = self._fit_header(entry_header(entry))
        body = _unmarked(searched_body(entry))
        if not body.strip() and entry.see_also:
            # A stub still says what it relates to; that is all it can be found by.
            body = f"See also: {', '.join(entry.see_also)}"
        return [
            Chunk(
                entry_id=entry.id,
                position=i,
                text=text,
                content_hash=content_hash(self.model_id, text),
            )
            for i, text in enumerate(self._pieces(header, body))
        ]

    def chunk_entries(self, entries: Iterable[Entry]) -> list[Chunk]:
        return [chunk for entry in entries for chunk in self.chunk_entry(entry)]


def _unmarked(body: str) -> str:
    """The body with the marks of its ``##`` headings dropped (not inside code fences)."""
    if "##" not in body:
        return body
    lines = body.split("\n")
    fenced = False
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            lines[i] = _HEADING_MARK.sub("", line)
    return "\n".join(lines)


def chunk_body(chunk: Chunk) -> str:
    """The chunk's text without its header line."""
    _, _, body = chunk.text.partition("\n")
    return body
