"""Round 27 post-fix PD: a described question asking for a kind of thing (its head noun,
coverage/head_noun.py) that no entry of the glossary mentions, cut chosen leaving each set out.

Collects, with the rule off, every described question the standout answers whose head noun
no entry holds, with its best dense entry's closest answer-unit cosine; each fold picks the
unit cut U (or none) on the other sets, maximising negatives refused - COST x right answers
refused, and the pick is applied to the held-out set.

    python eval/head_noun_loso.py --out /tmp/pd_rows.json [--sets a,b] [--cost 3]
    python eval/head_noun_loso.py --rows /tmp/pd_rows.json [--dump BASE.json]   # the LOSO only

With ``--dump`` (a measure.py dump of the code before the rule) an answerable question is
right when the answer's citations hold a relevant entry (what the user was shown), not
when the first hit is one (the answer may cite another: llvm-012 cites CFI, FDE first).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import coverage_features as cf  # noqa: E402

from rag_glossary import judgement_checks  # noqa: E402
from rag_glossary.coverage.head_noun import head_noun  # noqa: E402
from rag_glossary.judgement import CoverageJudge  # noqa: E402

Row = dict[str, Any]
CUTS: tuple[float | None, ...] = (None, *(round(0.4 + 0.025 * i, 3) for i in range(13)))
BLIND = ("tea-glossary", "invest-glossary", "climbing-glossary")


def extra(judge: CoverageJudge, query: str, *rest: Any) -> dict[str, Any]:
    head = head_noun(query)
    unsaid = head is not None and not head.said_in(judge._entry_words)
    return {"head": head.word if head else None, "head_unsaid": unsaid}


CITED: dict[tuple[str, str], list[str]] = {}


def label(x: Row) -> str:
    if x["kind"] == "negative":
        return "neg"
    cited = CITED.get((x["set"], x["id"]), x["hits"][:1])
    return "right" if set(cited) & set(x["relevant"]) else "wrong"


def refused(rows: list[Row], cut: float | None) -> Counter[str]:
    if cut is None:
        return Counter()
    return Counter(label(x) for x in rows if x["ubest"][0] < cut)


def pick(rows: list[Row], cost: float) -> float | None:
    def gain(cut: float | None) -> float:
        c = refused(rows, cut)
        return c["neg"] - cost * c["right"]

    return max(CUTS, key=lambda cut: (gain(cut), -(cut or 0.0)))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path)
    ap.add_argument("--rows", type=Path)
    ap.add_argument("--sets", default="")
    ap.add_argument("--cost", type=float, default=3.0)
    ap.add_argument("--dump", type=Path)
    args = ap.parse_args()
    if args.dump:
        CITED.update(
            {(r["set"], r["id"]): r["citations"] for r in json.loads(args.dump.read_text())}
        )
    if args.rows:
        rows = json.loads(args.rows.read_text())
    else:
        judgement_checks.HEAD_UNIT = -1.0  # type: ignore[misc]  # the verdict before the rule
        rows = cf.collect(set(filter(None, args.sets.split(","))), extra)
        if args.out:
            args.out.write_text(json.dumps(rows))
    cand = [
        r
        for r in rows
        if r.get("route") in ("described", "none") and r["covered_now"] and r.get("head_unsaid")
    ]
    sets = sorted({r["set"] for r in rows})
    picks: Counter[float | None] = Counter()
    total: Counter[str] = Counter()
    for held in sets:
        cut = pick([r for r in cand if r["set"] != held], args.cost)
        picks[cut] += 1
        mine = [r for r in cand if r["set"] == held]
        total.update(refused(mine, cut))
        for r in mine:
            if cut is not None and r["ubest"][0] < cut:
                unit = round(r["ubest"][0], 3)
                print(held, r["id"], label(r), r["head"], unit, r["question"][:70])
    print("picks:", dict(picks))
    print("held out, refused:", dict(total))
    for cut in CUTS[1:]:
        old = refused([r for r in cand if r["set"] not in BLIND], cut)
        blind = refused([r for r in cand if r["set"] in BLIND], cut)
        print(f"cut {cut}: older sets {dict(old)}  blind batch {dict(blind)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
