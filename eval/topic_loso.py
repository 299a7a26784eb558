"""Round 30 lane D: the word veto (word match + best unit cosine, coverage/word_match.py)
with a wider standout gate, chosen leaving each set out. Measured and not kept.

Rows: eval/topic_match.py's (described questions answered today, not an other name), with
labels from a measure.py dump. A veto refuses when match + unit < C and the gate holds:
``lenient+g`` (z under the lenient bar + g, lane S2's form), ``k*outmed`` (z under k x the
median standout of the index's masked definitions with their own entry left out),
``outq`` (z under that left-out distribution's q quantile), ``fa`` (the index's share of
left-out masked definitions clearing the lenient bar is t or more: the standout tells
nothing there). Each fold picks (gate, C) on the other sets, maximising negatives and
wrong-entry answers refused - COST x right answers refused.

    python eval/topic_loso.py --rows /work/r30/d/rows_m.json --pseudo /work/r30/d/pseudo.json \
        --base /work/r30/base.json [--cost 3]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

Row = dict[str, Any]
CUTS = [round(0.9 + 0.01 * i, 2) for i in range(26)]
FAMILIES: dict[str, tuple[float, ...]] = {
    "lenient+g": (1, 1.5, 2, 2.5, 3, 4, 99),
    "k*outmed": (1.0, 1.2, 1.4, 1.6, 1.8, 2.0),
    "outq": (0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 1.0),
    "fa": (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95),
}


def pool(rows: list[Row], pseudo: dict[str, Any], base: dict[tuple[str, str], Row]) -> list[Row]:
    out = []
    for r in rows:
        p = pseudo.get(r["set"]) or {}
        if not r["covered"] or r.get("other_name") or "match" not in r or not p:
            continue
        cited = base[(r["set"], r["id"])]["citations"]
        right = bool(cited) and cited[0] in r["relevant"]
        r["lab"] = "neg" if r["kind"] == "negative" else "right" if right else "wrong"
        r["sum"] = r["match"] + (r.get("best_unit") or 0.0)
        out_z = np.array(p["out_z"])
        r["outmed"] = float(np.median(out_z))
        r["outq"] = {q: float(np.quantile(out_z, q)) for q in FAMILIES["outq"]}
        r["fa"] = float(np.mean(out_z >= r["cal"][0]))
        out.append(r)
    return out


def gate(r: Row, family: str, par: float) -> bool:
    if family == "lenient+g":
        return bool(r["z"] < r["cal"][0] + par)
    if family == "k*outmed":
        return bool(r["z"] < par * r["outmed"])
    if family == "fa":
        return bool(r["fa"] >= par)
    return bool(r["z"] < r["outq"][par])


def gain(rows: list[Row], family: str, par: float, cut: float, cost: float) -> float:
    c = Counter(r["lab"] for r in rows if r["sum"] < cut and gate(r, family, par))
    return c["neg"] + c["wrong"] - cost * c["right"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=Path, required=True)
    ap.add_argument("--pseudo", type=Path, required=True)
    ap.add_argument("--base", type=Path, required=True)
    ap.add_argument("--cost", type=float, default=3.0)
    args = ap.parse_args()
    base = {(r["set"], r["id"]): r for r in json.loads(args.base.read_text())}
    rows = pool(json.loads(args.rows.read_text()), json.loads(args.pseudo.read_text()), base)
    print("pool", dict(Counter(r["lab"] for r in rows)))
    sets = sorted({r["set"] for r in rows})
    for family, pars in FAMILIES.items():
        grid = [(p, c) for p in pars for c in CUTS]
        held: Counter[str] = Counter()
        picks: Counter[tuple[float, float]] = Counter()
        for s in sets:
            train = [r for r in rows if r["set"] != s]
            par, cut = max(grid, key=lambda g: (gain(train, family, *g, args.cost), -g[1]))
            picks[(par, cut)] += 1
            held.update(
                r["lab"] for r in rows if r["set"] == s and r["sum"] < cut and gate(r, family, par)
            )
        print(family, "held out refused", dict(held), "picks", picks.most_common(3))
    return 0


if __name__ == "__main__":
    sys.exit(main())
