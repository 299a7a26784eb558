"""Round 28 lane L: the ownership rescue, chosen leaving each set out.

Reads eval/ownership_features.py's rows (questions refused on main whose retriever has a
first hit) and keeps the described ones (``route`` described, not asking another thing's
name): the rescue answers one when its first hit owns at least K of its content words and
word pairs (``owned_lib``) and holds the closest answer unit of any entry (``unit_first``).
For each set left out, K (1-4, or no rescue) is the one that gains most on the other sets
at ``--cost`` right answers per negative or wrong-entry answer; the held-out set is then
counted at that K. Also prints the pool at each K, with and without the unit condition.

    python eval/ownership_loso.py /work/r28/lane28l_own.json [--cost 3]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

_NONE = 99  # no rescue


def pool(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        j = r.get("judged") or {}
        if j.get("route") == "described" and not j.get("other_name"):
            out.append(r)
    return out


def rescued(rows: list[dict[str, Any]], k: int, unit: bool = True) -> Counter[str]:
    return Counter(
        r["group"] for r in rows if len(r["owned_lib"]) >= k and (r["unit_first"] or not unit)
    )


def gain(c: Counter[str], cost: float) -> float:
    return c["right"] - cost * (c["neg"] + c["wrong"])


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("rows", type=Path)
    p.add_argument("--cost", type=float, default=3.0)
    args = p.parse_args()
    rows = pool(json.loads(args.rows.read_text()))
    print("pool", dict(Counter(r["group"] for r in rows)))
    for unit in (False, True):
        for k in (1, 2, 3, 4):
            print(f"K={k} unit_first={unit}", dict(rescued(rows, k, unit)))
    held: Counter[str] = Counter()
    picks: Counter[int] = Counter()
    for s in sorted({r["set"] for r in rows}):
        train = [r for r in rows if r["set"] != s]
        k = max((1, 2, 3, 4, _NONE), key=lambda k: (gain(rescued(train, k), args.cost), k))
        picks[k] += 1
        got = rescued([r for r in rows if r["set"] == s], k)
        held += got
        for r in (
            r for r in rows if r["set"] == s and len(r["owned_lib"]) >= k and r["unit_first"]
        ):
            print(f"  held out {r['id']} ({r['group']}): {r['owned_lib']}")
    print("K picked per fold", dict(picks), "held out:", dict(held))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
