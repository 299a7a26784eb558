"""Round 29 lane N: a long description its best hits meet only on the glossary's common words,
chosen leaving each set out (coverage/common_words.py).

Rows: every question answered (``covered``) in a measure.py dump (``--base``) that the
standout judges as described (eval/refusal_features.py's ``route``), with its content-word
keys, the keys the three best hits say and each key's share of the glossary's entries.
A veto refuses when the question has at least K keys, the hits share one or more, and every
shared key is in at least P of the entries. Each fold picks (K, P) on the other sets,
maximising negatives and wrong-entry answers refused - COST x right answers refused; the
pick is applied to the held-out set.

    python eval/common_words_loso.py --base /work/r29/base.json --rows /tmp/cw.json [--cost 3]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT))

Row = dict[str, Any]
KS = tuple(range(6, 13))
PS = tuple(round(0.05 + 0.025 * i, 3) for i in range(11))


def collect(base: Path) -> list[Row]:
    from measure import open_retriever
    from refusal_features import features

    from rag_glossary.coverage.common_words import COMMON_DEPTH, CommonWords, question_keys
    from rag_glossary.evaluation import discover_sets

    answered: dict[str, list[Row]] = defaultdict(list)
    for row in json.loads(base.read_text()):
        if row["covered"]:
            answered[row["set"]].append(row)
    out = []
    for qset in discover_sets(ROOT / "eval"):
        if qset.name not in answered:
            continue
        r = open_retriever(qset, ROOT / "indexes")
        words = CommonWords.of(r.lexical)
        n = len(r.entries)
        for row in answered[qset.name]:
            f = features(r, row["question"])
            if f.get("route") != "described":
                continue
            at = [r._position[h] for h in f["hits"][:COMMON_DEPTH]]
            keys = question_keys(row["question"])
            shared = words.shared(row["question"], at)
            out.append(
                {
                    "set": row["set"],
                    "id": row["id"],
                    "kind": row["kind"],
                    "relevant": row["relevant"],
                    "citations": row["citations"],
                    "question": row["question"],
                    "keys": keys,
                    "shared": {k: len(words.holders(k)) / n for k in shared},
                }
            )
        print(qset.name, len(out), file=sys.stderr, flush=True)
    return out


def label(x: Row) -> str:
    if x["kind"] == "negative":
        return "neg"
    return "right" if x["citations"] and x["citations"][0] in x["relevant"] else "wrong"


def refuses(x: Row, k: int, p: float) -> bool:
    shares = x["shared"].values()
    return len(x["keys"]) >= k and bool(shares) and min(shares) >= p


def gain(rows: list[Row], k: int, p: float, cost: float) -> float:
    c = Counter(label(x) for x in rows if refuses(x, k, p))
    return c["neg"] + c["wrong"] - cost * c["right"]


def pick(rows: list[Row], cost: float) -> tuple[int, float]:
    # ties: the longer question and the higher share (the rule that fires least)
    return max(((k, p) for k in KS for p in PS), key=lambda g: (gain(rows, *g, cost), g))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=Path)
    ap.add_argument("--rows", type=Path, required=True)
    ap.add_argument("--cost", type=float, default=3.0)
    args = ap.parse_args()
    if args.base is not None:
        args.rows.write_text(json.dumps(collect(args.base)))
    rows = json.loads(args.rows.read_text())
    print("rows", dict(Counter(label(x) for x in rows)))
    picks: Counter[tuple[int, float]] = Counter()
    held: Counter[str] = Counter()
    flips = []
    for s in sorted({x["set"] for x in rows}):
        k, p = pick([x for x in rows if x["set"] != s], args.cost)
        picks[(k, p)] += 1
        for x in rows:
            if x["set"] == s and refuses(x, k, p):
                held[label(x)] += 1
                flips.append(f"  {label(x):5s} {x['id']} ({k}, {p})")
    print("folds", picks.most_common())
    print("held out refused", dict(held))
    print("\n".join(flips))
    k, p = pick(rows, args.cost)
    c = Counter(label(x) for x in rows if refuses(x, k, p))
    print("all sets", (k, p), dict(c))
    return 0


if __name__ == "__main__":
    sys.exit(main())
