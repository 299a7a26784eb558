"""Re-key neuro-glossary's questions after the round-23 parser fix (run-in bold terms).

The set was written when the parser read one entry per ``### A`` letter heading
(``neuro-glossary#p`` held seven terms). Now each bold term is its own entry. Each relevant
letter id becomes the term entries, inside that letter's section, whose own text (title
and body) holds one of the question's ``must_include`` facts; it never looks at answers.

    python eval/rekey_neuro.py            # print the mapping
    python eval/rekey_neuro.py --write    # also rewrite questions.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag_glossary.parsing import load_corpus  # noqa: E402

FOLDER = ROOT / "eval" / "corpora" / "neuro-glossary"
SOURCE = FOLDER / "neuro-glossary.md"


def _letter_lines() -> dict[str, tuple[int, int]]:
    """``neuro-glossary#p`` -> the 1-based line range of the ``### P`` section."""
    lines = SOURCE.read_text(encoding="utf-8").split("\n")
    starts = [(i + 1, line[4:].strip()) for i, line in enumerate(lines) if line.startswith("### ")]
    ends = [start for start, _ in starts[1:]] + [len(lines) + 1]
    return {f"neuro-glossary#{t.lower()}": (s, e) for (s, t), e in zip(starts, ends, strict=True)}


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def rekey(question: dict[str, object], entries: list[tuple[str, int, str]]) -> list[str]:
    ranges = _letter_lines()
    new: list[str] = []
    for old in question["relevant"]:  # type: ignore[attr-defined]
        start, end = ranges[old]
        inside = [(eid, text) for eid, line, text in entries if start <= line < end]
        for fact in question.get("must_include", []):  # type: ignore[attr-defined]
            new += [eid for eid, text in inside if _norm(fact) in text and eid not in new]
    return new


def main() -> int:
    corpus = load_corpus(FOLDER)
    entries = [(e.id, e.line, _norm(f"{e.title} {e.body}")) for e in corpus.entries]
    path = FOLDER / "questions.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for row in rows:
        if not row["relevant"] or not all(r in _letter_lines() for r in row["relevant"]):
            continue
        new = rekey(row, entries)
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
