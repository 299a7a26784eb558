"""Round 27 lane N experiment: a described question answered although it names rare words
that no entry of the glossary uses, chosen leaving each set out.

A veto over the rows of eval/described_r27_features.py (answered descriptions only):
refuse when the question has at least K rare (non-everyday) words whose 4-letter stem no
entry's text holds (``foreign``), the standout is under M above its bar and the
best dense entry's closest answer unit is under U. Each fold picks (K, M, U) on the other
sets, maximising negatives refused - COST x right answers refused, with at least COST
negatives per right answer; the pick is applied to the held-out set.

    python eval/foreign_words_loso.py /tmp/r27n.json [--cost 3]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

Row = dict[str, Any]
INF = float("inf")
FIELD = "foreign"  # coverage/foreign_words.py's count (round 27); "rare_absent_corpus" before
KS = (1, 2, 3)
MS = (0.5, 1.0, 1.5, 2.0, INF)
US = (0.45, 0.5, 0.55, 0.6, INF)


def label(x: Row) -> str:
    if x["kind"] == "negative":
        return "neg"
    return "right" if x["hits"] and x["hits"][0] in x["relevant"] else "wrong"


def refuses(x: Row, k: int, m: float, u: float) -> bool:
    return x[FIELD] >= k and x["z"] - x["bar"] < m and x["ubest"][0] < u


def pick(rows: list[Row], cost: float) -> tuple[int, float, float] | None:
    best, chosen = 0.0, None
    for k, m, u in itertools.product(KS, MS, US):
        c = Counter(label(x) for x in rows if refuses(x, k, m, u))
        gain = c["neg"] - cost * c["right"]
        if gain > best:
            best, chosen = gain, (k, m, u)
    return chosen


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("rows", type=Path)
    ap.add_argument("--cost", type=float, default=3.0)
    args = ap.parse_args()
    rows = [
        r
        for r in json.loads(args.rows.read_text())
        if r.get("route") in ("described", "none") and r["covered_now"]
    ]
    sets = sorted({r["set"] for r in rows})
    total: Counter[str] = Counter()
    picks: Counter[Any] = Counter()
    for held in sets:
        chosen = pick([r for r in rows if r["set"] != held], args.cost)
        picks[chosen] += 1
        if chosen is None:
            continue
        for r in rows:
            if r["set"] == held and refuses(r, *chosen):
                total[label(r)] += 1
                print(held, r["id"], label(r), r["question"][:80])
    print("picks:", dict(picks))
    print("held out, refused:", dict(total))
    print("all sets, pick:", pick(rows, args.cost))
    return 0


if __name__ == "__main__":
    sys.exit(main())
