"""Fusion weights swept over every question set, with a leave-one-set-out pick.

Each set's retriever is opened once (as eval/measure.py opens it) and each
answerable question's signals (dense, BM25, term) are gathered once; every
configuration of the grid then only re-fuses them, drops unnamed stubs and runs
MMR (retrieval.py's ``retrieve`` without the coverage verdict, which does not
reorder hits). Per set: hit@1, hit@5 and MRR@10 of the answerable questions.

Only the ratios of the weights matter for a question that names a term (RRF and
the term bonus scale together), and ``rrf_k`` does not change a described
question's score fusion except through the action bonus, so the grid keeps
``dense_weight`` at 1.0 and varies BM25 and term weights and ``rrf_k``.

Leave-one-set-out: for each set, the configuration with the best sum of per-set
MRR@10 over the other sets (ties: the shipped one, else the first in grid order)
is measured on the held-out set; the held-out sums are printed beside the
shipped configuration's.

    python eval/fusion_sweep.py                      # all sets, the default grid
    python eval/fusion_sweep.py --sets a,b --dump sweep.json
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402

from rag_glossary import Retriever, load_questions  # noqa: E402
from rag_glossary.coverage.cue_words import mend_cue_words  # noqa: E402
from rag_glossary.evaluation import QuestionSet, discover_sets  # noqa: E402
from rag_glossary.fusion import Signals, fuse, unnamed_stubs  # noqa: E402
from rag_glossary.mmr import mmr  # noqa: E402
from rag_glossary.retrieval_config import RetrieverConfig  # noqa: E402
from rag_glossary.text import clean_query  # noqa: E402

SHIPPED = RetrieverConfig()
BM25_WEIGHTS = (0.5, 0.75, 1.0, 1.25, 1.5)
TERM_WEIGHTS = (1.0, 1.5, 2.0, 3.0)
RRF_KS = (10, 30, 60, 100, 200)
METRICS = ("hit1", "hit5", "mrr")


@dataclass(frozen=True)
class Knobs:
    bm25_weight: float
    term_weight: float
    rrf_k: int

    def config(self) -> RetrieverConfig:
        return replace(SHIPPED, **asdict(self))

    def label(self) -> str:
        return f"bm25={self.bm25_weight} term={self.term_weight} rrf_k={self.rrf_k}"


SHIPPED_KNOBS = Knobs(SHIPPED.bm25_weight, SHIPPED.term_weight, SHIPPED.rrf_k)


def grid() -> list[Knobs]:
    knobs = [Knobs(b, t, k) for b, t, k in itertools.product(BM25_WEIGHTS, TERM_WEIGHTS, RRF_KS)]
    return knobs if SHIPPED_KNOBS in knobs else [SHIPPED_KNOBS, *knobs]


def ranked(retriever: Retriever, s: Signals, config: RetrieverConfig, query: str) -> list[int]:
    """The 10 entry positions ``retrieve`` would return under ``config`` (signals given)."""
    fused = fuse(s, config, retriever._stubs, lambda: retriever.hubness)
    if config.stub_needs_name and retriever._stubs:
        for i in unnamed_stubs(fused, retriever._stub_names, s.term, query):
            del fused[i]
    order = sorted(fused, key=lambda i: (-fused[i], i))[: max(config.fetch_k, 10)]
    if not config.mmr:
        return order[:10]
    return mmr(order, fused, 10, retriever.entry_vectors, config.lambda_mult)


def first_rank(ids: list[str], relevant: Sequence[str]) -> int | None:
    return next((r for r, x in enumerate(ids) if x in relevant), None)


def sweep_set(
    qset: QuestionSet, retriever: Retriever, knobs: list[Knobs]
) -> tuple[dict[Knobs, dict[str, float]], list[dict[str, Any]]]:
    """Per configuration the set's hit@1, hit@5, MRR@10; per question its ranks."""
    totals = {k: dict.fromkeys(METRICS, 0.0) for k in knobs}
    configs = {k: k.config() for k in knobs}
    rows = []
    questions = [q for q in load_questions(qset.questions) if q.relevant]
    for q in questions:
        query = mend_cue_words(clean_query(q.question))
        s = retriever._signals(query, SHIPPED)
        ranks = {}
        for k, config in configs.items():
            ids = [retriever.entries[i].id for i in ranked(retriever, s, config, query)]
            r = first_rank(ids, q.relevant)
            ranks[k] = r
            totals[k]["hit1"] += r == 0
            totals[k]["hit5"] += r is not None and r < 5
            totals[k]["mrr"] += 1 / (r + 1) if r is not None else 0.0
        dense_order = sorted(s.dense_all, key=lambda i: (-s.dense_all[i], i))
        dense_ids = [retriever.entries[i].id for i in dense_order[:10]]
        shipped = ranked(retriever, s, configs[SHIPPED_KNOBS], query)
        key = next((i for i in dense_order if retriever.entries[i].id in q.relevant), None)
        rows.append(
            {
                "set": qset.name,
                "id": q.id,
                "question": q.question,
                "named": s.named,
                "relevant": list(q.relevant),
                "dense_rank": first_rank(dense_ids, q.relevant),
                "ranks": {k.label(): r for k, r in ranks.items()},
                "first": _signals_of(retriever, s, shipped[0]) if shipped else None,
                "key": _signals_of(retriever, s, key) if key is not None else None,
            }
        )
    n = max(len(questions), 1)
    return {k: {m: v / n for m, v in t.items()} for k, t in totals.items()}, rows


def _signals_of(retriever: Retriever, s: Signals, i: int) -> dict[str, Any]:
    """An entry's title and its signals (with BM25's rank) for the dump."""
    bm25_rank = sorted(s.bm25, key=lambda j: (-s.bm25[j], j)).index(i) if i in s.bm25 else None
    return {
        "id": retriever.entries[i].id,
        "title": retriever.entries[i].title,
        "dense": s.dense_all.get(i),
        "bm25": s.bm25.get(i),
        "bm25_rank": bm25_rank,
        "term": s.term.get(i),
        "stub": i in retriever._stubs,
    }


def loso(
    per_set: dict[str, dict[Knobs, dict[str, float]]], knobs: list[Knobs]
) -> tuple[dict[str, float], dict[str, Knobs]]:
    """Held-out sums of METRICS when each set gets the config best (by MRR) on the others."""
    total = {k: sum(per_set[s][k]["mrr"] for s in per_set) for k in knobs}
    held = dict.fromkeys(METRICS, 0.0)
    picks = {}
    for name, values in per_set.items():
        others = {k: total[k] - values[k]["mrr"] for k in knobs}
        best = max(others.values())
        pick = (
            SHIPPED_KNOBS
            if others[SHIPPED_KNOBS] >= best - 1e-12
            else next(k for k in knobs if others[k] >= best - 1e-12)
        )
        picks[name] = pick
        for m in METRICS:
            held[m] += values[pick][m]
    return held, picks


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="", help="comma-separated set names (default: all)")
    parser.add_argument("--dump", default="", help="write per-set sums and per-question ranks")
    parser.add_argument("--index-root", type=Path, default=ROOT / "indexes")
    parser.add_argument("--top", type=int, default=15, help="configurations printed")
    return parser.parse_args(argv)


def report(per_set: dict[str, dict[Knobs, dict[str, float]]], knobs: list[Knobs], top: int) -> None:
    sums = {k: {m: sum(per_set[s][k][m] for s in per_set) for m in METRICS} for k in knobs}
    best = sorted(knobs, key=lambda k: -sums[k]["mrr"])
    print(f"{len(per_set)} sets, {len(knobs)} configurations; sums of per-set values")
    print("| config | hit1 | hit5 | mrr |")
    for k in [SHIPPED_KNOBS, *[k for k in best[:top] if k != SHIPPED_KNOBS]]:
        flag = " (shipped)" if k == SHIPPED_KNOBS else ""
        print(f"| {k.label()}{flag} | " + " | ".join(f"{sums[k][m]:.3f}" for m in METRICS) + " |")
    held, picks = loso(per_set, knobs)
    ship = sums[SHIPPED_KNOBS]
    print("leave-one-set-out (pick by MRR sum on the other sets):")
    print("  held out: " + " ".join(f"{m} {held[m]:.3f}" for m in METRICS))
    print("  shipped:  " + " ".join(f"{m} {ship[m]:.3f}" for m in METRICS))
    chosen: dict[str, int] = {}
    for k in picks.values():
        chosen[k.label()] = chosen.get(k.label(), 0) + 1
    print("  picks: " + "; ".join(f"{c}x {label}" for label, c in sorted(chosen.items())))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    wanted = set(filter(None, args.sets.split(",")))
    knobs = grid()
    per_set: dict[str, dict[Knobs, dict[str, float]]] = {}
    rows: list[dict[str, Any]] = []
    for qset in discover_sets(ROOT / "eval"):
        if wanted and qset.name not in wanted:
            continue
        retriever = open_retriever(qset, args.index_root.resolve())
        per_set[qset.name], set_rows = sweep_set(qset, retriever, knobs)
        rows += set_rows
        print(f"{qset.name}: {len(set_rows)} answerable", file=sys.stderr, flush=True)
    report(per_set, knobs, args.top)
    if args.dump:
        dump = {
            "per_set": {s: {k.label(): v for k, v in d.items()} for s, d in per_set.items()},
            "questions": rows,
        }
        Path(args.dump).write_text(json.dumps(dump, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
