"""Round 21: what the phrase-support check (coverage/phrase_support.py) costs a query.

For each set's questions whose verdict the standout decides and that reach the check
(judged covered before it), times ``Retriever.retrieve`` with the check and without it
(the same retriever with ``phrases=None``), interleaved, best of ``--repeat`` runs each,
and the check alone (``CoverageJudge._leaves_part_unsaid``). Prints medians and p90s.

    python eval/phrase_cost.py [--sets a,b] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402

from rag_glossary import load_questions  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402
from rag_glossary.judgement import CoverageJudge  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--sets", default="")
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    wanted = set(filter(None, args.sets.split(",")))
    check_ms: list[float] = []
    delta_ms: list[float] = []
    base_ms: list[float] = []
    original = CoverageJudge._leaves_part_unsaid
    for qset in discover_sets(ROOT / "eval"):
        if wanted and qset.name not in wanted:
            continue
        r = open_retriever(qset, ROOT / "indexes")
        plain = r.with_config(r.config)
        plain._judge = replace(r._judge, phrases=None)
        for q in load_questions(qset.questions):
            spent: list[float] = []

            def timed(self: CoverageJudge, *a: Any, spent: list[float] = spent) -> bool:
                t0 = time.perf_counter()
                out = original(self, *a)
                if self.phrases is not None:
                    spent.append(time.perf_counter() - t0)
                return out

            CoverageJudge._leaves_part_unsaid = timed  # type: ignore[method-assign]
            try:
                r.retrieve(q.question, k=5)  # does it reach the check at all?
                if not spent:
                    continue
                with_rule, without = [], []
                for _ in range(args.repeat):
                    t0 = time.perf_counter()
                    r.retrieve(q.question, k=5)
                    with_rule.append(time.perf_counter() - t0)
                    t0 = time.perf_counter()
                    plain.retrieve(q.question, k=5)
                    without.append(time.perf_counter() - t0)
            finally:
                CoverageJudge._leaves_part_unsaid = original  # type: ignore[method-assign]
            if r._judge.phrases is not None:
                check_ms.append(1000 * min(spent))
                delta_ms.append(1000 * (min(with_rule) - min(without)))
                base_ms.append(1000 * min(without))
        print(qset.name, len(check_ms), flush=True)

    def q(xs: list[float], f: float) -> float:
        return sorted(xs)[int(f * (len(xs) - 1))]

    print(f"questions that reached the check: {len(check_ms)}")
    timings = (("check alone", check_ms), ("retrieve delta", delta_ms), ("without", base_ms))
    for name, xs in timings:
        print(f"{name}: median {statistics.median(xs):.1f} ms, p90 {q(xs, 0.9):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
