"""Round 27 lane N experiment: what separates a described question the glossary answers
from a described negative whose best entry only shares words, as JSON rows.

Extends eval/coverage_features.py rows (route, standout, bar, unit cosines, today's
verdict) with signals computed from the index and the query alone:

- ``idf_share``: the BM25-idf-weighted share of the question's indexed words that the
  best dense entry's text holds (words no entry uses are the user's own and left out);
- ``top_idf_in_best``: whether the question's rarest indexed word is in that entry;
- ``own_words``: question words no entry of the glossary uses;
- ``bm25_rank``: the best dense entry's rank in the BM25 scores (0: both agree);
- ``foreign``: rare content words no entry uses (coverage/foreign_words.py);
- ``unit_z`` / ``unit_top_is_best``: the unit standout and whether its entry is the
  best dense entry; ``unit_bar``: the index's calibrated unit bar.

    python eval/described_r27_features.py --out /tmp/r27n.json [--sets a,b]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import coverage_features as cf  # noqa: E402

from rag_glossary import judgement_checks  # noqa: E402
from rag_glossary.calibration import unit_standout  # noqa: E402
from rag_glossary.judgement import CoverageJudge  # noqa: E402
from rag_glossary.lexical import entry_document, tokenize  # noqa: E402

# Keyed by the entries' id, with the entries kept alive: a freed index's id could be
# reused by the next set's (round 25's stale-cache bug).
_DF: dict[int, tuple[Any, dict[str, int], list[set[str]]]] = {}


def _corpus(judge: CoverageJudge) -> tuple[dict[str, int], list[set[str]]]:
    key = id(judge.entries)
    if key not in _DF:
        docs = [set(entry_document(e)) for e in judge.entries]
        df: dict[str, int] = {}
        for d in docs:
            for w in d:
                df[w] = df.get(w, 0) + 1
        _DF[key] = (judge.entries, df, docs)
    return _DF[key][1], _DF[key][2]


def extra(judge: CoverageJudge, query: str, hits: Any, s: Any, *rest: Any) -> dict[str, Any]:
    if not s.dense_all:
        return {}
    units = rest[2] if len(rest) > 2 else None
    df, docs = _corpus(judge)
    n = len(docs)
    best = max(s.dense_all, key=s.dense_all.__getitem__)
    words = [w for w in dict.fromkeys(tokenize(query)) if len(w) >= 3 and w.isalpha()]
    known = [w for w in words if df.get(w, 0) > 0]
    idf = {w: math.log((n + 1) / (df[w] + 0.5)) for w in known}
    total = sum(idf.values())
    held = sum(v for w, v in idf.items() if w in docs[best])
    rarest = max(known, key=idf.__getitem__) if known else None
    order = sorted(s.bm25, key=s.bm25.__getitem__, reverse=True)
    rank = order.index(best) if best in s.bm25 and s.bm25[best] > 0 else len(order)
    row: dict[str, Any] = {
        "idf_share": held / total if total else 0.0,
        "top_idf_in_best": bool(rarest and rarest in docs[best]),
        "own_words": len(words) - len(known),
        "n_known": len(known),
        "bm25_rank": rank,
        "unit_bar": judge.calibration.unit_lenient,
        "lenient": judge.calibration.lenient,
        "foreign": judge._foreign_words.count(query),
    }
    if units is not None and s.query is not None:
        top, z = unit_standout(s.query, units, judge.entry_vectors, judge.title_groups)
        row.update(unit_z=z, unit_top_is_best=top == best)
    return row


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, default=ROOT / "scratch" / "r27n.json")
    p.add_argument("--sets", default="")
    p.add_argument("--with-foreign", action="store_true", help="keep round 27's foreign-word veto")
    args = p.parse_args()
    if not args.with_foreign:  # the verdict the veto is fitted on is the one before it
        judgement_checks.foreign_refuses = lambda *a: False  # type: ignore[assignment]
    rows = cf.collect(set(filter(None, args.sets.split(","))), extra)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
