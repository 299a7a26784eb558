"""Re-key neuro-glossary's questions after the round-23 parser fix (run-in bold terms).

The set was written when the parser read one entry per ``### A`` letter heading
(``neuro-glossary#p`` held seven terms). Now each bold term is its own entry. Each relevant
letter id becomes the term entries, inside that letter's section, whose own text (title
and body) holds one of the question's ``must_include`` facts; it never looks at answers.

    python eval/rekey_neuro.py            # print the mapping
    python eval/rekey_neuro.py --write    # also rewrite questions.jsonl
"""

from __future__ import annotations

import sys

from rekey_common import ROOT, Row, norm, rewrite_questions

from rag_glossary.parsing import load_corpus

FOLDER = ROOT / "eval" / "corpora" / "neuro-glossary"
SOURCE = FOLDER / "neuro-glossary.md"


def _letter_lines() -> dict[str, tuple[int, int]]:
    """``neuro-glossary#p`` -> the 1-based line range of the ``### P`` section."""
    lines = SOURCE.read_text(encoding="utf-8").split("\n")
    starts = [(i + 1, line[4:].strip()) for i, line in enumerate(lines) if line.startswith("### ")]
    ends = [start for start, _ in starts[1:]] + [len(lines) + 1]
    return {f"neuro-glossary#{t.lower()}": (s, e) for (s, t), e in zip(starts, ends, strict=True)}


def rekey(question: Row, entries: list[tuple[str, int, str]]) -> list[str]:
    ranges = _letter_lines()
    new: list[str] = []
    for old in question["relevant"]:
        start, end = ranges[old]
        inside = [(eid, text) for eid, line, text in entries if start <= line < end]
        for fact in question.get("must_include", []):
            new += [eid for eid, text in inside if norm(fact) in text and eid not in new]
    return new


def main() -> int:
    corpus = load_corpus(FOLDER)
    entries = [(e.id, e.line, norm(f"{e.title} {e.body}")) for e in corpus.entries]

    def new_ids(row: Row) -> list[str] | None:
        if not all(r in _letter_lines() for r in row["relevant"]):
            return None
        return rekey(row, entries)

    return rewrite_questions(FOLDER, new_ids)


if __name__ == "__main__":
    sys.exit(main())
