"""``entries`` and ``show``: the corpus as parsed, no index needed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from rag_glossary.cli.common import (
    CorpusOpt,
    JsonOpt,
    _corpus,
    _errors,
    _print_json,
    _warn,
    app,
    out,
)
from rag_glossary.errors import UsageError

if TYPE_CHECKING:
    from rag_glossary.models import Entry


@app.command()
def entries(
    source: Annotated[str | None, typer.Option("--source", help="Only this source id.")] = None,
    stats: Annotated[bool, typer.Option("--stats", help="Count entries per source.")] = False,
    corpus: CorpusOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List the entries of the corpus with their citation ids."""
    from rag_glossary.parsing import load_corpus

    with _errors():
        loaded = load_corpus(_corpus(corpus))
        for warning in loaded.warnings:
            _warn(warning)
        items = [e for e in loaded.entries if source is None or e.source == source]
        if source is not None and not items:
            known = ", ".join(sorted(loaded.stats()))
            raise UsageError(f"no source {source!r} in the corpus: known sources are {known}")
        if stats:
            _print_stats(items, as_json)
        elif as_json:
            _print_json([_entry_summary(e) for e in items])
        else:
            from rag_glossary.parsing.base import listed_name

            for e in items:
                out.print(f"{escape(e.id)}\t{escape(listed_name(e.title, e.aliases))}")


def _entry_summary(e: Entry) -> dict[str, Any]:
    return {
        "id": e.id,
        "source": e.source,
        "anchor": e.anchor,
        "title": e.title,
        "aliases": list(e.aliases),
        "url": e.url,
        "file": e.file,
        "line": e.line,
    }


def _print_stats(items: list[Entry], as_json: bool) -> None:
    counts: dict[str, int] = {}
    stubs: dict[str, int] = {}  # entries with a term and no definition
    for e in items:
        counts[e.source] = counts.get(e.source, 0) + 1
        stubs[e.source] = stubs.get(e.source, 0) + e.is_stub
    n_stubs = sum(stubs.values())
    if as_json:
        summary = {"sources": counts, "total": len(items), "stubs": stubs, "total_stubs": n_stubs}
        _print_json(summary)
        return
    table = Table("source", "entries", "stubs")
    for name, n in counts.items():
        table.add_row(name, str(n), str(stubs[name]))
    table.add_row("[bold]total[/]", f"[bold]{len(items)}[/]", f"[bold]{n_stubs}[/]")
    out.print(table)


@app.command()
def show(
    id_or_term: Annotated[str, typer.Argument(help="A citation id or a term.")],
    corpus: CorpusOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show entries in full: by citation id, or every entry whose title or alias is the term."""
    from rag_glossary.parsing import load_corpus

    with _errors():
        if not id_or_term.strip():
            raise UsageError("give a citation id (SOURCE#ANCHOR) or a term to show")
        loaded = load_corpus(_corpus(corpus))
        found = loaded.lookup(id_or_term)
        if not found:
            raise UsageError(
                f"no entry is {id_or_term!r}: try `rag-glossary search {id_or_term!r}`"
            )
        resolved = {e.id: [(t, loaded.resolve(t)) for t in e.see_also] for e in found}
        if as_json:
            from rag_glossary.payloads import entry_dict

            _print_json([entry_dict(e, loaded) for e in found])
            return
        for n, e in enumerate(found):
            if n:
                out.rule()
            _print_entry(e, resolved[e.id])


def _print_entry(e: Entry, see_also: list[tuple[str, list[str]]]) -> None:
    out.print(f"[bold]{escape(e.title)}[/]  [cyan]{escape(e.id)}[/]")
    if e.aliases:
        out.print(f"aliases: {escape(', '.join(e.aliases))}")
    if e.url:
        out.print(f"url: {escape(e.url)}")
    out.print(f"at: {escape(e.location)}\n")
    out.print(escape(e.body) if e.body else "[dim](no text)[/]")
    if see_also:
        out.print("\n[bold]See also[/]")
        for term, ids in see_also:
            where = ", ".join(ids) if ids else "not in this corpus"
            out.print(f"  {escape(term)} -> {escape(where)}")
