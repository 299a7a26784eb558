"""The JSON objects that the CLI, the HTTP API and the MCP server give out.

One function per record, so every front end prints the same fields and a field
added to a record (``RetrievalResult`` grows with the retriever) reaches all of
them without touching each one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rag_glossary.models import Entry, Hit, RetrievalResult

if TYPE_CHECKING:
    from rag_glossary.parsing import Corpus

# These come first, in this order; any other field of RetrievalResult follows.
_RESULT_HEAD = ("query", "covered", "confidence", "hits")


def result_dict(result: RetrievalResult) -> dict[str, Any]:
    """``{"query", "covered", "confidence", "hits": [Hit.to_dict()...], ...every other field}``."""
    names = [f.name for f in fields(result) if f.metadata.get("payload", True)]
    ordered = [n for n in _RESULT_HEAD if n in names] + [n for n in names if n not in _RESULT_HEAD]
    return {name: plain(getattr(result, name)) for name in ordered}


def hit_metadata(hit: Hit, result: RetrievalResult) -> dict[str, Any]:
    """What a framework document or node carries besides its text (LangChain, LlamaIndex)."""
    return {
        "title": hit.title,
        "source": hit.source,
        "url": hit.url,
        "location": hit.entry.location,
        "score": hit.score,
        "confidence": result.confidence,
        "covered": result.covered,
    }


def entry_dict(entry: Entry, corpus: Corpus) -> dict[str, Any]:
    """The full entry, plus the citation ids its see-also terms name in ``corpus``."""
    see_also_ids = {term: corpus.resolve(term) for term in entry.see_also}
    return {**entry.to_dict(), "see_also_ids": see_also_ids}


def plain(value: Any) -> Any:
    """A record or value as JSON-ready data: records through their own ``to_dict``."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, Path):
        return str(value)
    return value
