"""Round 27 lane N experiment: how far the described decision's populations overlap, and
what a veto on the signals of eval/described_r27_features.py would trade, chosen leaving
each set out.

Population: questions judged as descriptions (route "described" or "none"). Labels: a
negative; an answerable question whose first hit is relevant ("right") or not ("wrong").
For each signal, the AUC of right answers against answered negatives (the veto's side)
and of refused answerable questions against refused negatives (the rescue's side). Then,
for each family of signals, a logistic model fitted on all sets but one, its cut chosen on
those sets to maximise negatives refused - COST x right answers refused (never below
COST negatives per right answer), applied to the held-out set.

    python eval/described_r27_loso.py /tmp/r27n.json [--cost 3]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

Row = dict[str, Any]

SIGNALS: dict[str, Callable[[Row], float]] = {
    "margin": lambda x: min(x["z"] - x["bar"], 4.0),
    "idf_share": lambda x: x["idf_share"],
    "top_idf_in_best": lambda x: float(x["top_idf_in_best"]),
    "own_words": lambda x: -math.log1p(x["own_words"]),
    "bm25_rank": lambda x: -math.log1p(min(x["bm25_rank"], 50)),
    "unit_margin": lambda x: x.get("unit_z", 0.0) - (x["unit_bar"] or 0.0),
    "unit_top_is_best": lambda x: float(x.get("unit_top_is_best", False)),
    "best_unit": lambda x: x["ubest"][0],
    "unit_minus_entry": lambda x: x["ubest"][0] - x["dense"][0][1],
    "best_cosine": lambda x: x["dense"][0][1],
}
FAMILIES = (
    ("idf_share",),
    ("best_unit", "idf_share"),
    ("best_unit", "idf_share", "margin"),
    ("best_unit", "idf_share", "own_words", "margin"),
    ("best_unit", "idf_share", "own_words", "margin", "bm25_rank", "unit_margin"),
)


def label(x: Row) -> str:
    if x["kind"] == "negative":
        return "neg"
    return "right" if x["hits"] and x["hits"][0] in x["relevant"] else "wrong"


def auc(pos: list[float], neg: list[float]) -> float:
    p, n = np.asarray(pos), np.asarray(neg)
    greater = (p[:, None] > n[None, :]).sum() + 0.5 * (p[:, None] == n[None, :]).sum()
    return float(greater) / (len(p) * len(n))


def cut_on(p: np.ndarray, labels: list[str], cost: float) -> float | None:
    """The lowest probability to refuse from, best on these rows (None: no cut pays)."""
    best, chosen, gain = 0.0, None, 0.0
    order = np.argsort(-p)
    for k, i in enumerate(order):
        gain += 1.0 if labels[i] == "neg" else -cost if labels[i] == "right" else 0.0
        last = k + 1 == len(order) or p[order[k + 1]] < p[i]
        if last and gain > best:
            best, chosen = gain, float(p[i])
    return chosen


def loso(rows: list[Row], family: tuple[str, ...], cost: float) -> Counter[str]:
    x = np.array([[SIGNALS[f](r) for f in family] for r in rows])
    y = np.array([label(r) == "neg" for r in rows])
    labels = [label(r) for r in rows]
    sets = np.array([r["set"] for r in rows])
    refused: Counter[str] = Counter()
    for held in sorted(set(sets.tolist())):
        train = sets != held
        model = LogisticRegression(max_iter=1000).fit(x[train], y[train])
        p = model.predict_proba(x)[:, 1]
        cut = cut_on(p[train], [labels[i] for i in np.flatnonzero(train)], cost)
        if cut is None:
            continue
        refused.update(labels[i] for i in np.flatnonzero(~train) if p[i] >= cut)
    return refused


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("rows", type=Path)
    ap.add_argument("--cost", type=float, nargs="*", default=[3.0, 2.0, 1.5])
    args = ap.parse_args()
    rows = [r for r in json.loads(args.rows.read_text()) if r.get("route") in ("described", "none")]
    covered = [r for r in rows if r["covered_now"]]
    refused = [r for r in rows if not r["covered_now"]]
    print("answered:", dict(Counter(label(r) for r in covered)))
    print("refused:", dict(Counter(label(r) for r in refused)))
    for name, f in SIGNALS.items():
        veto = auc(
            [f(r) for r in covered if label(r) == "right"],
            [f(r) for r in covered if label(r) == "neg"],
        )
        rescue = auc(
            [f(r) for r in refused if label(r) != "neg"],
            [f(r) for r in refused if label(r) == "neg"],
        )
        print(f"{name:18s} AUC answered right vs neg {veto:.3f}, refused {rescue:.3f}")
    for cost in args.cost:
        for family in FAMILIES:
            print(f"cost {cost}", "+".join(family), dict(loso(covered, family, cost)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
