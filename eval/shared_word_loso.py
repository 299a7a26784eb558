"""Round 34 lane D: leave-one-set-out over rules refusing a covered description answered
on a shared word, from eval/shared_word_features.py's rows.

Each family is a rule shape with a grid of cuts; per held-out set the family's cut is
fit on the other sets (per-set abstain gain minus f_abst loss, no set refusing more than
one answerable) and judged on the held-out one, as eval/neighbour_loso.py does.

    python eval/shared_word_loso.py [--cost=2] BASE.json FEATURES.json [MORE_FEATURES.json ...]
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
Rule = Callable[[tuple[float, ...], Row], bool]

SUPPORT = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]
UNIT = [0.5, 0.55, 0.6, 0.65, 0.7, 1.0]
COST = 1.0  # what a refused answerable costs against a refused negative (--cost=)
MARGIN = [0.5, 1.0, 1.5, 2.0, 99.0]


def _head_nowhere(p: tuple[float, ...], f: Row) -> bool:
    s, u = p
    return f.get("head_any") is False and f["support"] < s and f.get("unit0", 0.0) < u


def _head_not_here(p: tuple[float, ...], f: Row) -> bool:
    s, u = p
    return f.get("head_here") is False and f["support"] < s and f.get("unit0", 0.0) < u


def _unclean(p: tuple[float, ...], f: Row) -> bool:
    s, m = p
    return not f["clean"] and f["support"] < s and f["margin"] < m


def _share(p: tuple[float, ...], f: Row) -> bool:
    s, u = p
    return f.get("share", 1.0) <= s and f.get("unit0", 0.0) < u


def _head_unmatched(p: tuple[float, ...], f: Row) -> bool:
    h, s, u = p
    hm = f.get("hm")
    return hm is not None and hm < h and f["support"] < s and f.get("unit0", 0.0) < u


FAMILIES: dict[str, tuple[Rule, list[tuple[float, ...]]]] = {
    "head_nowhere": (_head_nowhere, list(itertools.product(SUPPORT, UNIT))),
    "head_not_here": (_head_not_here, list(itertools.product(SUPPORT, UNIT))),
    "head_unmatched": (
        _head_unmatched,
        list(itertools.product([0.3, 0.35, 0.4, 0.45, 0.5, 0.55], SUPPORT, UNIT)),
    ),
    "unclean": (_unclean, list(itertools.product(SUPPORT, MARGIN))),
    "share": (_share, list(itertools.product([0.1, 0.15, 0.2, 0.25, 0.3], UNIT))),
}


def main() -> None:
    global COST
    if sys.argv[1].startswith("--cost="):
        COST = float(sys.argv.pop(1).split("=")[1])
    base = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    nneg = Counter(r["set"] for r in base if r["kind"] == "negative")
    nans = Counter(r["set"] for r in base if r["kind"] != "negative")
    rows = [f for p in sys.argv[2:] for f in json.loads(Path(p).read_text(encoding="utf-8"))]
    rows = list({(f["set"], f["id"]): f for f in reversed(rows)}.values())  # first file wins
    rows = [f for f in rows if f["described"] and f["covered"] and "support" in f]

    def val(s: str, a: int, b: int) -> float:
        return (a / nneg[s] if nneg[s] else 0.0) - COST * (b / nans[s] if nans[s] else 0.0)

    for name, (rule, grid) in FAMILIES.items():
        contrib: dict[Any, dict[str, list[int]]] = {}
        for p in grid:
            per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
            for f in rows:
                if rule(p, f):
                    per[f["set"]][f["kind"] != "negative"] += 1
            contrib[p] = dict(per)

        def fit(p: Any, out: str | None, c: dict[Any, dict[str, list[int]]] = contrib) -> float:
            if any(b > 1 for s, (_, b) in c[p].items() if s != out):
                return -9.0
            return sum(val(s, a, b) for s, (a, b) in c[p].items() if s != out)

        held, n, a_, worst, chosen = 0.0, 0, 0, 0, Counter[Any]()
        for s in sorted(nneg | nans):
            p = max(grid, key=lambda p: fit(p, s))
            chosen[p] += 1
            a, b = contrib[p].get(s, [0, 0])
            n, a_, worst, held = n + a, a_ + b, max(worst, b), held + val(s, a, b)
        best = max(grid, key=lambda p: fit(p, None))
        print(f"== {name}: in-sample best {best} {fit(best, None):.3f}; chosen {dict(chosen)}")
        print(f"   LOSO held-out gain {held:.3f}: negatives refused {n}, answerables {a_}")
        print(f"   most answerables refused in one held-out set {worst}")


if __name__ == "__main__":
    main()
