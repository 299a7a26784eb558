"""Dry run of a rule that can reach only questions saying one of some words: those questions
of the base dumps asked again (as eval/measure.py asks them), each changed verdict, answer
or metric printed against its base row.

    python eval/touched_dry.py --words whats,theyre BASE.json [BASE.json ...]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402

from rag_glossary import Assistant, load_questions  # noqa: E402
from rag_glossary.answer_metrics import answer_row  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402


def _grade(base: dict[str, Any], covered: bool, hit: float) -> str:
    if base["kind"] == "negative":
        if covered == base["covered"]:
            return "text"
        return "worse" if covered else "better"
    was = base["metrics"].get("answer_hit", 0.0)
    return "better" if hit > was else "worse" if hit < was else "text"


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("dumps", type=Path, nargs="+")
    p.add_argument("--words", required=True)
    args = p.parse_args()
    words = set(args.words.split(","))
    touched: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for d in args.dumps:
        for r in json.loads(d.read_text(encoding="utf-8")):
            if words & set(re.findall(r"\w+", r["question"].lower())):
                touched[r["set"]][r["id"]] = r
    sets = {q.name: q for q in discover_sets(ROOT / "eval")}
    n = 0
    for name, rows in sorted(touched.items()):
        assistant = Assistant(open_retriever(sets[name], ROOT / "indexes"), use_llm=False, k=5)
        for q in load_questions(sets[name].questions):
            base = rows.get(q.id)
            if base is None:
                continue
            n += 1
            answer = assistant.ask(q.question)
            row = answer_row(q, answer.text, answer.citations, abstained=not answer.covered)
            if answer.covered != base["covered"] or answer.text != base["answer"]:
                grade = _grade(base, answer.covered, row.get("answer_hit", 0.0))
                print(
                    grade,
                    name,
                    q.id,
                    base["kind"],
                    base["covered"],
                    "->",
                    answer.covered,
                    q.question[:80],
                    flush=True,
                )
    print("asked", n, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
