"""Round 32 lane J: the two costly classes of described questions, and rules over them
chosen leaving each set out.

Reads eval/standout_classes.py rows. Classes (the retrieval verdict):
  neg_ans: a described negative answered; ans_ref: a described answerable refused;
  ans_ok: a described answerable answered; neg_ref: a described negative refused.
Objective per set: abstain + (1 - f_abst), i.e. each negative weighs 1/negatives and each
answerable 1/answerables of its set; a rule is refused on a fold when it raises the
left-out set's refused answerables by more than one.

    python eval/standout_classes_loso.py /work/r33/r32j-feat2.json [BASE.json [COST]]

With a measure dump (BASE), direction A is also chosen on the answers as measured (a right
answer refused costs COST answerables, default 3; a wrong one 1) over the judgement_share
rule's three parameters, leaving each set out (round 32: MARGIN 1.5, SHARE_MAX 0.1, LEAD 0
on 114 of 117 folds at cost 3 and 5; held out: 16 negatives refused, 4 right and 5 wrong
answers refused, abstain + (1 - f_abst) +0.50 summed, no set's f_abst up by more than one).
"""

from __future__ import annotations

import itertools
import json
import sys
from collections import Counter, defaultdict
from typing import Any

STANDOUT_OK = "best entry stands out"
A_REASONS = (STANDOUT_OK, "one unit of the best entry matches the question")
BAR_REASONS = ("no entry stands out", "best entry lacks the question's specific words")


def klass(r: dict[str, Any]) -> str:
    neg = r["kind"] == "negative"
    if r["covered"]:
        return "neg_ans" if neg else "ans_ok"
    return "neg_ref" if neg else "ans_ref"


def feats(r: dict[str, Any]) -> dict[str, float]:
    sh1, shx = r.get("sh1", 0.0), r.get("shx", 0.0)
    return {
        "margin": r["z"] - r["bar"],
        "zrel": r["z"] / max(r["lenient"], 0.1),
        "sh1": sh1,
        "lead": sh1 - shx,
        "lead2": sh1 - r.get("sh2", 0.0),
        "nbody": r.get("nbody", 0),
        "u1": r.get("u1") or 0.0,
        "uz_m": (r.get("uz") or 0.0) - (r.get("unit_lenient") or 0.0),
        "ufirst": float(bool(r.get("ufirst"))),
        "owned": r.get("owned", 0),
        "head": {None: 0.5, True: 1.0, False: 0.0}[r.get("head")],
    }


def table(rows: list[dict[str, Any]]) -> None:
    by: dict[str, list[dict[str, float]]] = defaultdict(list)
    for r in rows:
        by[klass(r)].append(feats(r))
    names = list(feats(rows[0]).keys())
    print("class", "n", *names, sep=" | ")
    for k in ("neg_ans", "ans_ref", "ans_ok", "neg_ref"):
        xs = by[k]
        med = [sorted(x[n] for x in xs)[len(xs) // 2] if xs else 0 for n in names]
        print(k, len(xs), *(f"{m:.3g}" for m in med), sep=" | ")


def auc(pos: list[float], neg: list[float]) -> float:
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def main() -> int:
    with open(sys.argv[1]) as f:
        all_rows = json.load(f)
    rows = [r for r in all_rows if r.get("described")]
    n_neg = Counter(r["set"] for r in all_rows if r["kind"] == "negative")
    n_ans = Counter(r["set"] for r in all_rows if r["kind"] != "negative")
    print(len(rows), "described rows;", Counter(klass(r) for r in rows))
    print(Counter((klass(r), r["reason"]) for r in rows).most_common(30))
    table(rows)
    # separation of the two directions' populations
    a_pop = [r for r in rows if r["covered"] and r["reason"] in A_REASONS]
    b_pop = [r for r in rows if not r["covered"] and r["reason"] in BAR_REASONS]
    for name in feats(rows[0]):
        pa = [feats(r)[name] for r in a_pop if r["kind"] != "negative"]
        na = [feats(r)[name] for r in a_pop if r["kind"] == "negative"]
        pb = [feats(r)[name] for r in b_pop if r["kind"] != "negative"]
        nb = [feats(r)[name] for r in b_pop if r["kind"] == "negative"]
        print(
            f"AUC {name:8s} answered(ans vs neg) {auc(pa, na):.3f}",
            f"refused(ans vs neg) {auc(pb, nb):.3f}",
        )
    print("pop a (answered by standout):", Counter(r["kind"] == "negative" for r in a_pop))
    print("pop b (refused under bar):", Counter(r["kind"] == "negative" for r in b_pop))
    sets = sorted(n_neg.keys() | n_ans.keys())
    for direction, pop in (("A refuse", a_pop), ("B answer", b_pop)):
        loso(direction, pop, sets, n_neg, n_ans)
    if len(sys.argv) > 2:
        with open(sys.argv[2]) as f:
            base = {r["id"]: r for r in json.load(f)}
        cost = float(sys.argv[3]) if len(sys.argv) > 3 else 3.0
        measured = [r for r in a_pop if base[r["id"]]["covered"]]
        loso_measured(measured, base, sets, n_neg, n_ans, cost)
    return 0


def _tag(r: dict[str, Any], base: dict[str, Any]) -> str:
    if r["kind"] == "negative":
        return "neg"
    return "hit" if base[r["id"]]["metrics"].get("answer_hit") else "miss"


def loso_measured(
    rows: list[dict[str, Any]],
    base: dict[str, Any],
    sets: list[str],
    n_neg: Counter[str],
    n_ans: Counter[str],
    cost: float,
) -> None:
    """judgement_share's rule (margin < M, first share <= S, another title's share > first
    + L, closest unit elsewhere) chosen leaving each set out, judged on measured answers."""
    grid = list(
        itertools.product(
            (0.5, 1.0, 1.5, 2.0, 3.0), (0.05, 0.1, 0.15, 0.2, 0.25, 0.3), (0.0, 0.05, 0.1, 0.2)
        )
    )
    rows_f = [(r, feats(r), _tag(r, base)) for r in rows]
    eff = {}
    for p in grid:
        obj: dict[str, float] = defaultdict(float)
        pen: dict[str, float] = defaultdict(float)
        up: Counter[str] = Counter()
        tally: dict[str, Counter[str]] = defaultdict(Counter)
        for r, f, t in rows_f:
            if not (f["margin"] < p[0] and f["sh1"] <= p[1] and f["lead"] < -p[2]):
                continue
            if f["ufirst"]:
                continue
            s = r["set"]
            tally[s][t] += 1
            if t == "neg":
                obj[s] += 1 / n_neg[s]
                pen[s] += 1 / n_neg[s]
            else:
                obj[s] -= 1 / n_ans[s]
                pen[s] -= (cost if t == "hit" else 1.0) / n_ans[s]
                up[s] += 1
        eff[p] = (obj, pen, up, tally)
    held, fired, broken, chosen = 0.0, Counter(), 0, Counter()
    for s in sets:
        p = max(grid, key=lambda p, s=s: _fold_score(eff[p], s))
        chosen[p] += 1
        obj, _, up, tally = eff[p]
        held += obj.get(s, 0.0)
        fired.update(tally.get(s, Counter()))
        broken += up.get(s, 0) > 1
    print(
        f"A measured (cost {cost}): held-out abstain+(1-f_abst) {held:+.3f}, fired {dict(fired)},"
    )
    print(f"  sets with f_abst up by more than one: {broken}; choices {chosen.most_common(3)}")


def _fold_score(e: Any, s: str) -> float:
    _, pen, up, _ = e
    if any(v > 1 for k, v in up.items() if k != s):
        return -1e9
    return sum(v for k, v in pen.items() if k != s)


def _grid(direction: str) -> list[tuple[float, ...]]:
    margins = (0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 99.0)
    leads = (-0.4, -0.3, -0.2, -0.1, 0.0, 0.1, 0.2, 0.3, 0.4)
    sh1s = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6)
    return list(itertools.product(margins, leads, sh1s, (0.0, 1.0)))


def fires(direction: str, f: dict[str, float], p: tuple[float, ...]) -> bool:
    m, t, s1, uf = p
    if direction.startswith("A"):
        # refuse an answered description: close to its bar, the first hit says less of
        # its words than another entry, and little of them; uf: the closest unit elsewhere
        return (
            f["margin"] < m
            and f["lead"] < t
            and f["sh1"] <= s1 + 0.2
            and (uf == 0.0 or f["ufirst"] == 0.0)
        )
    return (
        f["margin"] > -m and f["lead"] > t and f["sh1"] >= s1 and (uf == 0.0 or f["ufirst"] == 1.0)
    )


def effect(
    direction: str,
    rows: list[dict[str, Any]],
    p: tuple[float, ...],
    n_neg: Counter[str],
    n_ans: Counter[str],
) -> tuple[dict[str, float], Counter[str], Counter[str]]:
    gain: dict[str, float] = defaultdict(float)
    fa_up: Counter[str] = Counter()
    tally: Counter[str] = Counter()
    for r in rows:
        if not fires(direction, feats(r), p):
            continue
        neg = r["kind"] == "negative"
        right = bool(set(r["hit_ids"][:1]) & set(r["relevant"]))
        s = r["set"]
        if direction.startswith("A"):
            if neg:
                gain[s] += 1 / n_neg[s]
                tally["neg refused"] += 1
            else:
                gain[s] -= 1 / n_ans[s]
                fa_up[s] += 1
                tally["ans refused" + ("" if right else " (wrong entry)")] += 1
        else:
            if neg:
                gain[s] -= 1 / n_neg[s]
                tally["neg answered"] += 1
            else:
                gain[s] += (1 / n_ans[s]) if right else 0.0
                fa_up[s] -= 1
                tally["ans answered" + ("" if right else " (wrong entry)")] += 1
    return gain, fa_up, tally


def loso(
    direction: str,
    rows: list[dict[str, Any]],
    sets: list[str],
    n_neg: Counter[str],
    n_ans: Counter[str],
) -> None:
    grid = _grid(direction)
    per = {}
    for p in grid:
        per[p] = effect(direction, rows, p, n_neg, n_ans)
    best_all = max(grid, key=lambda p: _ok(per[p], None) and sum(per[p][0].values()))
    print(
        direction,
        "in-sample best",
        best_all,
        round(sum(per[best_all][0].values()), 3),
        dict(per[best_all][2]),
    )
    total, tally, chosen, broken = 0.0, Counter(), Counter(), 0
    for s in sets:

        def score(p, s=s):
            if not _ok(per[p], s):
                return -1e9
            return sum(v for k, v in per[p][0].items() if k != s)

        p = max(grid, key=score)
        if score(p) <= 0:
            p = None
        chosen[p] += 1
        if p is None:
            continue
        g, fa, _ = per[p]
        total += g.get(s, 0.0)
        broken += fa.get(s, 0) > 1
        for r in rows:
            if r["set"] == s and fires(direction, feats(r), p):
                tally[
                    (r["kind"] == "negative", bool(set(r["hit_ids"][:1]) & set(r["relevant"])))
                ] += 1
    print(
        direction,
        "LOSO held-out sum",
        round(total, 3),
        "sets breaking f_abst",
        broken,
        "fired (negative, first hit relevant):",
        dict(tally),
        "choices:",
        chosen.most_common(4),
    )


def _ok(e, skip) -> bool:
    return all(v <= 1 for k, v in e[1].items() if k != skip)


if __name__ == "__main__":
    sys.exit(main())
