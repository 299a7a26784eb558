"""Re-key music-glossary's questions after round 24's parser fix (a raw HTML ``<dl>`` in Markdown).

The set was written when the Markdown parser read the page's HTML definition list as 21
blocks split at blank lines (``music-glossary#201tude`` held about thirty terms). Now each
``<dt>`` is its own entry. Each question's relevant ids become the entries that hold one of
its ``must_include`` facts: the entry titled by the fact (a paraphrase question's answer is
a term's name), else the entries whose definition holds it, and of those the ones the
question names when it names any ("staccato vs legato": not Spiccato's "Detached, with a
springing bow"; "what does dc stand for": Da Capo/DC, not Capo). It never looks at answers;
the question text and ``must_include`` stay as they are.

    python eval/rekey_music.py            # print old -> new ids
    python eval/rekey_music.py --write    # also rewrite questions.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag_glossary.models import Entry  # noqa: E402
from rag_glossary.parsing import load_corpus  # noqa: E402
from rag_glossary.parsing.base import without_parenthetical  # noqa: E402

FOLDER = ROOT / "eval" / "corpora" / "music-glossary"


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _titled(fact: str, entry: Entry) -> bool:
    names = {entry.title, without_parenthetical(entry.title) or entry.title}
    return _norm(fact) in {_norm(n) for n in names}


def _named(question: str, entry: Entry) -> bool:
    """The question names the entry: its title, bare title or a side of a "/" in it."""
    bare = without_parenthetical(entry.title) or entry.title
    names = {entry.title, bare, *bare.split("/")}
    text = _norm(question)
    return any(re.search(rf"\b{re.escape(_norm(n))}\b", text) for n in names if n.strip())


def rekey(question: str, facts: list[str], entries: tuple[Entry, ...]) -> list[str]:
    new: list[str] = []
    for fact in facts:
        holders = [e for e in entries if _titled(fact, e)] or [
            e for e in entries if _norm(fact) in _norm(e.body)
        ]
        holders = [e for e in holders if _named(question, e)] or holders
        new += [e.id for e in holders if e.id not in new]
    return new


def main() -> int:
    entries = load_corpus(FOLDER).entries
    path = FOLDER / "questions.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for row in rows:
        if not row["relevant"]:
            continue
        new = rekey(row["question"], row.get("must_include", []), entries)
        if not new:
            print(f"{row['id']}: no entry holds the fact; left as it was", file=sys.stderr)
            continue
        print(f"{row['id']}: {', '.join(row['relevant'])} -> {', '.join(new)}")
        row["relevant"] = new
    if "--write" in sys.argv[1:]:
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
