"""The LLM path's context: the entries the extractive answer would cite and, for a long
entry, the passages of it that answer the question."""

from __future__ import annotations

from collections.abc import Sequence

from rag_glossary.answer.extractive import compose
from rag_glossary.answer.overlap import Idf
from rag_glossary.answer.pieces import entry_focus
from rag_glossary.answer.question import analyze
from rag_glossary.answer.segment import Unit, entry_units
from rag_glossary.answer.unit_score import unit_score
from rag_glossary.models import Hit


def idf_of(lexical: object) -> Idf | None:
    """The BM25 idf of a retriever's lexical index, when it has one."""
    idf = getattr(lexical, "idf", None)
    return idf if callable(idf) else None


def llm_context(
    question: str,
    hits: Sequence[Hit],
    idf: Idf | None = None,
    max_chars: int = 1200,
    *,
    named: Sequence[str] = (),
) -> list[tuple[Hit, str | None]]:
    """The entries that earn a place in the LLM prompt (those the extractive answer
    would cite, in rank order) and, for an entry longer than ``max_chars``, the
    passages of it that answer the question (``None``: the whole entry). ``named``: the
    entries the key term names (``RetrievalResult.key_entries``)."""
    ids = {i for s in compose(question, hits, idf, named=named) for i in s.ids}
    chosen = [h for h in hits if h.id in ids] or list(hits[:1])
    q = analyze(question)
    weight = idf or (lambda _token: 1.0)
    out: list[tuple[Hit, str | None]] = []
    for hit in chosen:
        if len(hit.entry.body) <= max_chars:
            out.append((hit, None))
            continue
        pool = entry_units(hit.entry)
        focus = entry_focus(q, hit)
        ranked = sorted(pool, key=lambda u: (-unit_score(q, focus, u, weight), u.position))
        kept: list[Unit] = []
        size = 0
        for unit in [pool[0], *ranked]:
            if unit not in kept and size + len(unit.text) <= max_chars:
                kept.append(unit)
                size += len(unit.text) + 1
        out.append((hit, "\n".join(u.text for u in sorted(kept, key=lambda u: u.position))))
    return out
