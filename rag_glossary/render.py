"""How the CLI shows an answer: coloured on a terminal, plain text when piped.

Rich drops the styles by itself when the console is not a terminal, so the
piped output is exactly :func:`rag_glossary.answer.format_tail`'s text.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.markup import escape

from rag_glossary.lazy_re import lazy_regex
from rag_glossary.models import Answer, Entry

_MARKER = lazy_regex(r"\[\d+\]")


def marked(text: str) -> str:
    """``text`` as rich markup with its citation markers ``[n]`` in colour."""
    parts = []
    last = 0
    for found in _MARKER.finditer(text):
        parts.append(escape(text[last : found.start()]))
        parts.append(f"[bold cyan]{escape(found.group())}[/]")
        last = found.end()
    parts.append(escape(text[last:]))
    return "".join(parts)


def print_pieces(out: Console, pieces: Iterable[str]) -> None:
    """Stream an answer's text as it arrives."""
    for piece in pieces:
        out.print(marked(piece), end="")
        out.file.flush()
    out.print("\n")


def print_tail(out: Console, answer: Answer) -> None:
    """The Sources list (``[n] Title — id — url or file:line``) then the notes."""
    by_id = {hit.id: hit for hit in answer.hits}
    if answer.citations:
        out.print("[bold]Sources:[/]")
    for number, hit_id in enumerate(answer.citations, start=1):
        hit = by_id.get(hit_id)
        where = (hit.url or hit.entry.location) if hit else "?"
        title = hit.title if hit else hit_id
        out.print(
            f"[bold cyan]\\[{number}][/] [bold]{escape(title)}[/] — "
            f"[cyan]{escape(hit_id)}[/] — [dim]{escape(where)}[/]"
        )
    for notice in answer.notices:
        out.print(f"[yellow]note:[/] {escape(notice)}")


def print_answer(out: Console, answer: Answer) -> None:
    print_pieces(out, [answer.text])
    print_tail(out, answer)


def print_entry(out: Console, entry: Entry) -> None:
    """An entry in full: title and id, aliases, url, where it is, then its text."""
    out.print(f"[bold]{escape(entry.title)}[/]  [cyan]{escape(entry.id)}[/]")
    if entry.aliases:
        out.print(f"aliases: {escape(', '.join(entry.aliases))}")
    if entry.url:
        out.print(f"url: {escape(entry.url)}")
    out.print(f"at: {escape(entry.location)}\n")
    out.print(escape(entry.body) if entry.body else "[dim](no text)[/]")
