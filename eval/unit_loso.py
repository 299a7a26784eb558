"""Round 12 experiment: how well unit-level features separate negatives, leave-one-set-out.

Reads the rows of eval/unit_features.py and, for the questions the standout decides
(routes "described" and "missing"), compares single features and small logistic
regressions fitted on 27 sets and applied to the 28th.

    python eval/unit_loso.py scratch/features.json
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
            cells = (base[s][0], new[s][0], base[s][1], new[s][1])
            print(f"| {s} | " + " | ".join(f"{c:.3f}" for c in cells) + " |")


VETO = ["u1"]  # covered today: refuse when no unit of the best entry is close
RESCUE = ["u1", "d1", "zbar"]  # refused today: answer when one unit matches closely
COST = 3  # a wrongly flipped question costs this many rightly flipped ones (both ways)


def population(rows: list[Row], covered: bool) -> list[Row]:
    """The questions a model may flip: the standout decides them, a sibling is never rescued."""
    return [
        r
        for r in rows
        if in_scope(r)
        and r["covered_now"] == covered
        and not r.get("top_no_units")  # text but no unit (links, code): no opinion
        and (covered or not (r["sibling"] and r["route"] == "missing"))
    ]


def fit_flip(pop: list[Row], names: list[str], covered: bool) -> tuple[np.ndarray, float, float]:
    """Logistic weights, bias and the logit cut that maximizes right - COST * wrong flips."""
    x = np.array([[derived(r)[n] for n in names] for r in pop])
    y = np.array([bool(r["relevant"]) for r in pop])
    return fit_cut(x, y, covered, COST)


def fit_cut(
    x: np.ndarray, y: np.ndarray, covered: bool, cost: int
) -> tuple[np.ndarray, float, float]:
    """Logistic weights, bias and the logit cut for features ``x`` and answerable ``y``:
    the cut maximizes right - ``cost`` * wrong flips (a veto when ``covered``, else a rescue)."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    model = LogisticRegression(max_iter=1000).fit((x - mean) / scale, y)
    w = model.coef_[0] / scale
    b = float(model.intercept_[0] - np.sum(model.coef_[0] * mean / scale))
    logit = x @ w + b
    best, cut = 0.0, -np.inf if covered else np.inf
    for t in np.unique(logit):
        flip = logit < t if covered else logit > t
        right = (~y & flip).sum() if covered else (y & flip).sum()
        wrong = (y & flip).sum() if covered else (~y & flip).sum()
        if right - cost * wrong > best:
            best, cut = float(right - cost * wrong), float(t)
    # the cut halfway between the last question flipped and the first one kept
    flipped = logit[logit < cut] if covered else logit[logit > cut]
    if len(flipped):
        cut = (cut + float(flipped.max() if covered else flipped.min())) / 2
    return w, b, cut


def flips(rows: list[Row], names: list[str], covered: bool, held: str | None) -> set[int]:
    """ids of the held-out set's rows the model flips (held None: fitted and applied on all)."""
    pop = population(rows, covered)
    train = [r for r in pop if r["set"] != held]
    w, b, cut = fit_flip(train, names, covered)
    out = set()
    for r in pop:
        if held is not None and r["set"] != held:
            continue
        z = np.array([derived(r)[n] for n in names]) @ w + b
        if (z < cut) if covered else (z > cut):
            out.add(id(r))
    return out


def write(rows: list[Row], path: Path) -> None:
    """The decision fitted on every set, as rag_glossary/data/unit_decision.json holds it."""
    out: dict[str, Any] = {"model": "sentence-transformers/all-MiniLM-L6-v2", "cost": COST}
    for key, names, covered in (("veto", VETO, True), ("rescue", RESCUE, False)):
        w, b, cut = fit_flip(population(rows, covered), names, covered)
        weights = {NAMES[n]: round(float(x), 4) for n, x in zip(names, w, strict=True)}
        out[key] = {"weights": weights, "bias": round(b, 4), "cut": round(cut, 4)}
    path.write_text(json.dumps(out, indent=1) + "\n")


NAMES = {"u1": "best_unit", "d1": "best_chunk", "zbar": "standout_margin"}


def main() -> int:
    rows: list[Row] = json.loads(Path(sys.argv[1]).read_text())
    if len(sys.argv) > 2:
        write(rows, Path(sys.argv[2]))
    auc_table(rows)
    print()
    sets = list(dict.fromkeys(r["set"] for r in rows))
    for label, fitted in (("fitted on all", [None]), ("LOSO", sets)):
        flipped: set[int] = set()
        for held in fitted:
            flipped |= flips(rows, VETO, True, held) | flips(rows, RESCUE, False, held)

        def decide(r: Row, flipped: set[int] = flipped) -> bool:
            return bool(r["covered_now"]) != (id(r) in flipped)

        report(rows, decide, f"veto {VETO} + rescue {RESCUE}, {label}", full=True)
        for r in rows:
            if id(r) in flipped:
                d = derived(r)
                print(
                    f"  {'ANS' if r['relevant'] else 'NEG'} {r['set']} {r['route']} "
                    f"now={int(r['covered_now'])} u1={d['u1']:.3f} d1={d['d1']:.3f} "
                    f"zbar={d['zbar']:.2f} | {r['question'][:80]}"
                )
    for names, covered in ((VETO, True), (RESCUE, False)):
        w, b, cut = fit_flip(population(rows, covered), names, covered)
        weights = dict(zip(names, w.round(4).tolist(), strict=True))
        print("veto" if covered else "rescue", weights, round(b, 4), round(cut, 4))
    return 0


if __name__ == "__main__":
    sys.exit(main())
