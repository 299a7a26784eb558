"""`make measure`: every question set, retrieval + abstention + extractive answers, one table.

One row per set (and a SUM row) of what the design rounds compare: hit@5 and
mrr@10 of the answerable questions, the share of negatives refused (abstain)
and of answerable questions refused (f_abst), and the extractive answers'
citation precision, answer hit, key-fact recall, dirty share and median words
(answer_metrics.py). Indexes: ``indexes/default`` and ``indexes/eval-NAME``,
built or refreshed when missing or stale.

    python eval/measure.py                          # all sets
    python eval/measure.py --sets questions,cv-glossary
    python eval/measure.py --dump rows.json         # also every question's row (JSON)
    python eval/dump_md.py rows.json out/           # one Markdown file per set, for graders
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

from rag_glossary import Assistant, Retriever, load_questions  # noqa: E402
from rag_glossary.answer_metrics import aggregate, answer_row  # noqa: E402
from rag_glossary.config import default_corpus_dir  # noqa: E402
from rag_glossary.errors import GlossaryError  # noqa: E402
from rag_glossary.evaluation import QuestionSet, discover_sets, eval_index_dir  # noqa: E402
from rag_glossary.index import ensure_index  # noqa: E402

COLUMNS = ("hit5", "mrr", "abstain", "f_abst", "prec", "hit", "keyf", "dirty", "words")


def open_retriever(qset: QuestionSet, index_root: Path) -> Retriever:
    """The set's index, built or refreshed first when missing or stale."""
    corpus = qset.corpus or default_corpus_dir()
    index = index_root / "default" if qset.corpus is None else eval_index_dir(corpus, index_root)
    ensure_index(corpus, index)
    return Retriever.load(index)


def measure_set(
    qset: QuestionSet, retriever: Retriever
) -> tuple[dict[str, float], list[dict[str, Any]]]:
    """The set's row of COLUMNS and one dump row per question."""
    assistant = Assistant(retriever, use_llm=False, k=5)
    rows, dump = [], []
    hit5 = rr = 0.0
    n_ans = n_neg = refused_neg = refused_ans = 0
    for q in load_questions(qset.questions):
        ids = [h.id for h in retriever.search(q.question, k=10)]
        answer = assistant.ask(q.question)
        row = answer_row(q, answer.text, answer.citations, abstained=not answer.covered)
        rows.append((q.kind, row))
        if q.relevant:
            n_ans += 1
            ranks = [i for i, x in enumerate(ids) if x in q.relevant]
            hit5 += bool(ranks and ranks[0] < 5)
            rr += 1 / (ranks[0] + 1) if ranks else 0
            refused_ans += not answer.covered
        else:
            n_neg += 1
            refused_neg += not answer.covered
        dump.append(
            {
                "set": qset.name,
                "id": q.id,
                "kind": q.kind,
                "question": q.question,
                "relevant": list(q.relevant),
                "must_include": getattr(q, "must_include", None),
                "covered": answer.covered,
                "answer": answer.text,
                "citations": list(answer.citations),
                "top10": ids,
                "metrics": row,
            }
        )
    agg = aggregate(rows)["all"] if rows else {}
    values = {
        "hit5": hit5 / n_ans,
        "mrr": rr / n_ans,
        "abstain": refused_neg / max(n_neg, 1),
        "f_abst": refused_ans / n_ans,
        "prec": agg.get("citation_precision", 0),
        "hit": agg.get("answer_hit", 0),
        "keyf": agg.get("key_fact_recall", 0),
        "dirty": agg.get("dirty", 0),
        "words": agg.get("median_words", 0),
    }
    return values, dump


def table_row(name: str, values: dict[str, float]) -> str:
    return f"| {name} | " + " | ".join(f"{values[c]:.3f}" for c in COLUMNS) + " |"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="", help="comma-separated set names (default: all)")
    parser.add_argument("--dump", default="", help="write every question's row to this JSON file")
    parser.add_argument(
        "--index-root", type=Path, default=ROOT / "indexes", help="folder of the indexes"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    wanted = set(filter(None, args.sets.split(",")))
    print("| set | " + " | ".join(COLUMNS) + " |")
    total = dict.fromkeys(COLUMNS, 0.0)
    dump: list[dict[str, Any]] = []
    failed = 0
    for qset in discover_sets(ROOT / "eval"):
        if wanted and qset.name not in wanted:
            continue
        try:
            retriever = open_retriever(qset, args.index_root.resolve())
        except GlossaryError as exc:  # one unreadable corpus must not end the whole table
            print(f"| {qset.name} | error: {exc} |", flush=True)
            failed += 1
            continue
        values, rows = measure_set(qset, retriever)
        dump += rows
        for c in COLUMNS:
            total[c] += values[c]
        print(table_row(qset.name, values), flush=True)
    print(table_row("SUM", total))
    if failed:
        print(f"{failed} set(s) could not be measured (rows marked error; SUM leaves them out)")
    if args.dump:
        Path(args.dump).write_text(json.dumps(dump, indent=1, ensure_ascii=False))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
