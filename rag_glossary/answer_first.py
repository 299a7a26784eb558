"""The ranking's first place is the entry the answer quotes (round 38 lane K).

After the coverage verdict, a covered question's hits are reordered so that the entry
the extractive composer answers from (its first citation, answer/extractive.py) ranks
first: search, ``--json`` and the HTTP API then cite what the answer says, one
decision instead of two orders that disagree. The composer chose from the fused order
(its merit weighs the rank), so the result keeps that order in ``composed`` and the
assistant answers from it: the answer is the one the fused order gave. A refused
question keeps the fused order: the move is no evidence of coverage. The entry is
decided from the chosen entry's own statements (``extractive.first_cited``: no second
entry, code or text), the whole answer composed only when those do not settle it, and
not even those units chosen when the entry stands alone with every unit in the
question's script (``extractive._sole_entry``). Off by default
(``RetrieverConfig.answer_first``): it adds about a fifth to a search's CPU (p50, 409
questions, one process, the order of the two searches of a question alternated; round 40).
The entries' units are no longer split per process (the index stores them:
stored_units.py), which halved it; what is left is mostly work on entries first seen (a
whole entry's text cleaned as one line, its names' cores, its units' word forms) and
choosing the entry (entry_choice). Composing the whole answer cost 70-120%. Round 41
stores each entry's whole text cleaned as one line too (stored_units.py) and skips the
name patterns a substring test rules out: its own CPU p50 fell about a fifth (1.9-2.1 to
1.5 ms, 409 questions), the search's still about +20% (p50) with it on; what is left is
choosing the entry per question (``entry_choice._main_group``: merit, make_group),
choosing the units when the entry is not alone, and analysing the question.
"""

from __future__ import annotations

from dataclasses import replace

from rag_glossary.models import RetrievalResult

ANSWER_K = 5  # the hits the composer chooses among: the assistant's default k


def answer_first(result: RetrievalResult, idf: object) -> RetrievalResult:
    """``result`` with the composer's entry moved first, when the question is covered."""
    if not result.covered or len(result.hits) < 2:
        return result
    from rag_glossary.answer.context import idf_of
    from rag_glossary.answer.extractive import first_cited

    shown = result.hits[:ANSWER_K]
    described = result.key_term is None
    cited = first_cited(
        shown, result.query, idf_of(idf), result.unit_similarity, described, result.key_entries
    )
    position = {hit.id: i for i, hit in enumerate(result.hits)}
    if cited is None or position.get(cited, 0) == 0:
        return result
    chosen = result.hits[position[cited]]
    rest = tuple(hit for hit in result.hits if hit is not chosen)
    return replace(result, hits=(chosen, *rest), composed=result.hits)
