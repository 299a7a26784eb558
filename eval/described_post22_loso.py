"""Round 22 post-fix experiment: tell a neighbour's answer from the described entry's.

Reads eval/described_post22_features.py rows and a measure.py dump of the same code
(which answers were right). Population: the questions the judge routes as described
(or missing) and answers today, i.e. after round 21's phrase rule; a negative among
them was answered from a neighbour, an answerable one was answered right or wrong.
For each candidate feature it prints the AUC of answered negatives against right
answers, then stacks a cut on today's verdict leaving each set out: on 55 sets the
cut (alone, or with the standout margin ``zb`` under a second cut) maximizing
negatives refused minus COST times answerable refused, applied to the 56th.

Candidates (w1: content words alone, w2 / w3: sliding windows of 2 / 3 of them):

- ``own_wN``: the share of windows whose best support in the whole corpus is the
  answering entry's (within 0.02): a neighbour says a part, other entries the rest;
- ``lead_wN`` / ``lead2_wN``: the mean (of all / of the 2 weakest) window support by
  the top hit minus the best other top-5 dense entry's support of that window;
- ``gap2_wN``: the 2 weakest windows' support minus the corpus's best (round 20's);
- ``wslead``: the top hit's share of the question's content words minus the best
  other top-5 entry's; ``ws``: the share itself;
- ``head_first`` / ``head_text``: whether the top hit's first sentence / text has the
  key term's last word (round 9's genus noun, here from the lookup's key term);
- ``u1lead``: best unit cosine of the best dense entry minus that of the second;
- for the questions that open with a noun phrase (``the long coiled tube ...``; the
  head noun the question describes), ``np_hit`` its support by the top hit, ``np_gap``
  that minus the corpus's best support, ``np_lead`` minus the best other top-5 entry's,
  and ``np_rank`` minus the number of entries that support it better.

    python eval/described_post22_loso.py ROWS.json DUMP.json [COST] [FEATURE[+F2] ...] [-v]

(F2 defaults to ``zb``; its cuts are its values rounded to 0.1.)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from phrase_loso import auc, loso  # the same cut search and folds as round 21

Row = dict[str, Any]
FAMILIES = ("w1", "w2", "w3")
NEAR = 0.02
OPEN_CUT = 99.0  # no cut on the second feature: above every value it takes here


def window_features(r: Row) -> None:
    hit = r["ph_hit_sup"] if r["ph_hit_sup"] is not None else r["ph_top_sup"][0]
    corpus = r["ph_corpus"]
    others = [sup for i, sup in zip(r["ph_top"], r["ph_top_sup"], strict=True) if i != r["ph_hit"]]
    for fam in FAMILIES:
        cols = list(r["ph_fam"][fam])
        if not cols:
            for k in ("own", "lead", "lead2", "gap2"):
                r[f"{k}_{fam}"] = 1.0 if k == "own" else 0.0
            continue
        rival = [max((o[j] for o in others), default=0.0) for j in cols]
        leads = sorted(hit[j] - rv for j, rv in zip(cols, rival, strict=True))
        gaps = sorted(hit[j] - corpus[j] for j in cols)
        r[f"own_{fam}"] = sum(hit[j] >= corpus[j] - NEAR for j in cols) / len(cols)
        r[f"lead_{fam}"] = float(np.mean(leads))
        r[f"lead2_{fam}"] = float(np.mean(leads[:2]))
        r[f"gap2_{fam}"] = float(np.mean(gaps[:2]))


def population(rows: list[Row], dump: dict[tuple[str, str], Row]) -> list[Row]:
    pop = [
        r
        for r in rows
        if r["route"] in ("described", "missing") and r["covered_now"] and "ph_fam" in r
    ]
    for r in pop:
        d = dump.get((r["set"], r["id"]))
        r["neg"] = not r["relevant"]
        r["right"] = bool(d and d["covered"] and d["metrics"].get("answer_hit") == 1.0)
        r["zb"] = r["z"] - r["bar"]
        ub = [max(u, 0.0) for u in r["ubest"]] or [0.0, 0.0]
        r["u1"] = ub[0]
        r["u1lead"] = ub[0] - (ub[1] if len(ub) > 1 else 0.0)
        ws_hit = r["ws_hit"] if r["ws_hit"] is not None else r["ws_top"][0]
        rank = r["hit_rank_dense"]
        r["ws"] = ws_hit
        r["wslead"] = ws_hit - max((w for i, w in enumerate(r["ws_top"]) if i != rank), default=0.0)
        r["head_first"] = float(r.get("head_first_hit", False))
        r["head_text"] = float(r.get("head_text_hit", False))
        window_features(r)
        if r.get("np_hit") is not None:
            others = [v for i, v in enumerate(r["np_top"]) if i != rank]
            r["np_gap"] = r["np_hit"] - r["np_corpus"]
            r["np_lead"] = r["np_hit"] - max(others, default=0.0)
            r["np_rank"] = -float(r["np_rank_hit"])
    return pop


def main() -> int:
    rows: list[Row] = json.loads(Path(sys.argv[1]).read_text())
    dump = {(d["set"], d["id"]): d for d in json.loads(Path(sys.argv[2]).read_text())}
    args = [a for a in sys.argv[3:] if a != "-v"]
    cost = float(args[0]) if args else 2.0
    pop = population(rows, dump)
    negs = [r for r in pop if r["neg"]]
    rights = [r for r in pop if r["right"]]
    print(
        f"population {len(pop)} on {len({r['set'] for r in pop})} sets: {len(negs)} answered "
        f"negatives, {len(pop) - len(negs)} answerable ({len(rights)} answered right)"
    )
    names = [
        *(f"{k}_{fam}" for k in ("own", "lead", "lead2", "gap2") for fam in FAMILIES),
        *("ws", "wslead", "head_first", "head_text", "u1", "u1lead", "zb"),
    ]
    table = sorted(
        ((auc([r[k] for r in rights], [r[k] for r in negs]), k) for k in names), reverse=True
    )
    for a, k in table:
        print(f"  AUC {a:.3f} {k}")
    opened = [r for r in pop if "np_gap" in r]
    print(
        f"opening noun phrase: {len(opened)} questions, {sum(r['neg'] for r in opened)} "
        f"negatives, {sum(r['right'] for r in opened)} answered right"
    )
    for k in ("np_hit", "np_gap", "np_lead", "np_rank", "ws", "u1", "zb"):
        on = [r[k] for r in opened if r["right"]], [r[k] for r in opened if r["neg"]]
        print(f"  AUC {auc(*on):.3f} {k}")
    for spec in args[1:] or [table[0][1]]:
        f, _, f2 = spec.partition("+")
        loso(pop, f, cost, None, "-v" in sys.argv, OPEN_CUT)
        loso(pop, f, cost, f2 or "zb", "-v" in sys.argv, OPEN_CUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
