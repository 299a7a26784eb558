"""What the re-key scripts share: reading a set's questions, choosing new ids by the
``must_include`` facts, printing the mapping and (with ``--write``) rewriting the file.

A re-key follows a parser fix that changed a blind set's entry ids. It never looks at
answers; the question text and ``must_include`` stay as the curator wrote them.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag_glossary.models import Entry  # noqa: E402
from rag_glossary.parsing.base import without_parenthetical  # noqa: E402

Row = dict[str, Any]


def norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _titled(fact: str, entry: Entry) -> bool:
    names = {entry.title, without_parenthetical(entry.title) or entry.title}
    return norm(fact) in {norm(n) for n in names}


def _named(question: str, entry: Entry) -> bool:
    """The question names the entry: its title, bare title or a side of a "/" in it."""
    bare = without_parenthetical(entry.title) or entry.title
    names = {entry.title, bare, *bare.split("/")}
    text = norm(question)
    return any(re.search(rf"\b{re.escape(norm(n))}\b", text) for n in names if n.strip())


def by_facts(question: str, facts: list[str], entries: tuple[Entry, ...]) -> list[str]:
    """The entries holding one of the facts: the entry titled by the fact (a paraphrase's
    answer is a term's name), else those whose definition holds it, narrowed to the ones
    the question names when it names any."""
    new: list[str] = []
    for fact in facts:
        holders = [e for e in entries if _titled(fact, e)] or [
            e for e in entries if norm(fact) in norm(e.body)
        ]
        holders = [e for e in holders if _named(question, e)] or holders
        new += [e.id for e in holders if e.id not in new]
    return new


def rewrite_questions(folder: Path, new_ids: Callable[[Row], list[str] | None]) -> int:
    """Print each answerable question's old -> new ids (``new_ids`` returns None to skip a
    row, [] when no entry holds its fact); rewrite questions.jsonl given ``--write``."""
    path = folder / "questions.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for row in rows:
        if not row["relevant"]:
            continue
        new = new_ids(row)
        if new is None:
            continue
        if not new:
            print(f"{row['id']}: no entry holds the fact; left as it was", file=sys.stderr)
            continue
        print(f"{row['id']}: {', '.join(row['relevant'])} -> {', '.join(new)}")
        row["relevant"] = new
    if "--write" in sys.argv[1:]:
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        path.write_text(text, encoding="utf-8")
    return 0
