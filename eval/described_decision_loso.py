"""Round 25 lane J: the described-question decision both ways, fitted leaving each set out.

Reads eval/word_semantic_features.py rows (every question the standout judges, with the
word match of the first three hits, the standout, best unit cosine, weakest window,
plain / loose / unsupported rare words, the kind) and a measure.py dump (whether the
first hit is right). Two kinds of rule on today's verdict of a *described* question
(route described, no other name):

- a *veto* refuses an answered one when its score is under a cut; a refused negative or
  wrong-entry answer gains 1, a refused right answer costs 3 (round 24 lane S2's count);
- a *rescue* answers a refused one when its score is over a cut; a right answer gains 3,
  an answered negative or wrong-entry answer costs 1.

A family has parameters (a margin gate, a weight on the margin); each fold chooses the
parameter *and* the cut on the other sets (best gain, none when nothing gains) and
applies them to the held-out set. ``--norm FILE`` adds families on the word match less
the index's own neighbour match (eval/index_word_norm.py).

    python eval/described_decision_loso.py /work/r25/lane25j_wsem.json /work/r25/base25.json
        [--norm /work/r25/lane25j_norm.json] [--show 'family name'] [--extra a,b,c]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT))

from rare_support_loso import label  # noqa: E402

from rag_glossary.judgement import WORDS_REASON  # noqa: E402

Row = dict[str, Any]
RIGHT_COST = 3.0
NORM: dict[str, dict[str, float]] = {}


def margin(r: Row) -> float:
    return float(r["z"] - r["cal"][0])


def match(r: Row, i: int = 0) -> float:
    w = r["wsem"]
    return float(w[i]["mean"]) if i < len(w) and w[i] is not None else -1.0


def unit(r: Row) -> float:
    return float(r.get("best_unit") or 0.0)


def lead(r: Row) -> float:
    return match(r) - max((match(r, i) for i in (1, 2)), default=-1.0)


def normed(r: Row, how: str) -> float:
    """The word match less the index's median neighbour match (``shift``), or in units of
    its spread (``z``)."""
    n = NORM.get(r["set"])
    if n is None:
        return match(r)
    if how == "shift":
        return match(r) - n["median"]
    return (match(r) - n["median"]) / max(n["spread"], 0.02)


@dataclass(frozen=True)
class Family:
    name: str
    kind: str  # "veto" or "rescue"
    params: tuple[float, ...]
    score: Callable[[Row, float], float]
    eligible: Callable[[Row, float], bool]


def gain(rows: list[Row], kind: str) -> float:
    c = Counter(r["_label"] for r in rows)
    if kind == "veto":
        return c["neg"] + c["wrong"] - RIGHT_COST * c["right"]
    return RIGHT_COST * c["right"] - c["neg"] - c["wrong"]


def flipped(rows: list[Row], fam: Family, p: float, cut: float) -> list[Row]:
    out = []
    for r in rows:
        if not fam.eligible(r, p):
            continue
        s = fam.score(r, p)
        if (s < cut) if fam.kind == "veto" else (s > cut):
            out.append(r)
    return out


def fit(rows: list[Row], fam: Family) -> tuple[float, float, float] | None:
    """(gain, parameter, cut) best on ``rows``; None when no cut gains."""
    best: tuple[float, float, float] | None = None
    for p in fam.params:
        pool = sorted(
            ((fam.score(r, p), r["_label"]) for r in rows if fam.eligible(r, p)),
            key=lambda t: t[0],
            reverse=fam.kind == "rescue",
        )
        total = 0.0
        for k, (s, lab) in enumerate(pool):
            if fam.kind == "veto":
                total += -RIGHT_COST if lab == "right" else 1.0
            else:
                total += RIGHT_COST if lab == "right" else -1.0
            nxt = pool[k + 1][0] if k + 1 < len(pool) else None
            if nxt is not None and nxt == s:
                continue  # a cut cannot split equal scores
            cut = (s + nxt) / 2 if nxt is not None else s + (1e-6 if fam.kind == "veto" else -1e-6)
            if total > 0 and (best is None or total > best[0]):
                best = (total, p, cut)
    return best


def loso(rows: list[Row], fam: Family, sets: list[str], show: bool) -> dict[str, Any]:
    pool = [r for r in rows if r["covered"] == (fam.kind == "veto")]
    labels: Counter[str] = Counter()
    chosen: Counter[tuple[float, float]] = Counter()
    losing = 0
    flips: list[str] = []
    for held in sets:
        got = fit([r for r in pool if r["set"] != held], fam)
        if got is None:
            continue
        _, p, cut = got
        chosen[(p, round(cut, 3))] += 1
        out = flipped([r for r in pool if r["set"] == held], fam, p, cut)
        labels.update(r["_label"] for r in out)
        losing += gain(out, fam.kind) < 0
        flips += [f"{r['_label']}:{r['set'].removesuffix('-glossary')}-{r['id']}" for r in out]
        if show and out:
            for r in out:
                print(
                    f"    {held:22} {r['_label']:5} {r['id']:8} m{margin(r):5.2f} "
                    f"wm{match(r):.3f} u{unit(r):.3f} {r['question'][:70]}"
                )
    return {
        "labels": labels,
        "gain": gain([{"_label": k} for k, v in labels.items() for _ in range(v)], fam.kind),
        "folds": sum(chosen.values()),
        "losing": losing,
        "chosen": chosen.most_common(2),
        "all": fit(pool, fam),
        "flips": flips,
    }


def _gate(r: Row, m: float) -> bool:
    return margin(r) < m


def _floor(r: Row, m: float) -> bool:
    """Rescue only a refusal not made by the word veto itself (round 24 S2)."""
    return margin(r) > -m and r.get("reason") != WORDS_REASON


def families() -> list[Family]:
    gates = (1.0, 1.5, 2.0, 3.0, 5.0, math.inf)
    mu = lambda r, p: match(r) + unit(r)  # noqa: E731
    out = [Family(f"veto match+unit margin<{m}", "veto", (m,), mu, _gate) for m in gates]
    out.append(Family("veto match+unit margin<M (M fitted)", "veto", gates, mu, _gate))
    out.append(
        Family("veto match margin<M (M fitted)", "veto", gates, lambda r, p: match(r), _gate)
    )
    out.append(
        Family(
            "veto match+unit margin 1..M (second cut)",
            "veto",
            (1.5, 2.0, 3.0, 5.0),
            mu,
            lambda r, p: 1.0 <= margin(r) < p,
        )
    )
    lin = (0.02, 0.05, 0.1, 0.15, 0.2, 0.3)
    out.append(
        Family(
            "veto match+unit+b*margin (b fitted)",
            "veto",
            lin,
            lambda r, p: match(r) + unit(r) + p * margin(r),
            lambda r, p: True,
        )
    )
    out.append(Family("veto lead margin<M", "veto", gates, lambda r, p: lead(r), _gate))
    out.append(
        Family(
            "veto norm-shift+unit margin<1",
            "veto",
            (1.0,),
            partial(lambda r, p: normed(r, "shift") + unit(r)),
            _gate,
        )
    )
    for how in ("shift", "z"):
        out.append(
            Family(
                f"veto norm-{how}+unit margin<M",
                "veto",
                gates,
                partial(lambda r, p, h: normed(r, h) + unit(r), h=how),
                _gate,
            )
        )
    floors = (0.5, 1.0, 2.0, math.inf)
    rescuable = lambda r, p: _floor(r, p) and r.get("unit_best") == (r["hits"] or [None])[0]  # noqa: E731
    owns = lambda r, p: _floor(r, p) and lead(r) >= 0  # noqa: E731
    out += [
        Family("rescue match+unit margin>-M", "rescue", floors, mu, _floor),
        Family("rescue match+unit margin>-M unit-first", "rescue", floors, mu, rescuable),
        Family("rescue match+unit margin>-M owns", "rescue", floors, mu, owns),
        Family("rescue match margin>-M", "rescue", floors, lambda r, p: match(r), _floor),
        Family("rescue lead margin>-M", "rescue", floors, lambda r, p: lead(r), _floor),
        Family(
            "rescue match margin>-M unit-first", "rescue", floors, lambda r, p: match(r), rescuable
        ),
        Family(
            "rescue match margin>-M unit-first owns",
            "rescue",
            floors,
            lambda r, p: match(r),
            lambda r, p: rescuable(r, p) and lead(r) >= 0,
        ),
        Family(
            "rescue match+unit+b*margin",
            "rescue",
            lin,
            lambda r, p: match(r) + unit(r) + p * margin(r),
            lambda r, p: True,
        ),
    ]
    for how in ("shift", "z"):
        score = partial(lambda r, p, h: normed(r, h), h=how)
        out.append(
            Family(f"rescue norm-{how} margin>-M unit-first", "rescue", floors, score, rescuable)
        )
    for how in ("shift", "z"):
        out.append(
            Family(
                f"rescue norm-{how}+unit margin>-M",
                "rescue",
                floors,
                partial(lambda r, p, h: normed(r, h) + unit(r), h=how),
                _floor,
            )
        )
    return out


def logistic_loso(rows: list[Row], kind: str, sets: list[str]) -> dict[str, Any]:
    """A small logistic model (right vs not) on the judge's signals, weighted by the
    reader's cost, its threshold chosen on the training folds."""
    from sklearn.linear_model import LogisticRegression

    pool = [r for r in rows if r["covered"] == (kind == "veto")]

    def x(r: Row) -> list[float]:
        return [
            match(r),
            unit(r),
            max(min(margin(r), 6.0), -6.0),
            lead(r),
            float(r.get("weakest") or 0.0),
            float(r["unsup"]),
            float(r["plain"]),
            float(r["loose"]),
            float(r["rare_hits"][0]),
        ]

    labels: Counter[str] = Counter()
    losing = folds = 0
    for held in sets:
        train = [r for r in pool if r["set"] != held]
        y = np.array([r["_label"] == "right" for r in train])
        if y.all() or not y.any():
            continue
        model = LogisticRegression(C=1.0, max_iter=2000)
        w = np.where(y, RIGHT_COST, 1.0)
        model.fit(np.array([x(r) for r in train]), y, sample_weight=w)
        for r in train:
            r["_lr"] = float(model.decision_function(np.array([x(r)]))[0])
        fam = Family("lr", kind, (0.0,), lambda r, p: r["_lr"], lambda r, p: True)
        got = fit(train, fam)
        if got is None:
            continue
        folds += 1
        test = [r for r in pool if r["set"] == held]
        for r in test:
            r["_lr"] = float(model.decision_function(np.array([x(r)]))[0])
        out = flipped(test, fam, 0.0, got[2])
        labels.update(r["_label"] for r in out)
        losing += gain(out, kind) < 0
    g = gain([{"_label": k} for k, v in labels.items() for _ in range(v)], kind)
    return {"labels": labels, "gain": g, "folds": folds, "losing": losing}


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("features", type=Path, nargs="+")
    p.add_argument("--dump", type=Path, required=True)
    p.add_argument("--norm", type=Path)
    p.add_argument("--show", default="")
    p.add_argument("--extra", default="", help="sets measured but not fitted on (a test)")
    p.add_argument("--only", default="", help="families whose name holds one of these")
    p.add_argument("--no-logistic", action="store_true")
    p.add_argument(
        "--undo-s2", action="store_true", help="the word veto's refusals as answered (its own fit)"
    )
    args = p.parse_args()
    if args.norm:
        NORM.update(json.loads(args.norm.read_text()))
    rows = [r for f in args.features for r in json.loads(f.read_text())]
    dump = {(d["set"], d["id"]): d for d in json.loads(args.dump.read_text())}
    extra = set(filter(None, args.extra.split(",")))
    rows = [
        r
        for r in rows
        if r.get("route") == "described"
        and not r["other_name"]
        and r.get("wsem")
        and r["wsem"][0] is not None
        and ((r["set"], r["id"]) in dump or r["set"] in extra)
    ]
    for r in rows:
        r["_label"] = label(r, dump)
        if args.undo_s2 and r.get("reason") == WORDS_REASON:
            r["covered"] = True
    fit_rows = [r for r in rows if r["set"] not in extra]
    sets = sorted({r["set"] for r in fit_rows})
    tally = Counter(
        (r["kind"], r["_label"], "answered" if r["covered"] else "refused") for r in fit_rows
    )
    print(f"{len(fit_rows)} described rows on {len(sets)} sets: {dict(sorted(tally.items()))}")
    for fam in families():
        if args.only and not any(o in fam.name for o in args.only.split(",")):
            continue
        res = loso(fit_rows, fam, sets, fam.name == args.show)
        lab = res["labels"]
        print(
            f"{fam.name:44} neg {lab['neg']:3} wrong {lab['wrong']:3} right {lab['right']:3} "
            f"gain {res['gain']:6.1f} folds {res['folds']:2} losing {res['losing']:2} "
            f"chosen {res['chosen']} all {res['all']}",
            flush=True,
        )
        if fam.name == args.show:
            print("   ", " ".join(res["flips"]))
            if extra and res["all"]:
                _, prm, cut = res["all"]
                pool = [
                    r for r in rows if r["set"] in extra and r["covered"] == (fam.kind == "veto")
                ]
                test = flipped(pool, fam, prm, cut)
                print(
                    "    extra sets:", " ".join(f"{r['_label']}:{r['set']}-{r['id']}" for r in test)
                )
    for kind in () if args.no_logistic else ("veto", "rescue"):
        res = logistic_loso(fit_rows, kind, sets)
        lab = res["labels"]
        print(
            f"{kind + ' logistic (9 signals)':44} neg {lab['neg']:3} wrong {lab['wrong']:3} "
            f"right {lab['right']:3} gain {res['gain']:6.1f} folds {res['folds']:2} "
            f"losing {res['losing']:2}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
