"""Round 24 lane S: rules on word-level semantic support, chosen leaving each set out.

Reads eval/word_semantic_features.py rows and a measure.py dump (for which answers were
right), and reuses eval/rare_support_loso.py's machinery (labels, pools, cut search,
leave-one-set-out): a *veto* refuses a described question answered today when a feature of
the answering entry is under a cut (at any standout, or only with the standout under 1
above its bar, or only when a neighbour matches the question's ideas better); a *rescue*
answers a described question refused today when a feature is over a cut and the first
hit holds the closest answer unit and matches the ideas best of the top three.

    python eval/word_semantic_loso.py /work/r24/l24s_wsem.json /work/r24/base24.json \
        [--cost 2] [--only 'mean+unit margin<1.0,rescue lead mean'] [--reader] [--folds]

``--reader`` (round 24 lane S2) counts a veto as a reader does: an answerable question
answered from a wrong entry and refused gains 1 like a refused negative (a wrong answer
with a citation teaches something false; a refusal lists the nearest entries), and only a
right answer refused costs COST. ``--folds`` prints each fold's cut and what it flips.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT))

import rare_support_loso as rl  # noqa: E402
from rare_support_loso import Rule, margin  # noqa: E402

from rag_glossary.everyday import everyday_words  # noqa: E402

Row = dict[str, Any]
NAMES = ("mean", "min", "min2", "win2", "miss50", "miss60", "miss70")


def _hit(r: Row, i: int, name: str) -> float:
    w = r["wsem"]
    if i >= len(w) or w[i] is None:
        return 0.0 if name.startswith("miss") else -1.0
    v = float(w[i][name])
    return -v if name.startswith("miss") else v  # higher is always "better supported"


def _lead(r: Row, name: str) -> float:
    return _hit(r, 0, name) - max((_hit(r, i, name) for i in (1, 2)), default=-1.0)


def _key(r: Row) -> list[bool]:
    """Which question words are key ideas: not everyday English (Zipf < 4), or all."""
    key = [w not in everyday_words() for w in r["wsem_words"]]
    return key if any(key) else [True] * len(key)


def _matches(r: Row, i: int) -> list[float]:
    m = r["wsem_matches"]
    return m[i] if i < len(m) and m[i] is not None else [0.0] * len(r["wsem_words"])


def _key_stat(r: Row, i: int, stat: str) -> float:
    vals = [m for m, k in zip(_matches(r, i), _key(r), strict=True) if k]
    if stat == "mean":
        return sum(vals) / len(vals)
    if stat == "min":
        return min(vals)
    return -sum(v < float(stat) for v in vals) / len(vals)  # share under a cut, negated


def _owned(r: Row) -> float:
    """Share of the question's words the answering entry matches at least as well as the
    next two hits do."""
    m0 = _matches(r, 0)
    others = [_matches(r, i) for i in (1, 2) if i < len(r["wsem_matches"])]
    if not others:
        return 1.0
    return sum(a >= max(o[j] for o in others) for j, a in enumerate(m0)) / len(m0)


def _key_lead(r: Row, stat: str) -> float:
    return _key_stat(r, 0, stat) - max(_key_stat(r, i, stat) for i in (1, 2))


def _under(r: Row, cut: float) -> bool:
    return margin(r) < cut


def features() -> dict[str, Callable[[Row], float]]:
    out: dict[str, Callable[[Row], float]] = {}
    for st in ("mean", "min", "0.6", "0.7"):
        out[f"key {st}"] = partial(_key_stat, i=0, stat=st)
        out[f"key-lead {st}"] = partial(_key_lead, stat=st)
    out["owned"] = _owned
    for n in NAMES:
        out[f"hit {n}"] = partial(_hit, i=0, name=n)
        out[f"lead {n}"] = partial(_lead, name=n)
    out["hit mean+unit"] = lambda r: _hit(r, 0, "mean") + float(r.get("best_unit") or 0.0)
    out["hit min2+unit"] = lambda r: _hit(r, 0, "min2") + float(r.get("best_unit") or 0.0)
    out["rare hit (round 23)"] = lambda r: r["rare_hits"][0]
    out["best unit (round 17)"] = lambda r: float(r.get("best_unit") or 0.0)
    out["weakest window (round 21)"] = lambda r: float(r.get("weakest") or 0.0)
    return out


def rules() -> list[Rule]:
    out: list[Rule] = []

    def owns(r: Row) -> bool:
        return _lead(r, "mean") >= 0

    def rescuable(r: Row) -> bool:
        return bool(r["hits"]) and r.get("unit_best") == r["hits"][0] and owns(r)

    for name, f in features().items():
        out.append(Rule(f"veto {name}", "veto", f, lambda r: True))
        for m in (0.5, 1.0, 1.6):
            out.append(Rule(f"veto {name} margin<{m}", "veto", f, partial(_under, cut=m)))
        out.append(Rule(f"veto {name} not-owner", "veto", f, lambda r: not owns(r)))
        out.append(Rule(f"rescue {name}", "rescue", f, rescuable))
    return out


def reader_score(rows: list[Row], rule: Rule) -> tuple[int, int]:
    """(gained, lost) as a reader counts a veto: a refused negative or wrong-entry answer
    gains, a refused right answer loses; a rescue is counted as rare_support_loso does."""
    if rule.kind != "veto":
        return _plain_score(rows, rule)
    return sum(r["_label"] != "right" for r in rows), sum(r["_label"] == "right" for r in rows)


_plain_score = rl.score


def loso_labels(
    rows: list[Row], rule: Rule, show: bool = False
) -> tuple[Counter[str], Counter[float]]:
    """Leave each set out: the labels of the held-out questions the rule flips at the cut
    chosen on the other sets, and how often each cut was chosen."""
    flips: Counter[str] = Counter()
    cuts: Counter[float] = Counter()
    for held in sorted({r["set"] for r in rows}):
        cut = rl.best_cut([r for r in rows if r["set"] != held], rule)
        if cut is None:
            if show:
                print(f"    fold {held:24} no cut")
            continue
        cuts[round(cut, 3)] += 1
        out = rl.flipped([r for r in rows if r["set"] == held], rule, cut)
        flips.update(r["_label"] for r in out)
        if show:
            said = " ".join(f"{r['_label']}:{r['id']}" for r in out)
            print(f"    fold {held:24} cut {cut:.3f} {said}")
    return flips, cuts


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("features", type=Path)
    p.add_argument("dump", type=Path)
    p.add_argument("--cost", type=float, default=2.0)
    p.add_argument("--only", default="", help="rules whose name holds one of these")
    p.add_argument("--reader", action="store_true", help="a refused wrong-entry answer gains")
    p.add_argument("--folds", action="store_true", help="print each fold's cut and flips")
    args = p.parse_args()
    rl.COST = args.cost
    if args.reader:
        rl.score = reader_score
    rl.features = features  # the AUC report reads this module's features
    rows = [r for r in json.loads(args.features.read_text()) if r.get("wsem")]
    dump = {(d["set"], d["id"]): d for d in json.loads(args.dump.read_text())}
    for r in rows:
        r["_label"] = rl.label(r, dump)
    described = [r for r in rows if r["route"] == "described"]
    kinds: dict[str, int] = {}
    for r in described:
        key = f"{r.get('kind')}/{r['_label']}/{'answered' if r['covered'] else 'refused'}"
        kinds[key] = kinds.get(key, 0) + 1
    print(f"{len(rows)} rows with word features, {len(described)} described: {kinds}")
    rl.auc_report(rows)
    for rule in rules():
        if args.only and not any(o in rule.name for o in args.only.split(",")):
            continue
        pr = rl.pool(rows, rule)
        flips, cuts = loso_labels(pr, rule, args.folds)
        full = rl.best_cut(pr, rule)
        every = full if full is None else round(full, 3)
        print(
            f"{rule.name:40} LOSO neg {flips['neg']:3} right {flips['right']:3} "
            f"wrong {flips['wrong']:3}  folds {sum(cuts.values())}  "
            f"cuts {dict(cuts.most_common(3))}  all-sets {every}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
