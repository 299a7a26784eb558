"""Round 22 experiment: aspect support of the ANSWERING entry, against a corpus bar.

Reads eval/aspect_features.py rows and a measure dump (which entry answers: the first
citation; whether the question was answered). Population: questions the standout decides
that the measured code answers. Features of the answering entry E (``sup``: best cosine
of a phrase to E's units or whole-entry vector):

- ``w3min2``: mean support of the 2 weakest 3-word windows (round 21's rule, judged on E),
- ``asp``: support of E's aspect (the question's content words that are not words of E's
  name) as one phrase; ``aspw``: the weakest aspect word,
- ``*_n``: the same normalized by the corpus bar: (x - other) / (self - other), where
  ``other`` / ``self`` are the medians of the support that a body window of an entry
  gets from the best entry of another title / from its own entry (a per-index scale:
  glossaries of short definitions give every phrase less support),
- ``zb``: the standout's margin over its bar.

Each feature is cut leaving each design set out (the cut maximizing negatives refused
minus COST x answerable refused on the other sets); ``--blind`` then applies the cut
fitted on all design sets, once, to the blind sets.

    python eval/aspect_loso.py scratch/aspect.json /work/base22.json [--cost 2] [--blind F]

Measured in round 22 (main 4e11169's answers, /work/base22.json; cost 2). Population on
the 50 design sets: 706 questions the standout decides that are answered or refused by
round 21's rule, 201 of them negatives. The answering entry (first citation) is not the
first hit for 77 of them (23 negatives): round 21's rule does judge another entry than the
one that answers. Round 21's rule (u1 + weakest windows of the first hit < 0.46, margin
< 1.6) refuses 51 negatives and 7 answerable questions (3 right); the same pair on the
answering entry 53 and 8 (2 negatives and 1 answerable more). Refitted, leaving each set
out, as a replacement of the rule:

| feature (on the answering entry) | negatives refused | answerable refused |
|---|---:|---:|
| u1_w3 (round 21's, refitted) | 54 | 15 (8 right) |
| u1_w3_n (cut moved by the corpus bar) | 48 | 12 (6 right) |
| w3min2 (windows alone) | 54 | 27 |
| asp (the aspect as one phrase) | 24 | 19 |
| u1_asp_n | 36 | 35 |

AUC (answered negatives vs answerable, design): u1_w3 0.854, u1_w3_n 0.851, asp 0.775,
w3gap2 0.714 (gap to the corpus's best support), asp_gap 0.684, zb 0.709. The aspect (the
words that are not the answering entry's name) is almost the whole question for described
questions, which seldom repeat a title word, so it adds nothing over the windows.

The corpus bar (median support a body window gets from the best entry of another title)
is 0.37-0.61 on the design sets and 0.60 (net), 0.65 (phylo), 0.53 (docker) on round 21's
blind sets: glossaries of short one-sentence definitions under everyday words support any
phrase from a neighbour, which is why a fixed cosine cut does not transfer to them.

Pseudo-blind check, run once, of the pre-chosen u1_w3_n with the pair fitted on all 50
design sets (cut 0.403, margin 2.0), with u1_w3 (0.463, 2.0) as the control; blind
questions the standout decides that today's code answers or refuses by round 21's rule
(net 15, 8 negatives; phylo 13, 8; docker 11, 5):

| blind set | round 21 rule | u1_w3_n | u1_w3 (control) |
|---|---|---|---|
| net | 1 neg / 1 ans (a wrong answer) | 2 neg (1 new) / 1 ans (0 new) | 2 neg (1 new) / 1 ans |
| phylo | 1 neg / 0 | 2 neg (1 new) / 0 | 1 neg / 0 |
| docker | 0 / 0 | 0 / 0 | 0 / 0 |

It catches 2 more of the 21 blind negatives with no answerable question newly refused, but
on the design sets it refuses 9 of round 21's 51 negatives no more and 3 answerable
questions more (in sample: 50 negatives, 10 answerable), and the judge would need the
composer's entry and a corpus bar encoded at load (~500 windows). Not merged.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np

Row = dict[str, Any]
BLIND = ("net-glossary", "phylo-glossary", "docker-glossary")
STEM = 5


def _bar(bar: Row) -> tuple[float, float]:
    if not bar.get("self"):
        return 0.6, 0.45
    return float(np.median(bar["self"])), float(np.median(bar["other"]))


def _round21_fires(r: Row) -> bool:
    """coverage/phrase_support.py's rule on the first hit (u1 + weakest 2 windows < 0.46,
    standout margin < 1.6)."""
    if not r["hits"] or r["hits"][0] not in r["as_sup"]:
        return False
    sup, col = r["as_sup"][r["hits"][0]], {t: j for j, t in enumerate(r["as_texts"])}
    w3 = sorted(sup[col[t]] for t in r["as_fam"]["w3"])
    u1 = max(r["ubest"][0], 0.0) if r["ubest"] else 0.0
    return u1 + float(np.mean(w3[:2])) < 0.46 and r["z"] - r["bar"] < 1.6


def features(r: Row, dump: Row, bar: Row) -> Row | None:
    cites = dump["citations"] or r["hits"][:1]
    eid = next((c for c in cites if c in r["as_sup"]), None)
    if eid is None:
        return None
    texts, sup = r["as_texts"], r["as_sup"][eid]
    col = {t: j for j, t in enumerate(texts)}
    w3 = sorted(sup[col[t]] for t in r["as_fam"]["w3"])
    aspect = r["as_aspect"].get(eid, [])
    asp = sup[col[" ".join(aspect)]] if aspect else 1.0
    aspw = min((sup[col[w]] for w in aspect), default=1.0)
    corpus = r["as_corpus"]
    gaps = sorted(sup[col[t]] - corpus[col[t]] for t in r["as_fam"]["w3"])
    asp_gap = sup[col[" ".join(aspect)]] - corpus[col[" ".join(aspect)]] if aspect else 0.0
    own, other = _bar(bar)
    scale = max(own - other, 0.05)
    f = {
        "w3min2": float(np.mean(w3[:2])),
        "asp": asp,
        "aspw": aspw,
        "zb": r["z"] - r["bar"],
        "w3gap2": float(np.mean(gaps[:2])),
        "asp_gap": asp_gap,
        "first_hit": r["hits"][0] == eid if r["hits"] else True,
        "u1": max(r["ubest"][0], 0.0) if r["ubest"] else 0.0,
    }
    for k in ("w3min2", "asp"):
        f[f"{k}_n"] = (f[k] - other) / scale
    f["u1_w3"] = f["u1"] + f["w3min2"]
    f["u1_w3_n"] = f["u1"] + f["w3min2"] - other + 0.45
    f["u1_asp_n"] = f["u1"] + f["asp"] - other + 0.45
    return f


def population(rows: list[Row], dump: dict[tuple[str, str], Row], bars: Row) -> list[Row]:
    out = []
    for r in rows:
        d = dump.get((r["set"], r["id"]))
        if "as_texts" not in r or d is None:
            continue
        if not d["covered"]:  # refused by round 21's rule (its inputs), else not judged here
            if not (r["pre_covered"] and _round21_fires(r)):
                continue
            d = {**d, "citations": r["hits"][:1]}
        f = features(r, d, bars.get(r["set"], {}))
        if f is None:
            continue
        f["now"] = bool(dump[(r["set"], r["id"])]["covered"])
        f.update(set=r["set"], id=r["id"], question=r["question"], neg=not r["relevant"])
        f["route"] = r["route"]
        f["right"] = (
            bool(r["relevant"]) and bool(d["citations"]) and (d["citations"][0] in r["relevant"])
        )
        out.append(f)
    return out


def auc(pop: list[Row], key: str) -> float:
    neg = [p[key] for p in pop if p["neg"]]
    ans = [p[key] for p in pop if not p["neg"]]
    if not neg or not ans:
        return float("nan")
    wins = sum((a > n) + 0.5 * (a == n) for a in ans for n in neg)
    return wins / (len(ans) * len(neg))


def best_cut(pop: list[Row], key: str, cost: float) -> float:
    values = sorted({p[key] for p in pop})
    best, at = 0.0, -1e9
    for v in values:
        cut = v + 1e-6
        gain = sum(p["neg"] for p in pop if p[key] < cut)
        loss = sum(not p["neg"] for p in pop if p[key] < cut)
        if gain - cost * loss > best:
            best, at = gain - cost * loss, cut
    return at


def loso(pop: list[Row], key: str, cost: float) -> tuple[int, int, int, int]:
    """Negatives refused, answerable refused (right ones among them), folds with a cut."""
    neg = ans = right = folds = 0
    for s in sorted({p["set"] for p in pop}):
        cut = best_cut([p for p in pop if p["set"] != s], key, cost)
        folds += cut > -1e9
        for p in pop:
            if p["set"] == s and p[key] < cut:
                neg += p["neg"]
                ans += not p["neg"]
                right += p["right"]
    return neg, ans, right, folds


MARGINS = (0.8, 1.2, 1.6, 2.0, 2.5, 99.0)


def fit2(pop: list[Row], key: str, cost: float) -> tuple[float, float]:
    """The (cut, margin) maximizing negatives refused - cost x answerable refused."""
    values = np.quantile([p[key] for p in pop], np.linspace(0.0, 0.6, 121))
    best, at = 0.0, (-1e9, 0.0)
    for m in MARGINS:
        sub = [p for p in pop if p["zb"] < m]
        for v in values:
            gain = sum(p["neg"] for p in sub if p[key] < v)
            loss = sum(not p["neg"] for p in sub if p[key] < v)
            if gain - cost * loss > best:
                best, at = gain - cost * loss, (float(v), m)
    return at


def refused(pop: list[Row], key: str, rule: tuple[float, float]) -> list[Row]:
    return [p for p in pop if p[key] < rule[0] and p["zb"] < rule[1]]


def tally(hit: list[Row]) -> str:
    neg = sum(p["neg"] for p in hit)
    ans = [p for p in hit if not p["neg"]]
    new_neg = sum(p["neg"] and p["now"] for p in hit)
    new_ans = sum((not p["neg"]) and p["now"] for p in hit)
    kept = sum(p["neg"] and not p["now"] for p in hit)
    return (
        f"{neg} neg ({new_neg} new, {kept} kept) / {len(ans)} ans "
        f"({sum(p['right'] for p in ans)} right, {new_ans} new)"
    )


def loso2(pop: list[Row], key: str, cost: float) -> str:
    hit = []
    for s in sorted({p["set"] for p in pop}):
        rule = fit2([p for p in pop if p["set"] != s], key, cost)
        hit += refused([p for p in pop if p["set"] == s], key, rule)
    return tally(hit)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("features", type=Path)
    ap.add_argument("dump", type=Path)
    ap.add_argument("--cost", type=float, default=2.0)
    ap.add_argument("--blind", default="", help="the one feature to check on the blind sets")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--described", action="store_true", help="the described route only")
    args = ap.parse_args()
    data = json.loads(args.features.read_text())
    dump = {(d["set"], d["id"]): d for d in json.loads(args.dump.read_text())}
    pop = population(data["rows"], dump, data["bars"])
    if args.described:
        pop = [p for p in pop if p["route"] == "described"]
    design = [p for p in pop if p["set"] not in BLIND]
    n_neg = sum(p["neg"] for p in design)
    off = sum(not p["first_hit"] for p in design)
    print(
        f"design: {len(design)} answered ({n_neg} negatives); answering entry != first hit: {off}"
    )
    keys = (
        "w3gap2",
        "asp_gap",
        "w3min2",
        "w3min2_n",
        "asp",
        "asp_n",
        "aspw",
        "u1_w3",
        "u1_w3_n",
        "zb",
    )
    for k in keys:
        neg, ans, right, folds = loso(design, k, args.cost)
        cut = best_cut(design, k, args.cost)
        print(
            f"{k:10} AUC {auc(design, k):.3f}  loso: {neg} neg / {ans} ans ({right} right), "
            f"{folds} folds; all-design cut {cut:.3f}"
        )
    now = [p for p in design if not p["now"]]
    print(f"round 21 rule on this population: {tally(now)}")
    for k in ("u1_w3", "u1_w3_n", "w3min2", "w3min2_n", "asp", "asp_n", "u1_asp_n"):
        print(
            f"{k:10} pair loso: {loso2(design, k, args.cost)}; all-design "
            f"{fit2(design, k, args.cost)}"
        )
    for k in filter(None, args.blind.split(",")):
        rule = fit2(design, k, args.cost)
        print(f"BLIND check of {k} {rule}")
        blind = [p for p in pop if p["set"] in BLIND]
        for s in BLIND:
            sp = [
                p
                for p in blind
                if p["set"] == s and (p["route"] == "described" or not args.described)
            ]
            print(f"  round 21 rule: {tally([p for p in sp if not p['now']])}")
            hit = refused(sp, k, rule)
            print(f"BLIND {s}: {len(sp)} judged ({sum(p['neg'] for p in sp)} neg); {tally(hit)}")
            for p in hit if args.v else ():
                print(f"   {'NEG' if p['neg'] else 'ANS'} {p[k]:.3f} {p['question']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
