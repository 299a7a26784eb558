"""Round 25 lane J: the time the word rescue adds per ask (judgement._words_rescued).

python eval/word_rescue_timing.py --sets moth-glossary,recsys-glossary,...
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT))

from measure import open_retriever  # noqa: E402

from rag_glossary import load_questions  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402
from rag_glossary.judgement import CoverageJudge  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--sets", required=True)
    args = p.parse_args()
    want = set(args.sets.split(","))
    spent: list[float] = []
    original = CoverageJudge._words_rescued

    def timed(self: CoverageJudge, *a: Any) -> bool:
        t = time.perf_counter()
        out = original(self, *a)
        spent[-1] += time.perf_counter() - t
        return out

    CoverageJudge._words_rescued = timed  # type: ignore[method-assign]
    for qset in discover_sets(ROOT / "eval"):
        if qset.name in want:
            r = open_retriever(qset, ROOT / "indexes")
            for q in load_questions(qset.questions):
                spent.append(0.0)
                r.retrieve(q.question, k=5)
    ms = sorted(1000 * s for s in spent)
    ran = [m for m in ms if m > 0.05]
    print(
        f"{len(ms)} asks: median {statistics.median(ms):.1f} ms, worst {ms[-1]:.1f} ms; "
        f"{len(ran)} reach the rescue: median {statistics.median(ran) if ran else 0:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
