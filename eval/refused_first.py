"""Round 55 lane RG: why are answerables refused whose relevant entry ranks first?

For every answerable question the measure dumps show refused with a relevant entry at
rank 1, ``why_refused.explain`` (each step of CoverageJudge.result) as one JSON line, with
the rare question words the first hit's text lacks (everyday.unsupported_words, less the
glossary language's frame words); then a count of them by the rule that refused.

    python eval/refused_first.py OUT.jsonl DUMP.json [DUMP.json ...] [--sets a,b]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402
from why_refused import explain  # noqa: E402

from rag_glossary.coverage.glossary_language import frame_words  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402
from rag_glossary.everyday import unsupported_words  # noqa: E402
from rag_glossary.judgement_terms import entry_text  # noqa: E402


def refused_first(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Per set, the refused answerables whose first ranked entry is a relevant one."""
    out: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        if r["relevant"] and not r["covered"] and r["top10"][:1] and r["top10"][0] in r["relevant"]:
            out.setdefault(r["set"], []).append(r)
    return out


def _unsaid(retriever: Any, question: str, first: str) -> list[str]:
    judge = retriever._judge
    at = judge.position(first)
    if at is None:
        return []
    frame = frame_words(retriever.coverage.language)
    return sorted(unsupported_words(question, entry_text(judge.entries[at]), frame))


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("out", type=Path)
    p.add_argument("dumps", type=Path, nargs="+")
    p.add_argument("--sets", default="")
    args = p.parse_args()
    rows = [r for d in args.dumps for r in json.loads(d.read_text(encoding="utf-8"))]
    want = refused_first(rows)
    only = set(filter(None, args.sets.split(",")))
    sets = {q.name: q for q in discover_sets(ROOT / "eval")}
    why: Counter[str] = Counter()
    with args.out.open("w", encoding="utf-8") as out:
        for name, rs in sorted(want.items()):
            if only and name not in only:
                continue
            retriever = open_retriever(sets[name], ROOT / "indexes")
            for r in rs:
                seen = explain(retriever, r["question"])
                seen.pop("dense_top", None)
                seen["unsaid"] = _unsaid(retriever, r["question"], r["top10"][0])
                row = {"set": name, "id": r["id"], "question": r["question"], **seen}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                why[f"{seen['reason']} | {seen['refused_by']}"] += 1
    for k, n in why.most_common():
        print(n, k)
    return 0


if __name__ == "__main__":
    sys.exit(main())
