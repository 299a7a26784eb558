"""Round 17 experiment: a word-placement veto stacked on today's verdict, leave-one-set-out.

Reads eval/described_features.py rows. Among described questions judged covered today,
flags those whose answering entry says few of their content words in one unit (``F1``
under a cut) and whose second feature (``F2``: u1 best unit cosine, zb standout margin)
is under a cut; both cuts are chosen on 40 sets to maximize negatives refused minus
``COST`` times answerable refused, and applied to the 41st.

    python eval/described_loso.py scratch/desc.json COST F2 F1 [-v]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

Row = dict[str, Any]


def population(rows: list[Row]) -> list[Row]:
    pop = [
        r
        for r in rows
        if r["route"] in ("described", "missing") and r["covered_now"] and "h_one" in r
    ]
    for r in pop:
        r["u1"] = max(r["ubest"][0], 0.0) if r["ubest"] else 0.0
        r["zb"] = r["z"] - r["bar"]
    return pop


def best_cuts(train: list[Row], f1: str, f2: str, cost: float) -> tuple[float, float] | None:
    cuts1 = sorted({round(r[f1], 3) for r in train if r[f1] <= 0.6})
    cuts2 = sorted({round(r[f2], 2) for r in train})
    best, where = 0.0, None
    for a in cuts1:
        for b in cuts2:
            flagged = [r for r in train if r[f1] < a and r[f2] < b]
            neg = sum(not r["relevant"] for r in flagged)
            score = neg - cost * (len(flagged) - neg)
            if score > best:
                best, where = score, (a, b)
    return where


def main() -> int:
    rows: list[Row] = json.loads(Path(sys.argv[1]).read_text())
    cost, f2, f1 = float(sys.argv[2]), sys.argv[3], sys.argv[4]
    pop = population(rows)
    fits: Counter[tuple[float, float] | None] = Counter()
    flagged: list[Row] = []
    for s in sorted({r["set"] for r in pop}):
        cuts = best_cuts([r for r in pop if r["set"] != s], f1, f2, cost)
        fits[cuts] += 1
        if cuts is not None:
            a, b = cuts
            flagged += [r for r in pop if r["set"] == s and r[f1] < a and r[f2] < b]
    neg = sum(not r["relevant"] for r in flagged)
    print(f"cost {cost} {f1}+{f2}: LOSO neg refused {neg} ans refused {len(flagged) - neg}")
    print("  cuts per fold:", dict(fits))
    if "-v" in sys.argv:
        for r in flagged:
            tag = "ANS" if r["relevant"] else "NEG"
            print(f"    {tag} {r['id']} {r[f1]:.2f} {r[f2]:.2f} {r['question'][:80]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
