"""Round 12 experiment: how well unit-level features separate negatives, leave-one-set-out.

Reads the rows of eval/unit_features.py and, for the questions the standout decides
(routes "described" and "missing"), compares single features and small logistic
regressions fitted on 27 sets and applied to the 28th.

    python eval/unit_loso.py scratch/features.json
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import json

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

Row = dict[str, Any]


def unit(f: Row, i: int) -> dict[str, float]:
    return f["units"].get(str(i), {"umax": 0.0, "u2": 0.0, "title": 0.0})


def derived(f: Row) -> dict[str, float]:
    dense = f["dense"]
    top = [i for i, _ in dense]
    d1 = dense[0][1] if dense else 0.0
    d2 = dense[1][1] if len(dense) > 1 else 0.0
    u = [unit(f, i)["umax"] for i in top]
    u1 = u[0] if u else 0.0
    urest = max(u[1:5]) if len(u) > 1 else 0.0
    bar = f["strict"] if f["route"] == "missing" else f["bar"] + 2.0 * (f["unsupported"] >= 3)
    hit1 = f["hits"][0] if f["hits"] else -1
    return {
        "zbar": f["z"] - bar,
        "d1": d1,
        "d12": d1 - d2,
        "u1": u1,
        "u3": max(u[:3]) if u else 0.0,
        "u1_d1": u1 - d1,
        "u_margin": u1 - urest,
        "u2mean": unit(f, top[0])["u2"] if top else 0.0,
        "uhit1": unit(f, hit1)["umax"],
        "loose": float(f["loose"]),
        "specific": float(f["unsupported"] >= 3),
        "plain": float(f["plain"]),
        "missing": float(f["route"] == "missing"),
    }


def in_scope(f: Row) -> bool:
    return f["route"] in ("described", "missing")


def auc_table(rows: list[Row]) -> None:
    scope = [r for r in rows if in_scope(r)]
    y = np.array([bool(r["relevant"]) for r in scope])
    print(f"in scope: {len(scope)} ({int(y.sum())} answerable, {int((~y).sum())} negative)")
    feats = derived(scope[0]).keys()
    for name in feats:
        x = np.array([derived(r)[name] for r in scope])
        print(f"  AUC {name:9s} {roc_auc_score(y, x):.3f}")
    # within the covered-today ones: can the feature find the answered negatives?
    cov = [r for r in scope if r["covered_now"]]
    yc = np.array([bool(r["relevant"]) for r in cov])
    print(f"covered today: {len(cov)} ({int((~yc).sum())} negatives)")
    for name in feats:
        x = np.array([derived(r)[name] for r in cov])
        if len(set(x)) > 1:
            print(f"  AUC {name:9s} {roc_auc_score(yc, x):.3f}")


def per_set(rows: list[Row], decide: Callable[[Row], bool]) -> dict[str, tuple[float, float]]:
    neg: dict[str, list[bool]] = defaultdict(list)
    ans: dict[str, list[bool]] = defaultdict(list)
    for r in rows:
        covered = decide(r)
        (ans if r["relevant"] else neg)[r["set"]].append(covered)
    return {
        s: (
            float(np.mean([not c for c in neg[s]])) if neg[s] else 0.0,
            float(np.mean([not c for c in ans[s]])) if ans[s] else 0.0,
        )
        for s in dict.fromkeys(r["set"] for r in rows)
    }


def loso(rows: list[Row], names: list[str], mode: str, c: float = 1.0, w: float = 1.0) -> Any:
    """Per-set decisions of a model fitted without that set. mode: replace | veto | both."""
    sets = list(dict.fromkeys(r["set"] for r in rows))
    scope = [r for r in rows if in_scope(r)]
    x_all = np.array([[derived(r)[n] for n in names] for r in scope])
    y_all = np.array([bool(r["relevant"]) for r in scope])
    set_of = np.array([r["set"] for r in scope])
    decision: dict[int, bool] = {}
    coefs = []
    for s in sets:
        train = set_of != s
        model = fit(x_all[train], y_all[train], c, w)
        coefs.append(model)
        test = np.flatnonzero(~train)
        if len(test) == 0:
            continue
        p = model.predict_proba(x_all[test])[:, 1]
        for j, pj in zip(test, p, strict=True):
            r = scope[j]
            decision[id(r)] = combine(r["covered_now"], float(pj), mode)
    return (lambda r: decision.get(id(r), r["covered_now"])), coefs


def combine(now: bool, p: float, mode: str) -> bool:
    if mode == "replace":
        return p >= 0.5
    if mode == "veto":
        return now and p >= 0.5
    return p >= 0.5 if not now else p >= 0.5


def fit(x: np.ndarray, y: np.ndarray, c: float, w: float) -> LogisticRegression:
    model = LogisticRegression(C=c, class_weight={False: w, True: 1.0}, max_iter=1000)
    return model.fit(x, y)


def report(rows: list[Row], decide: Callable[[Row], bool], label: str, full: bool = False) -> None:
    base = per_set(rows, lambda r: r["covered_now"])
    new = per_set(rows, decide)
    d_abs = sum(new[s][0] - base[s][0] for s in base)
    d_fa = sum(new[s][1] - base[s][1] for s in base)
    n_neg = sum(1 for r in rows if not r["relevant"] and decide(r) != r["covered_now"])
    n_ans = sum(1 for r in rows if r["relevant"] and decide(r) != r["covered_now"])
    worse = [s for s in base if new[s][0] < base[s][0] - 1e-9 or new[s][1] > base[s][1] + 1e-9]
    print(
        f"{label:40s} abstain {sum(v[0] for v in base.values()):.3f}->"
        f"{sum(v[0] for v in new.values()):.3f} ({d_abs:+.3f}) f_abst "
        f"{sum(v[1] for v in base.values()):.3f}->{sum(v[1] for v in new.values()):.3f} "
        f"({d_fa:+.3f}) changed neg {n_neg} ans {n_ans}; sets worse on a column: {len(worse)}"
    )
    if full:
        print("| set | abstain | LOSO | f_abst | LOSO |")
        for s in base:
            print(f"| {s} | {base[s][0]:.3f} | {new[s][0]:.3f} | {base[s][1]:.3f} | {new[s][1]:.3f} |")


FEATURE_SETS = {
    "base": ["zbar", "d1", "d12", "loose", "specific", "plain", "missing"],
    "base+u1": ["zbar", "d1", "d12", "loose", "specific", "plain", "missing", "u1"],
    "base+units": [
        "zbar", "d1", "d12", "loose", "specific", "plain", "missing", "u1", "u1_d1", "u_margin",
    ],
    "zbar+units": ["zbar", "u1", "u_margin", "missing"],
    "zbar+u1": ["zbar", "u1", "missing"],
}


def main() -> int:
    rows: list[Row] = json.loads(Path(sys.argv[1]).read_text())
    auc_table(rows)
    print()
    report(rows, lambda r: r["covered_now"], "today")
    for label, names in FEATURE_SETS.items():
        for mode in ("replace", "veto"):
            for w in (1.0, 2.0):
                decide, _ = loso(rows, names, mode, w=w)
                report(rows, decide, f"{label} {mode} w={w}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
