"""Dry run of round 55 DN's rule (not merged): read the unit rescue's cosine on each index's
own scale. Per index, the median best answer-unit cosine of its pseudo-questions (masked
definitions, calibration.py's sample) to their own entry (own) and, that entry left out, to
another (out); per question the unit second opinion's features. Prints every unit rescue
with r = (best_unit - out) / (own - out), FLIP where r < CUT.

    eval/unit_read.py OUT.json golf-glossary,opendata-glossary [--cut 0.5]

Round 55 (40 sets with a glossary language, cut 0.5, measured): 16 negatives refused
against 12 right answers and 12 wrong answers refused: in languages the model reads by
pieces, r of rescued paraphrases and of answered negatives overlap from -1 to +0.5.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import numpy as np
from measure import ROOT, open_retriever

from rag_glossary.calibration import _copies, _encode, _masked_definition, unit_cosines
from rag_glossary.coverage import unit_decision as ud
from rag_glossary.evaluation import discover_sets

CAUGHT: dict[str, Any] = {}
_ORIGINAL = ud.UnitDecision.second_opinion


def _spy(self, verdict, features, threshold, rescuable):  # type: ignore[no-untyped-def]
    out = _ORIGINAL(self, verdict, features, threshold, rescuable)
    CAUGHT["unit"] = {"before": verdict.covered, "after": out.covered, "bu": features.best_unit}
    return out


def levels(ret: Any) -> tuple[float, float]:
    """The index's own and left-out unit levels (medians over 64 pseudo-questions)."""
    entries, units = ret.entries, ret.units
    with_text = [i for i, e in enumerate(entries) if e.body.strip()]
    picked = sorted(np.random.default_rng(0).permutation(with_text)[:64].tolist())
    queries = _encode(ret.encoder, [_masked_definition(entries[i]) for i in picked])
    own, out = [], []
    for row, i in enumerate(picked):
        cos = unit_cosines(units, queries[row])
        mine = np.isin(units.entry, sorted(_copies(i, entries, ret._judge.entry_vectors)))
        if mine.any() and (~mine).any():
            own.append(float(cos[mine].max()))
            out.append(float(cos[~mine].max()))
    return float(np.median(own)), float(np.median(out))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("sets")
    ap.add_argument("--cut", type=float, default=0.5)
    a = ap.parse_args()
    ud.UnitDecision.second_opinion = _spy  # type: ignore[method-assign]
    sets = {q.name: q for q in discover_sets(ROOT / "eval")}
    rows = []
    for name in a.sets.split(","):
        ret = open_retriever(sets[name], ROOT / "indexes")
        own, out = levels(ret)
        for line in sets[name].questions.read_text(encoding="utf-8").splitlines():
            q = json.loads(line) if line.strip() else None
            if q is None:
                continue
            CAUGHT.clear()
            res = ret.retrieve(q["question"], k=5)
            u = CAUGHT.get("unit")
            if not u or u["before"] or not u["after"]:
                continue
            r = (u["bu"] - out) / (own - out) if own > out else 9.0
            rows.append({"id": q["id"], "kind": q["kind"], "r": r, "covered": res.covered})
            flag = "FLIP" if r < a.cut else "    "
            print(f"{flag} {q['id']:30s} {q['kind']:10s} r={r:+.2f} final={res.covered}")
        print(name, f"own={own:.3f} out={out:.3f}", file=sys.stderr)
    (ROOT / a.out).write_text(json.dumps(rows), encoding="utf-8")


if __name__ == "__main__":
    main()
