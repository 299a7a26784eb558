"""Round 23 post-fix lane P: rules on rare-word support, chosen leaving each set out.

Reads eval/rare_support_features.py rows (described questions the standout judges) and a
measure.py dump. Two kinds of rule stacked on today's verdict:

- a *veto* on a described question answered today: refuse when a feature is under a cut
  (optionally only when the standout margin is under 1, or when another top-5 entry
  supports more of the rare words);
- a *rescue* of a described question refused today: answer when the first hit holds the
  closest answer unit, supports the most rare words among the top 5 and a feature is over
  a cut.

For each rule the cut is chosen on the other sets (58 folds of 59) as the one with the
best ``gained - COST x lost`` (veto: negatives refused less 3 x answerable refused;
rescue: answerable answered right less 3 x negatives answered), no cut when none gains,
and applied to the held-out set. The brief's bar: at least 3 right-direction changes per
wrong one, and at least 5 right-direction changes in all.

    python eval/rare_support_loso.py /work/r23/p23p_rare.json /work/r23/post23.json [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT))

from refusal_sim import covered  # noqa: E402

Row = dict[str, Any]
COST = 3.0
# what a rescue costs: a negative answered (the brief's count); with --strict also an
# answerable question answered from a wrong entry
BAD_RESCUE = {"neg"}


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str  # "veto" or "rescue"
    feature: Callable[[Row], float]
    eligible: Callable[[Row], bool]


def margin(row: Row) -> float:
    return float(row["z"] - row["cal"][0])


def top_rare(row: Row) -> bool:
    rh = row.get("rare_hits") or [0.0]
    return bool(rh[0] >= max(rh))


def features() -> dict[str, Callable[[Row], float]]:
    return {
        "hit": lambda r: r["rare_hits"][0],
        "unit": lambda r: r.get("rare_unit", 0.0),
        "hit-lead": lambda r: r["rare_hits"][0] - max(r["rare_hits"][1:] or [0.0]),
        "hit-vs-any": lambda r: r["rare_hits"][0] - r["rare_any"],
        "unit-vs-best-unit": lambda r: r.get("rare_unit", 0.0) - r.get("rare_unit_best", 0.0),
        "any": lambda r: r["rare_any"],
    }


def rules() -> list[Rule]:
    out: list[Rule] = []

    def rescuable(r: Row) -> bool:
        return bool(r["hits"]) and r.get("unit_best") == r["hits"][0] and top_rare(r)

    for name, f in features().items():
        out.append(Rule(f"veto {name}", "veto", f, lambda r: True))
        out.append(Rule(f"veto {name} margin<1", "veto", f, lambda r: margin(r) < 1.0))
        out.append(Rule(f"veto {name} not-top", "veto", f, lambda r: not top_rare(r)))
        out.append(Rule(f"rescue {name}", "rescue", f, rescuable))
        out.append(
            Rule(f"rescue {name} margin>-1", "rescue", f, lambda r: rescuable(r) and margin(r) > -1)
        )
    return out


def label(row: Row, dump: dict[tuple[str, str], Row]) -> str:
    if not row["relevant"]:
        return "neg"
    d = dump.get((row["set"], row["id"]), {})
    right = bool(d.get("metrics", {}).get("answer_hit")) or (
        bool(row["hits"]) and row["hits"][0] in row["relevant"]
    )
    return "right" if right else "wrong"


def pool(rows: list[Row], rule: Rule) -> list[Row]:
    want = rule.kind == "veto"
    return [
        r
        for r in rows
        if r["route"] == "described"
        and "rare_hits" in r
        and r["covered"] == want
        and not r["other_name"]
        and rule.eligible(r)
    ]


def flipped(rows: list[Row], rule: Rule, cut: float) -> list[Row]:
    f = rule.feature
    return [r for r in rows if (f(r) < cut if rule.kind == "veto" else f(r) > cut)]


def score(rows: list[Row], rule: Rule) -> tuple[int, int]:
    """(right-direction, wrong-direction) changes of ``rows`` flipped."""
    good = sum(
        (r["_label"] == "neg") if rule.kind == "veto" else (r["_label"] == "right") for r in rows
    )
    bad = sum(
        (r["_label"] != "neg") if rule.kind == "veto" else (r["_label"] in BAD_RESCUE) for r in rows
    )
    return good, bad


def best_cut(rows: list[Row], rule: Rule) -> float | None:
    values = sorted({rule.feature(r) for r in rows})
    cuts = [v + 1e-9 for v in values] if rule.kind == "veto" else [v - 1e-9 for v in values]
    best, chosen = 0.0, None
    for c in cuts:
        good, bad = score(flipped(rows, rule, c), rule)
        gain = good - COST * bad
        if gain > best:
            best, chosen = gain, c
    return chosen


def loso(rows: list[Row], rule: Rule, verbose: bool) -> tuple[int, int, int]:
    sets = sorted({r["set"] for r in rows})
    good = bad = folds = 0
    for held in sets:
        train = [r for r in rows if r["set"] != held]
        cut = best_cut(train, rule)
        if cut is None:
            continue
        folds += 1
        test = flipped([r for r in rows if r["set"] == held], rule, cut)
        g, b = score(test, rule)
        good, bad = good + g, bad + b
        for r in test:
            if verbose:
                print(
                    f"    {rule.name} {cut:.3f} {r['_label']:5} {r['id']:24} {r['question'][:70]}"
                )
    return good, bad, folds


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("features", type=Path)
    p.add_argument("dump", type=Path)
    p.add_argument("-v", "--verbose", action="store_true")
    p.add_argument("--strict", action="store_true", help="a rescue to a wrong entry costs too")
    args = p.parse_args()
    if args.strict:
        BAD_RESCUE.add("wrong")
    rows = json.loads(args.features.read_text())
    dump = {(d["set"], d["id"]): d for d in json.loads(args.dump.read_text())}
    wrong = [r["id"] for r in rows if covered(r) != r["covered"]]
    print(f"{len(rows)} standout-judged rows; replay differs on {len(wrong)}: {wrong[:10]}")
    for r in rows:
        r["_label"] = label(r, dump)
    auc_report(rows)
    for rule in rules():
        pr = pool(rows, rule)
        good, bad, folds = loso(pr, rule, args.verbose)
        full = best_cut(pr, rule)
        ok = good >= 5 and good >= 3 * bad
        print(
            f"{rule.name:34} pool {len(pr):4}  LOSO good {good:3} bad {bad:3} "
            f"folds {folds:2}  all-sets cut {full if full is None else round(full, 3)}"
            f"{'  meets the bar (negatives only)' if ok else ''}"
        )
    return 0


def auc(pos: list[float], neg: list[float]) -> float:
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def auc_report(rows: list[Row]) -> None:
    """AUC of each feature, right answers over negatives, among answered / refused rows."""
    for state in (True, False):
        sub = [
            r
            for r in rows
            if r["route"] == "described" and "rare_hits" in r and r["covered"] == state
        ]
        right = [r for r in sub if r["_label"] == "right"]
        neg = [r for r in sub if r["_label"] == "neg"]
        tag = "answered" if state else "refused"
        print(f"{tag}: {len(right)} right, {len(neg)} negatives")
        for name, f in features().items():
            print(f"  AUC {name:20} {auc([f(r) for r in right], [f(r) for r in neg]):.3f}")


if __name__ == "__main__":
    sys.exit(main())
