"""The ``chat`` command's terminal side: read lines (with readline history on a
terminal), hand them to :class:`rag_glossary.chat.Conversation`, print what comes back."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.markup import escape

from rag_glossary.chat import HELP, Conversation
from rag_glossary.errors import GlossaryError
from rag_glossary.render import print_entry, print_pieces, print_tail

PROMPT = "? "
HISTORY_FILE = Path.home() / ".cache" / "rag-glossary" / "chat_history"


def run(conversation: Conversation, out: Console, err: Console, source: TextIO) -> None:
    """Read questions and commands until end of input (Ctrl-D) or ``:quit``."""
    interactive = source.isatty()
    if interactive:
        _load_history()
        err.print(f"[dim]Ask about a machine-learning term.\n{escape(HELP)}[/]")
    try:
        for line in _lines(source, interactive):
            if not line.strip():
                continue
            if line.lstrip().startswith(":"):
                if _command(conversation, line, out, err):
                    break
            else:
                _question(conversation, line, out, err)
    finally:
        if interactive:
            _save_history()


def _lines(source: TextIO, interactive: bool) -> Iterator[str]:
    if not interactive:
        yield from (line.rstrip("\n") for line in source)
        return
    while True:
        try:
            yield input(PROMPT)
        except EOFError:
            sys.stderr.write("\n")
            return


def _command(conversation: Conversation, line: str, out: Console, err: Console) -> bool:
    reply = conversation.command(line)
    if reply.error:
        err.print(f"[red]error:[/] {escape(reply.error)}")
    for text in reply.lines:
        out.print(escape(text))
    if reply.entry is not None:
        print_entry(out, reply.entry)
    return reply.quit


def _question(conversation: Conversation, line: str, out: Console, err: Console) -> None:
    try:
        asked = conversation.standalone(line)
        if asked != " ".join(line.split()):
            out.print(f"[dim](asked as: {escape(asked)})[/]")
        stream = conversation.ask(line, asked)
    except GlossaryError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        return
    print_pieces(out, stream)
    print_tail(out, stream.answer)
    out.print()


def _load_history() -> None:
    try:
        import readline

        readline.read_history_file(HISTORY_FILE)
    except (ImportError, OSError):
        pass


def _save_history() -> None:
    try:
        import readline

        HISTORY_FILE.parent.mkdir(parents=True, exist_ok=True)
        readline.set_history_length(1000)
        readline.write_history_file(HISTORY_FILE)
    except (ImportError, OSError):
        pass
