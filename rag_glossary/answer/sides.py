"""The two sides of a comparison, looked up on their own when the question's retrieval
brought an entry for only one of them ("matrix decomposition vs matrix composition":
the decompositions crowd Matrix Composition out of the first hits)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rag_glossary.answer.asked import named_head
from rag_glossary.answer.question import analyze
from rag_glossary.answer.side_entry import hit_for
from rag_glossary.answer.side_names import named_exactly
from rag_glossary.models import Hit, RetrievalResult

SIDE_K = 3  # hits of a side's own lookup in which its entry must be


def side_hits(
    question: str, hits: Sequence[Hit], retrieve: Callable[[str, int], RetrievalResult]
) -> tuple[Hit, ...]:
    """The entries of the comparison's sides that ``hits`` lack, each found by a lookup of
    the side alone (one retrieval per missing side; none for other questions)."""
    q = analyze(question)
    if q.shape != "compare" or len(q.sides) != 2 or not hits:
        return ()
    found: list[Hit] = []
    exact = [named_exactly(side, hits) for side in q.sides]
    for rank, side in enumerate(q.sides):
        if exact[rank] is not None or _headed(side, hits, exact[1 - rank]):
            continue
        near = hit_for(side, hits)
        own_hits = retrieve(side, SIDE_K).hits
        # an entry that only shares the side's words ("VBx (Variational Bayes x-vectors)"
        # for "x-vectors") gives way to one the side's own lookup finds by its name
        own = hit_for(side, own_hits) if near is None else named_exactly(side, own_hits)
        if own is not None and own.id not in {h.id for h in (*hits, *found)}:
            found.append(own)
    return tuple(found)


def _headed(side: str, hits: Sequence[Hit], other: Hit | None) -> bool:
    """An entry the side's leading words name ("mistral 7b": "Mistral Model"), other than
    the other side's own entry (".net standard" vs ".NET Framework": "net" names the
    framework only by dropping its category word)."""
    head = named_head(side, hits)
    return head is not None and (other is None or head[0].id != other.id)
