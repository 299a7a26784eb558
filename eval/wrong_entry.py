"""Answers that cite another entry than the one retrieval and the coverage lookup found.

Reads a ``measure.py --dump`` file and lists every answer (covered, answerable) that cites
an entry not marked relevant while a relevant entry ranks in the top 3, grouped by cause:

- ``named``: the coverage lookup found the key term to be the name (title, alias, acronym,
  near spelling) of a relevant top-3 entry the answer leaves (round 27, lane E);
- ``described``: the question names no key term the glossary has; the meaning rules of
  ``answer/entry_choice.py`` chose;
- ``other``: a key term found elsewhere (a text, a named entry, another side).

    python eval/wrong_entry.py --dump /work/r27/base89.json
    python eval/wrong_entry.py --dump rows.json --sets theatre-glossary --only named
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402

from rag_glossary.coverage.cue_words import mend_cue_words  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402
from rag_glossary.text import clean_query  # noqa: E402


def wrong_rows(rows: list[dict[str, Any]], wanted: set[str]) -> dict[str, list[dict[str, Any]]]:
    """The dump's rows whose answer cites an irrelevant entry with a relevant one in the top 3."""
    found: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        if wanted and row["set"] not in wanted:
            continue
        relevant = set(row["relevant"])
        if not row["covered"] or not relevant or not row["citations"]:
            continue
        if all(c in relevant for c in row["citations"]) or not relevant & set(row["top10"][:3]):
            continue
        found.setdefault(row["set"], []).append(row)
    return found


def cause(
    row: dict[str, Any], key_term: str | None, found: bool | None, named: Sequence[str]
) -> str:
    if set(named) & set(row["relevant"]) & set(row["top10"][:3]):
        return "named"
    return "described" if key_term is None or not found else "other"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", required=True, help="a measure.py --dump file")
    parser.add_argument("--sets", default="", help="comma-separated set names (default: all)")
    parser.add_argument("--only", default="", help="print only this cause")
    args = parser.parse_args(argv)
    rows = wrong_rows(
        json.loads(Path(args.dump).read_text()), set(filter(None, args.sets.split(",")))
    )
    counts: Counter[str] = Counter()
    for qset in discover_sets(ROOT / "eval"):
        if qset.name not in rows:
            continue
        retriever = open_retriever(qset, ROOT / "indexes")
        for row in rows[qset.name]:
            result = retriever.retrieve(mend_cue_words(clean_query(row["question"])), k=5)
            why = cause(row, result.key_term, result.key_term_found, result.key_entries)
            counts[why] += 1
            if args.only and why != args.only:
                continue
            first = "relevant" if row["citations"][0] in row["relevant"] else "NOT relevant"
            print(f"== {why} {row['set']} {row['id']} [{row['kind']}] {row['question']}")
            print(f"   key term {result.key_term!r}, named {list(result.key_entries)}")
            print(f"   top3 {row['top10'][:3]}; cited {row['citations']} (the first {first})")
    print(dict(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
