"""Round 20 experiment: phrase support of the answering entry, AUC and leave-one-set-out.

Reads eval/phrase_features.py rows. Population: questions the judge routes as
described (or missing) and answers today. For each phrase family (w1 words, w2/w3
windows, cl clauses) and entry (h: the top hit, which answers; d: the best dense
entry) it computes

- ``min``: the weakest phrase's support by the entry (best cosine to its units/vector),
- ``gap``: the weakest phrase's support minus the corpus's best support of that phrase,
- ``rat``: the same as a ratio,
- ``min2``/``gap2``: the mean of the two weakest,

prints each feature's AUC (answered negatives vs right answers, and vs all answerable),
then for the chosen features a leave-one-set-out cut: on 46 sets the cut (alone, or
with the standout margin ``zb``) maximizing negatives refused minus COST times
answerable refused, applied to the 47th.

    python eval/phrase_loso.py scratch/phrase.json [COST] [FEATURE ...] [-v]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

Row = dict[str, Any]
FAMILIES = ("w1", "w2", "w3", "cl", "w23", "w23cl")


def _cols(r: Row, fam: str) -> list[int]:
    f = r["ph_fam"]
    if fam == "w23":
        return f["w2"] + f["w3"]
    if fam == "w23cl":
        return f["w2"] + f["w3"] + f["cl"]
    return list(f[fam])


def features(r: Row) -> None:
    corpus = r["ph_corpus"]
    hit = r["ph_hit_sup"] if r["ph_hit_sup"] is not None else r["ph_top_sup"][0]
    sources = {"h": hit, "d": r["ph_top_sup"][0]}
    for fam in FAMILIES:
        cols = _cols(r, fam)
        for tag, sup in sources.items():
            if not cols:
                for k in ("min", "gap", "rat", "min2", "gap2"):
                    r[f"{tag}_{fam}_{k}"] = 1.0 if k in ("min", "min2", "rat") else 0.0
                continue
            mins = sorted(sup[j] for j in cols)
            gaps = sorted(sup[j] - corpus[j] for j in cols)
            r[f"{tag}_{fam}_min"] = mins[0]
            r[f"{tag}_{fam}_gap"] = gaps[0]
            r[f"{tag}_{fam}_rat"] = min(sup[j] / max(corpus[j], 1e-6) for j in cols)
            r[f"{tag}_{fam}_min2"] = sum(mins[:2]) / len(mins[:2])
            r[f"{tag}_{fam}_gap2"] = sum(gaps[:2]) / len(gaps[:2])
            # phrases the entry is not the corpus's best support for
            r[f"{tag}_{fam}_lost"] = -sum(sup[j] < corpus[j] - 0.02 for j in cols) / len(cols)


def population(rows: list[Row]) -> list[Row]:
    pop = [
        r
        for r in rows
        if r["route"] in ("described", "missing") and r["covered_now"] and "ph_fam" in r
    ]
    for r in pop:
        r["zb"] = r["z"] - r["bar"]
        r["u1"] = max(r["ubest"][0], 0.0) if r["ubest"] else 0.0
        r["neg"] = not r["relevant"]
        r["right"] = bool(r["relevant"]) and bool(r["hits"]) and r["hits"][0] in r["relevant"]
        features(r)
        # the whole question's best unit cosine plus its weakest parts' support
        r["u1_w3"] = r["u1"] + r["h_w3_min2"]
        r["u1_w2"] = r["u1"] + r["h_w2_min2"]
    return pop


def auc(pos: list[float], neg: list[float]) -> float:
    """P(a positive scores above a negative), ties half."""
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def best_cut(
    train: list[Row], f: str, cost: float, f2: str | None, open_cut: float = 9.0
) -> tuple[float, float] | None:
    """The cut on ``f`` (and ``f2``, whose ``open_cut`` flags every row) that refuses the
    most negatives at ``cost`` answerable questions each."""
    x = np.array([r[f] for r in train])
    y = np.array([r[f2] if f2 else 0.0 for r in train])
    neg = np.array([r["neg"] for r in train])
    cuts1 = np.unique(np.round(x, 2))
    cuts2 = np.append(np.unique(np.round(y, 1)), open_cut) if f2 else np.array([open_cut])
    best, where = 0.0, None
    for a in cuts1:
        below = x < a
        for b in cuts2:
            flagged = below & (y < b)
            n = int((flagged & neg).sum())
            score = n - cost * (int(flagged.sum()) - n)
            if score > best:
                best, where = score, (float(a), float(b))
    return where


def loso(
    pop: list[Row], f: str, cost: float, f2: str | None, verbose: bool, open_cut: float = 9.0
) -> None:
    fits: Counter[tuple[float, float] | None] = Counter()
    flagged: list[Row] = []
    for s in sorted({r["set"] for r in pop}):
        cuts = best_cut([r for r in pop if r["set"] != s], f, cost, f2, open_cut)
        fits[cuts] += 1
        if cuts is not None:
            a, b = cuts
            flagged += [r for r in pop if r["set"] == s and r[f] < a and (f2 is None or r[f2] < b)]
    neg = sum(r["neg"] for r in flagged)
    right = sum(r["right"] for r in flagged)
    print(
        f"cost {cost} {f}{'+' + f2 if f2 else ''}: LOSO neg refused {neg}, answerable "
        f"refused {len(flagged) - neg} ({right} answered right before)"
    )
    print("   cuts per fold:", dict(fits.most_common(6)))
    if verbose:
        for r in flagged:
            tag = "NEG" if r["neg"] else ("ANS" if r["right"] else "ans")
            v2 = f" {r[f2]:.2f}" if f2 else ""
            print(f"     {tag} {r['set']}/{r['id']} {r[f]:.3f}{v2} {r['question'][:90]}")


def main() -> int:
    rows: list[Row] = json.loads(Path(sys.argv[1]).read_text())
    args = [a for a in sys.argv[2:] if a != "-v"]
    cost = float(args[0]) if args else 2.0
    pop = population(rows)
    negs = [r for r in pop if r["neg"]]
    rights = [r for r in pop if r["right"]]
    answerable = [r for r in pop if not r["neg"]]
    print(f"population {len(pop)}: {len(negs)} answered negatives, {len(answerable)} answerable")
    print(f"({len(rights)} answered right); sets {len({r['set'] for r in pop})}")
    names = [*sorted(k for k in pop[0] if k[:2] in ("h_", "d_")), "zb", "u1", "u1_w3", "u1_w2"]
    table = [
        (
            auc([r[k] for r in rights], [r[k] for r in negs]),
            auc([r[k] for r in answerable], [r[k] for r in negs]),
            k,
        )
        for k in names
    ]
    for a_right, a_ans, k in sorted(table, reverse=True)[:25]:
        print(f"  AUC {a_right:.3f} (vs all answerable {a_ans:.3f}) {k}")
    for f in args[1:] or [table[0][2] for table in [sorted(table, reverse=True)]]:
        loso(pop, f, cost, None, "-v" in sys.argv)
        loso(pop, f, cost, "zb", "-v" in sys.argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
