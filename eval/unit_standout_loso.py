"""Round 23 lane F: a sentence-level (unit) standout to back or replace the whole-entry one.

Reads eval/refusal_features.py rows (``unit_z``: the standout of each entry's best answer
unit cosine, ``unit_best``: the entry it singles out), eval/unit_standout_calib.py bars
and a measure.py dump. Population: the questions the judge routes as *described* (the
whole-entry standout decides). The verdict before round 23 is replayed
(eval/refusal_sim.covered without the unit bar).

For each per-set bar B (a quantile of the unit standout of the corpus's own
pseudo-questions, entry in or left out) the feature is ``unit_z - B``. Three uses, each
with its offset chosen leaving each set out (the fold's offset maximizes gained minus
COST x lost on the other sets, then is applied to the left-out set):

- ``veto``: a question answered today is refused when the feature is under the offset
  (gain: negatives refused; loss: answerable refused);
- ``rescue``: a question refused today is answered when the feature is at or over the
  offset and the unit-best entry is the first hit (gain: answerable answered right; loss:
  negatives answered, answerable answered wrong);
- ``veto-other``: ``veto`` only when the closest unit is another entry's than the first
  hit's (adopted: judgement.CoverageJudge._unit_elsewhere, bar ``def_in_q02``, offset -0.6);
- ``veto+zb``: ``veto`` only when the whole-entry standout's margin is under a second cut;
- ``replace``: the unit standout's margin takes the whole-entry one's place in every rule
  that reads it.

    python eval/unit_standout_loso.py scratch/refusal.json scratch/unit_calib.json DUMP [-v]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from phrase_loso import auc
from refusal_sim import Rule, _bar, covered

Row = dict[str, Any]
COST = 3.0  # the brief's bar: at least 3 negatives per answerable question refused


def bars(calib: dict[str, Any]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for name, c in calib.items():
        b: dict[str, float] = {"zero": 0.0}
        for k in ("def_in", "def_out", "sent_in", "sent_out"):
            for q in (0.02, 0.05, 0.1, 0.5, 0.9):
                b[f"{k}_q{int(q * 100):02d}"] = float(np.quantile(c[k], q))
        out[name] = b
    return out


def population(rows: list[Row], dump: dict[tuple[str, str], Row]) -> list[Row]:
    pop = [r for r in rows if r["route"] == "described" and "unit_z" in r]
    for r in pop:
        d = dump[(r["set"], r["id"])]
        r["neg"] = not r["relevant"]
        r["now"] = covered({**r, "unit_bar": None})  # the verdict before round 23's rule
        r["right"] = bool(d["covered"] and d["metrics"].get("answer_hit") == 1.0)
        first = r["hits"][0] if r["hits"] else ""
        r["first_rel"] = first in r["relevant"]
        r["unit_first"] = r["unit_best"] == first
        r["zb"] = float(r["z"]) - _bar(r, Rule())  # the whole-entry standout's margin
    return pop


GRID = np.round(np.arange(-4.0, 9.0, 0.1), 1)
GRID2 = np.append(np.round(np.arange(-1.0, 4.01, 0.2), 1), 99.0)  # 99: no cut on ``zb``


def verdicts(pop: list[Row], x: np.ndarray) -> dict[str, tuple[np.ndarray, list[Any]]]:
    """Per use, the verdict of every row (rows) under every cut (columns), and the cuts."""
    now = np.array([r["now"] for r in pop])[:, None]
    first = np.array([r["unit_first"] for r in pop])[:, None]
    y = np.array([r["zb"] for r in pop])
    over = x[:, None] >= GRID[None, :]
    pairs = [(a, b) for a in GRID for b in GRID2]
    low = np.stack([(x < a) & (y < b) for a, b in pairs], axis=1)
    replaced = np.array(
        [
            [covered({**r, "unit_bar": None, "z": float(x[i]) - a + _bar(r, Rule())}) for a in GRID]
            for i, r in enumerate(pop)
        ]
    )
    return {
        "veto": (now & over, list(GRID)),
        "veto-other": (now & (over | first), list(GRID)),
        "veto+zb": (now & ~low, pairs),
        "rescue": (now | (over & first), list(GRID)),
        "replace": (replaced, list(GRID)),
    }


def tallies(pop: list[Row], after: np.ndarray) -> dict[str, np.ndarray]:
    """Flip counts per cut (columns) over ``pop``'s rows of ``after``."""
    now = np.array([r["now"] for r in pop])[:, None]
    neg = np.array([r["neg"] for r in pop])[:, None]
    right = np.array([r["right"] for r in pop])[:, None]
    rel = np.array([r["first_rel"] for r in pop])[:, None]
    gained, lost = after & ~now, ~after & now
    return {
        "neg-": (lost & neg).sum(0),
        "neg+": (gained & neg).sum(0),
        "ans- right": (lost & ~neg & right).sum(0),
        "ans- wrong": (lost & ~neg & ~right).sum(0),
        "ans+ right": (gained & ~neg & rel).sum(0),
        "ans+ wrong": (gained & ~neg & ~rel).sum(0),
    }


def score(t: dict[str, np.ndarray]) -> np.ndarray:
    gain = t["neg-"] + t["ans+ right"]
    loss = t["ans- right"] + t["ans- wrong"] + t["neg+"] + t["ans+ wrong"]
    return gain - COST * loss


def loso(pop: list[Row], after: np.ndarray, cuts: list[Any], verbose: bool) -> str:
    sets = np.array([r["set"] for r in pop])
    total: Counter[str] = Counter()
    fits: Counter[Any] = Counter()
    for s in sorted(set(sets.tolist())):
        train = sets != s
        sc = score(tallies([r for r, t in zip(pop, train, strict=False) if t], after[train]))
        k = int(np.argmax(sc))
        if sc[k] <= 0:
            fits[None] += 1
            continue
        fits[cuts[k]] += 1
        test = ~train
        rows = [r for r, t in zip(pop, test, strict=False) if t]
        col = after[test][:, k : k + 1]
        total += Counter({n: int(v[0]) for n, v in tallies(rows, col).items() if v[0]})
        if verbose:
            for r, a in zip(rows, col[:, 0], strict=False):
                if a != r["now"]:
                    tag = "NEG" if r["neg"] else ("ansR" if r["right"] else "ans")
                    print(f"      {tag} {r['id']} {r['question'][:80]}")
    return f"{dict(sorted(total.items()))} cuts {dict(fits.most_common(4))}"


def main() -> int:
    rows = json.loads(Path(sys.argv[1]).read_text())
    set_bars = bars(json.loads(Path(sys.argv[2]).read_text()))
    dump = {(d["set"], d["id"]): d for d in json.loads(Path(sys.argv[3]).read_text())}
    verbose = "-v" in sys.argv
    pop = [r for r in population(rows, dump) if r["set"] in set_bars]
    answered = [r for r in pop if r["now"]]
    refused = [r for r in pop if not r["now"]]
    n_neg, n_right = sum(r["neg"] for r in answered), sum(r["right"] for r in answered)
    print(
        f"described {len(pop)}: answered {len(answered)} ({n_neg} negatives, {n_right} right);"
        f" refused {len(refused)} ({sum(r['neg'] for r in refused)} negatives, "
        f"{sum(r['first_rel'] for r in refused if not r['neg'])} with a relevant first hit)"
    )
    names = sorted(next(iter(set_bars.values())))
    for name in names:

        def feat(r: Row, name: str = name) -> float:
            return float(r["unit_z"]) - set_bars[r["set"]][name]

        a_ans = auc(
            [feat(r) for r in answered if r["right"]], [feat(r) for r in answered if r["neg"]]
        )
        a_ref = auc(
            [feat(r) for r in refused if r["first_rel"]], [feat(r) for r in refused if r["neg"]]
        )
        print(f"{name:14} AUC answered right/neg {a_ans:.3f}  refused rel-first/neg {a_ref:.3f}")
        x = np.array([feat(r) for r in pop])
        for label, (after, cuts) in verdicts(pop, x).items():
            print(f"    {label:8}", loso(pop, after, cuts, verbose))
    whole = auc([r["z"] for r in answered if r["right"]], [r["z"] for r in answered if r["neg"]])
    print(f"whole-entry z AUC answered right/neg {whole:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
