"""The data records passed between pipeline stages. All frozen."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rag_glossary.unit_vectors import UnitSimilarity

# a body that only holds the place of a definition still to write ("???", "TBD", "-")
_PLACEHOLDER = re.compile(
    r"\s*(?:\?+|-+|—|–|\.{3}|…|tbd|tba|todo|to ?do|fixme|xxx|wip|n/?a)\s*\.?\s*", re.IGNORECASE
)


@dataclass(frozen=True)
class Entry:
    """One glossary entry, the unit every answer cites.

    ``id`` is the citation id ``SOURCE#ANCHOR`` defined in corpus/README.md.
    ``file`` is the file name inside the corpus folder and ``line`` the 1-based
    line where the entry starts in it.

    ``fields`` are the ``Name: value`` lines of a data file record's other fields
    (``category: Algorithms``). The parser puts them on the body's last lines, so
    search reads them, and lists them here, so the answer knows where the entry's own
    text ends (``definition``) and never quotes them as sentences.
    """

    id: str
    source: str
    anchor: str
    title: str
    aliases: tuple[str, ...]
    body: str
    see_also: tuple[str, ...]
    url: str | None
    file: str
    line: int
    fields: tuple[str, ...] = ()

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}"

    @property
    def is_stub(self) -> bool:
        """The entry has no text of its own: an empty body or a placeholder ("???", "TBD")."""
        return _PLACEHOLDER.fullmatch(self.body) is not None or not self.body.strip()

    @property
    def definition(self) -> str:
        """The body without its record fields: what the entry itself says."""
        tail = "\n" + "\n".join(self.fields)
        if self.fields and self.body.endswith(tail):
            return self.body[: -len(tail)]
        return self.body

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "anchor": self.anchor,
            "title": self.title,
            "aliases": list(self.aliases),
            "body": self.body,
            "see_also": list(self.see_also),
            "url": self.url,
            "file": self.file,
            "line": self.line,
            "fields": list(self.fields),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entry:
        return cls(
            id=data["id"],
            source=data["source"],
            anchor=data["anchor"],
            title=data["title"],
            aliases=tuple(data["aliases"]),
            body=data["body"],
            see_also=tuple(data["see_also"]),
            url=data["url"],
            file=data["file"],
            line=int(data["line"]),
            fields=tuple(data.get("fields", ())),
        )


@dataclass(frozen=True)
class Chunk:
    """A piece of one entry's text, sized for the embedding model.

    ``text`` is what gets embedded: a header (title and aliases) then the piece.
    ``content_hash`` keys the vector cache used by incremental re-indexing.
    """

    entry_id: str
    position: int
    text: str
    content_hash: str

    @property
    def id(self) -> str:
        return f"{self.entry_id}::{self.position}"


@dataclass(frozen=True)
class Hit:
    """One retrieved entry with its score and the text that matched."""

    id: str
    title: str
    source: str
    url: str | None
    snippet: str
    score: float
    entry: Entry
    signals: Mapping[str, float] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "location": self.entry.location,
            "snippet": self.snippet,
            "score": round(self.score, 6),
            "signals": {k: round(v, 6) for k, v in self.signals.items()},
        }

    def __str__(self) -> str:
        """``Title  id  score`` and the snippet on a second line."""
        return f"{self.title}  {self.id}  {self.score:.4f}\n  {self.snippet}"


@dataclass(frozen=True)
class Answer:
    """What ``Assistant.ask`` returns: the text, the ids it cites, the hits behind it."""

    question: str
    text: str
    citations: tuple[str, ...]
    hits: tuple[Hit, ...]
    backend: str  # "ollama" | "extractive" | "none"
    covered: bool = True
    notices: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.text,
            "citations": list(self.citations),
            "backend": self.backend,
            "covered": self.covered,
            "notices": list(self.notices),
            "hits": [h.to_dict() for h in self.hits],
        }

    def __str__(self) -> str:
        """The text, then its Sources list and notes, as ``rag-glossary ask`` prints them."""
        from rag_glossary.answer.formatting import format_answer

        return format_answer(self)


@dataclass(frozen=True)
class RetrievalResult:
    """Hits for one query plus how sure the retriever is that the glossary answers it.

    ``confidence`` is in [0, 1]; ``covered`` is ``confidence >= threshold``.
    ``key_term`` is the term the question asks about (None when it only
    describes one) and ``key_term_found`` whether the glossary has it;
    ``nearest`` lists the closest entries' titles when it does not.
    ``unit_similarity(entry_id, unit)`` is the question's cosine to an answer unit of
    any entry (unit_vectors.py); None when the index has no unit vectors.
    """

    query: str
    hits: tuple[Hit, ...]
    confidence: float
    covered: bool
    key_term: str | None = None
    key_term_found: bool | None = None
    nearest: tuple[str, ...] = ()
    reason: str = ""
    # the entries whose title or alias the key term names (coverage's lookup); () when the
    # term is found only in some text, or not at all: the answer's entry when it is asked
    key_entries: tuple[str, ...] = field(default=(), metadata={"payload": False})
    unit_similarity: UnitSimilarity | None = field(
        default=None, compare=False, repr=False, metadata={"payload": False}
    )  # a lookup for the answer stage, not data: left out of JSON payloads
    # the fused order the answer's entry was chosen on, when the ranking moved that entry
    # first (answer_first.py); () when ``hits`` is that order
    composed: tuple[Hit, ...] = field(
        default=(), compare=False, repr=False, metadata={"payload": False}
    )

    def to_dict(self) -> dict[str, Any]:
        """``search --json``'s object; the HTTP API and the MCP server give the same."""
        from rag_glossary.payloads import result_dict

        return result_dict(self)
