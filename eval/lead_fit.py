"""Round 51 lane X: fit the per-index lead bar leave-one-set-out (rows of eval/lead_collect.py).

A covered question is refused when its lead (lead_calibration.lead_of) is under the index's
bar and no answer unit is as close as the unit cut. The bar is ``scale`` x a quantile of the
index's pseudo-question leads (positives or negatives); the unit cut a cosine or a quantile of
the index's pseudo-question unit cosines. For each held-out set the setting is chosen on the
others by (negatives newly refused - WEIGHT x answerables newly refused), then applied.

    python eval/lead_fit.py ROWS.json [--weight 3] [--scope described|all]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import defaultdict
from typing import Any

import numpy as np


def bars(ix: dict[str, Any], src: str, q: float, scale: float) -> float | None:
    values = ix[f"{src}_lead"]
    if not values:
        return None
    return scale * float(np.quantile(values, q))


def unit_cut(ix: dict[str, Any], how: tuple[str, float]) -> float | None:
    kind, v = how
    if kind == "abs":
        return v
    values = ix[f"{kind}_unit"]
    return float(np.quantile(values, v)) if values else None


def settings() -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    leads = [("pos", q, s) for q in (0.02, 0.05, 0.1, 0.2, 0.3) for s in (0.5, 0.75, 1.0, 1.5)]
    leads += [("neg", q, 1.0) for q in (0.05, 0.1, 0.15, 0.2)]
    leads += [("neg", q, s) for q in (0.25, 0.5, 0.75, 0.9) for s in (0.5, 0.75, 1.0, 1.5)]
    units = [("abs", u) for u in (0.38, 0.42, 0.46, 0.5, 9.0)]
    units += [("pos", q) for q in (0.02, 0.1, 0.25, 0.5)]
    units += [("neg", q) for q in (0.1, 0.25, 0.5, 0.75, 0.9)]
    for lead, unit in itertools.product(leads, units):
        out.append((lead, unit))
    return [OFF, *out]


OFF = (("pos", 0.0, 0.0), ("abs", -9.0))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("rows")
    ap.add_argument("--weight", type=float, default=3.0)
    ap.add_argument("--scope", default="described")
    ap.add_argument("--show", default="")
    args = ap.parse_args()
    with open(args.rows) as f:
        data = json.load(f)
    rows, indexes = data["rows"], data["indexes"]
    rows = [r for r in rows if r.get("covered_now") and "lead" in r]
    if args.scope == "described":
        rows = [r for r in rows if r["described"]]
    elif args.scope == "described2":
        rows = [r for r in rows if r["described2"]]
    sets = sorted({r["set"] for r in data["rows"]})
    grid = settings()
    # per setting, per set: (negatives refused, answerables refused)
    table: dict[Any, dict[str, list[int]]] = {}
    cache: dict[tuple[str, Any], tuple[float | None, float | None]] = {}
    for st in grid:
        per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for r in rows:
            k = (r["index"], st)
            if k not in cache:
                ix = indexes[r["index"]]
                cache[k] = (bars(ix, *st[0]), unit_cut(ix, st[1]))
            bar, cut = cache[k]
            if bar is None or cut is None:
                continue
            if r["lead"] < bar and (r["unit"] is None or r["unit"] < cut):
                per[r["set"]][1 if r["relevant"] else 0] += 1
        table[st] = per

    def score(st: Any, keep: list[str]) -> float:
        per = table[st]
        return float(sum(per[s][0] - args.weight * per[s][1] for s in keep if s in per))

    total = {st: score(st, sets) for st in grid}
    best = sorted(grid, key=lambda st: -total[st])[:8]
    for st in best:
        neg = sum(v[0] for v in table[st].values())
        ans = sum(v[1] for v in table[st].values())
        print(f"all sets {st}: neg {neg} ans {ans} score {total[st]:.0f}")
    neg = ans = 0
    chosen: dict[Any, int] = defaultdict(int)
    for held in sets:
        keep = [s for s in sets if s != held]
        st = max(grid, key=lambda st: (score(st, keep), st == OFF))
        chosen[st] += 1
        v = table[st].get(held, [0, 0])
        neg += v[0]
        ans += v[1]
    print(
        f"LOSO (weight {args.weight}, {args.scope}): held-out negatives refused {neg}, "
        f"answerables refused {ans}; settings {dict(chosen)}"
    )
    if args.show:
        st = eval(args.show)
        for r in rows:
            ix = indexes[r["index"]]
            bar, cut = bars(ix, *st[0]), unit_cut(ix, st[1])
            if bar is not None and cut is not None and r["lead"] < bar and (r["unit"] or 0) < cut:
                print(
                    r["set"],
                    r["id"],
                    r["relevant"],
                    round(r["lead"], 3),
                    r["unit"] and round(r["unit"], 3),
                    r["reason"],
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
