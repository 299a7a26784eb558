"""Round 43 lane F: what decides the refusals of answerables ranked first or second.

For every answerable question a measure dump shows refused with a relevant entry at rank
1 or 2, and for every negative, ``why_refused.explain`` (each step of
CoverageJudge.result) as one JSON line, tagged ``ans1`` / ``ans2`` / ``neg``; the
margins of the refusal signals of the two groups can then be compared.

    python eval/refused_ranked.py DUMP.json OUT.jsonl [--sets a,b]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402
from why_refused import explain  # noqa: E402

from rag_glossary import load_questions  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402


def tags(dump: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """Each negative, and each refused answerable whose relevant entry ranks 1st or 2nd."""
    out: dict[tuple[str, str], str] = {}
    for row in dump:
        if row["kind"] == "negative":
            out[row["set"], row["id"]] = "neg"
        elif not row["covered"]:
            ranks = [i for i, e in enumerate(row["top10"][:2]) if e in row["relevant"]]
            if ranks:
                out[row["set"], row["id"]] = f"ans{ranks[0] + 1}"
    return out


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("dump", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--sets", default="")
    args = p.parse_args()
    want = tags(json.loads(args.dump.read_text(encoding="utf-8")))
    only = set(filter(None, args.sets.split(",")))
    with args.out.open("w", encoding="utf-8") as out:
        for qset in discover_sets(ROOT / "eval"):
            if (only and qset.name not in only) or not any(s == qset.name for s, _ in want):
                continue
            retriever = open_retriever(qset, ROOT / "indexes")
            for q in load_questions(qset.questions):
                tag = want.get((qset.name, q.id))
                if tag is not None:
                    seen = explain(retriever, q.question)
                    seen.pop("dense_top", None)
                    row = {"set": qset.name, "id": q.id, "tag": tag, "question": q.question}
                    out.write(json.dumps({**row, **seen}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
