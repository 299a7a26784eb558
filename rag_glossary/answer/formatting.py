"""Plain-text rendering of an answer: the Sources list and the notices."""

from __future__ import annotations

from rag_glossary.models import Answer


def source_lines(answer: Answer) -> list[str]:
    """``[n] Title — id — url or file:line`` for each citation, in marker order."""
    by_id = {hit.id: hit for hit in answer.hits}
    lines = []
    for number, hit_id in enumerate(answer.citations, start=1):
        hit = by_id.get(hit_id)
        where = (hit.url or hit.entry.location) if hit else "?"
        title = hit.title if hit else hit_id
        lines.append(f"[{number}] {title} — {hit_id} — {where}")
    return lines


def format_tail(answer: Answer) -> str:
    """What follows the answer text: the Sources list, then one line per notice."""
    parts = []
    if answer.citations:
        parts.append("Sources:\n" + "\n".join(source_lines(answer)))
    parts.extend(f"note: {notice}" for notice in answer.notices)
    return "\n".join(parts)


def format_answer(answer: Answer) -> str:
    """The whole answer as plain text: text, Sources, notices."""
    tail = format_tail(answer)
    return f"{answer.text}\n\n{tail}" if tail else answer.text
