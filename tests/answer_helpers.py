"""The shipped corpus by id and extractive answers composed from chosen entries.

Shared by the composer's tests: real entries, real BM25 idf, no model.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from helpers import CORPUS

from rag_glossary.answer import extractive_answer
from rag_glossary.answer_metrics import dirty_reasons
from rag_glossary.coverage import CoverageIndex
from rag_glossary.lexical import LexicalIndex
from rag_glossary.models import Entry, Hit
from rag_glossary.parsing import load_corpus


@lru_cache(maxsize=1)
def corpus_by_id() -> dict[str, Entry]:
    return {e.id: e for e in load_corpus(CORPUS).entries}


@lru_cache(maxsize=1)
def corpus_idf() -> Callable[[str], float]:
    """The BM25 idf of the corpus, as the assistant passes it from the index."""
    return LexicalIndex.build(list(corpus_by_id().values())).idf


def ranked_hits(entries: dict[str, Entry], *ids: str, term: str | None = None) -> list[Hit]:
    """Hits in this order with falling scores; ``term`` marks the first as an exact name match."""
    out = []
    for rank, hit_id in enumerate(ids):
        e = entries[hit_id]
        signals = {"term": 1.0} if term and rank == 0 else {}
        out.append(Hit(e.id, e.title, e.source, e.url, e.body[:80], 1.0 - rank * 0.02, e, signals))
    return out


@lru_cache(maxsize=4)
def outside_corpus(name: str) -> tuple[dict[str, Entry], Callable[[str], float]]:
    """An outside glossary of eval/corpora by id, with its BM25 idf."""
    entries = {e.id: e for e in load_corpus(CORPUS.parent / "eval" / "corpora" / name).entries}
    return entries, LexicalIndex.build(list(entries.values())).idf


@lru_cache(maxsize=4)
def outside_coverage(name: str) -> CoverageIndex:
    """The coverage lookup of an outside glossary (eval/corpora/NAME), built once."""
    entries, _ = outside_corpus(name)
    return CoverageIndex(list(entries.values()))


def clean_answer(
    hits: list[Hit], question: str, idf: Callable[[str], float] | None = None
) -> tuple[str, tuple[str, ...]]:
    """The extractive answer, checked clean by the independent dirty-text detector."""
    text, cited = extractive_answer(hits, question, idf or corpus_idf())
    assert not dirty_reasons(text), (dirty_reasons(text), text)
    return text, cited


def answer_from(entries: dict[str, Entry], question: str, *ids: str) -> tuple[str, tuple[str, ...]]:
    """The clean extractive answer of the shipped corpus's ``ids``, ranked in that order."""
    return clean_answer(ranked_hits(entries, *ids), question)


def outside_answer(name: str, question: str, *ids: str) -> tuple[str, tuple[str, ...]]:
    """The same for an outside glossary of eval/corpora, with its own idf."""
    found, idf = outside_corpus(name)
    return clean_answer(ranked_hits(found, *ids), question, idf)
