"""Statements as answer text: sentences of one run on one line, a list as "- item"
lines, a code block fenced, and each run's citation markers after its punctuation."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag_glossary.answer.citations import Registry
from rag_glossary.answer.code import CODE_NOTE
from rag_glossary.answer.pieces import Statement


def render(statements: Sequence[Statement], registry: Registry) -> str:
    """Statements as text: sentences of one entry on one line, a list as lines "- item".
    The markers follow the last sentence of a run with the same sources, after its
    own punctuation."""
    lines: list[str] = []
    run: list[Statement] = []

    def close_run() -> None:
        if run:
            markers = "".join(registry.marker(i) for i in run[-1].ids)
            sentences = [_end(s.text, "") for s in run[:-1]] + [_end(run[-1].text, markers)]
            lines.append(" ".join(sentences))
            run.clear()

    for said in statements:
        if said.code:
            close_run()
            markers = "".join(registry.marker(i) for i in said.ids)
            lines.extend((f"{said.text}:{markers}", said.code))
        elif said.items:
            close_run()
            markers = "".join(registry.marker(i) for i in said.ids)
            items = [f"- {item}" for item in said.items]
            if said.text:
                lines.append(f"{said.text}:{markers}")
            else:
                items[-1] += markers
            lines.extend(items)
        elif run and (run[-1].ids != said.ids or run[-1].order[0] != said.order[0]):
            close_run()
            run.append(said)
        else:
            run.append(said)
    close_run()
    return "\n".join(lines)


_ENDED = re.compile(r"[.!?][)\]\"”'’]*$")


def _end(text: str, markers: str) -> str:
    text = text.rstrip()
    # "(~45-52%)" or a closing quote ends no sentence: only a stop inside them does; the
    # note standing for a code block is a sentence's own
    if not _ENDED.search(text) and not text.endswith(CODE_NOTE):
        text += "."
    return text + markers
