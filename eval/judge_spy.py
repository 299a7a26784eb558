"""What the eval/*_features.py scripts share: record features of each coverage judgement while
the questions of an eval/measure.py dump are asked again, and write them as JSON rows.

    # my_features(judge, query, hits, s, coverage, units, verdict) -> dict of features
    CAUGHT = spy_on_judge(my_features)
    collect(CAUGHT, keep=lambda r: r["covered"], fields=lambda r: {"kind": r["kind"]})
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from measure import ROOT, open_retriever

from rag_glossary import judgement
from rag_glossary.evaluation import discover_sets

Features = Callable[..., dict[str, object]]
Row = dict[str, Any]


def spy_on_judge(features: Features) -> dict[str, object]:
    """Wrap CoverageJudge.result so each judgement's ``features(...)`` land in the returned
    dict under "f" (the last judgement's)."""
    caught: dict[str, object] = {}
    original = judgement.CoverageJudge.result

    def spy(self, query, hits, s, config, coverage, units=None):  # type: ignore[no-untyped-def]
        verdict = original(self, query, hits, s, config, coverage, units)
        caught["f"] = features(self, query, hits, s, coverage, units, verdict)
        return verdict

    judgement.CoverageJudge.result = spy  # type: ignore[method-assign]
    return caught


def collect(
    caught: dict[str, object], keep: Callable[[Row], bool], fields: Callable[[Row], Row]
) -> None:
    """The scripts' command line (BASE.json OUT.json [--sets a,b]): ask every kept question
    of the dump again and write its caught features, with ``fields`` of its dump row."""
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("out")
    ap.add_argument("--sets", default="")
    a = ap.parse_args()
    rows = json.loads(Path(a.base).read_text(encoding="utf-8"))
    want = set(a.sets.split(",")) if a.sets else None
    by_set: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        if (not want or r["set"] in want) and keep(r):
            by_set[r["set"]].append(r)
    out = []
    sets = {q.name: q for q in discover_sets(ROOT / "eval")}
    for name, rs in by_set.items():
        ret = open_retriever(sets[name], ROOT / "indexes")
        for r in rs:
            ret.retrieve(r["question"], k=5)
            f = dict(caught["f"])  # type: ignore[call-overload]
            f.update(set=name, id=r["id"], **fields(r))
            out.append(f)
        print(name, len(rs), file=sys.stderr)
    Path(a.out).write_text(json.dumps(out), encoding="utf-8")
