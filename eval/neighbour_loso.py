"""Round 33 lane N: leave-one-set-out over rules refusing an answered description, from
eval/neighbour_features.py's rows (no rule was kept: the held-out gain is negative).

A rule refuses when the answered entry's IDF share of the question's words is at most S,
its standout margin under M, a condition on the lexical best / closest answer unit holds,
and the answered entry's dense cosine is under C. Fit on 120 sets (per-set abstain gain
minus f_abst loss, no set refusing more than one answerable), judged on the held-out one.

    python eval/neighbour_loso.py BASE.json FEATURES.json [MORE_FEATURES.json ...]
"""

from __future__ import annotations

import itertools
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

Row = dict[str, Any]
COND: dict[str, Callable[[Row], bool]] = {
    "any": lambda f: True,
    "not_lex_h0": lambda f: not f["lex_h0"],
    "not_unit": lambda f: not f["unit_same"],
    "neither": lambda f: not f["lex_h0"] and not f["unit_same"],
}
GRID = list(
    itertools.product(
        [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 1.0],
        [0.5, 1.0, 1.5, 2.0, 99.0],
        list(COND),
        [0.4, 0.45, 0.5, 0.55, 1.0],
    )
)


def fires(p: tuple[float, float, str, float], f: Row) -> bool:
    s, m, c, cos = p
    return f["share"] <= s and f["margin"] < m and COND[c](f) and f["cos0"] < cos


def main() -> None:
    base = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    nneg = Counter(r["set"] for r in base if r["kind"] == "negative")
    nans = Counter(r["set"] for r in base if r["kind"] != "negative")
    rows = [f for p in sys.argv[2:] for f in json.loads(Path(p).read_text(encoding="utf-8"))]
    rows = list({(f["set"], f["id"]): f for f in rows}.values())  # one row a question
    rows = [f for f in rows if f["described"] and "unit_same" in f and f["covered"]]
    contrib: dict[Any, dict[str, list[int]]] = {}
    for p in GRID:
        per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for f in rows:
            if fires(p, f):
                per[f["set"]][f["kind"] != "negative"] += 1
        contrib[p] = dict(per)

    def val(s: str, a: int, b: int) -> float:
        return (a / nneg[s] if nneg[s] else 0.0) - (b / nans[s] if nans[s] else 0.0)

    def fit(p: Any, out: str | None) -> float:
        if any(b > 1 for s, (_, b) in contrib[p].items() if s != out):
            return -9.0
        return sum(val(s, a, b) for s, (a, b) in contrib[p].items() if s != out)

    held, n, a_, worst = 0.0, 0, 0, 0
    for s in sorted(nneg | nans):
        p = max(GRID, key=lambda p: fit(p, s))
        a, b = contrib[p].get(s, [0, 0])
        n, a_, worst, held = n + a, a_ + b, max(worst, b), held + val(s, a, b)
    best = max(GRID, key=lambda p: fit(p, None))
    print("in-sample best", best, round(fit(best, None), 3))
    print(f"LOSO held-out gain {held:.3f}: negatives refused {n}, answerables refused {a_}")
    print("most answerables refused in one held-out set", worst)


if __name__ == "__main__":
    main()
