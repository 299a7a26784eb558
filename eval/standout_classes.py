"""Round 32 lane J: described questions the standout judges, both costly classes.

For every question whose verdict rests on the standout as a description (judgement._described),
the final verdict and its reason, the standout and its bars, and candidate features:
``sh1``: IDF-weighted share of the question's content-word stems (Porter2, BM25's ``~`` columns)
the first hit's text has; ``sh2``: the same for the best hit of another title; ``shx``: the
highest share of any entry of another title; ``nbody``: the first hit's body words; ``head``:
whether the first hit says the question's head noun; ``u1``: the first hit's best unit cosine;
``ufirst``/``uz``: whether the closest unit is the first hit's title, the unit standout;
``owned``: owned words and pairs (coverage/ownership.py). eval/standout_classes_loso.py reads them.

    python eval/standout_classes.py --out /work/r33/r32j-feat.json [--sets a,b]

Rows come from eval/coverage_features.collect (its own columns too); ``capture`` adds these.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import coverage_features as cf  # noqa: E402

from rag_glossary.calibration import standout, unit_standout  # noqa: E402
from rag_glossary.coverage import standout_bar  # noqa: E402
from rag_glossary.coverage.head_noun import head_noun  # noqa: E402
from rag_glossary.judgement import CoverageJudge, _described, _text, not_a_name  # noqa: E402
from rag_glossary.lexical import tokenize  # noqa: E402

_MARK = "~"


def shares(judge: CoverageJudge, query: str) -> tuple[np.ndarray, float]:
    """Per entry, the IDF-weighted share of the question's content stems its text has."""
    from rag_glossary.judgement_share import word_shares

    return word_shares(judge.lexical, query, len(judge.entries)), 1.0


def capture(
    judge: CoverageJudge,
    query: str,
    hits: Any,
    s: Any,
    config: Any,
    coverage: Any,
    units: Any = None,
    *,
    result: Any,
) -> dict[str, Any]:
    from dataclasses import replace

    term = coverage.check(query, [h.id for h in hits])
    if not_a_name(term):
        term = replace(term, term_style=False)
    if not _described(term) or not hits or not s.dense_all:
        return {"described": False}
    at = judge.position(hits[0].id)
    z = standout(s.dense_all, judge.entry_vectors, judge.title_groups)
    plain = term.described and judge._plain(query, s)
    unsupported = judge._unsupported(query, s) if term.described else 0
    cal = judge.calibration
    row: dict[str, Any] = {
        "described": True,
        "reason": result.reason,
        "covered": result.covered,
        "z": z,
        "bar": standout_bar(term, cal, plain, unsupported),
        "lenient": cal.lenient,
        "floor": cal.floor,
        "plain_bar": cal.plain,
        "plain": bool(plain),
        "unsupported": unsupported,
        "generic": bool(term.generic),
        "hit_ids": [h.id for h in hits],
    }
    if at is None:
        return row
    groups = judge.title_groups
    sh, total = shares(judge, query) if judge.lexical is not None else (None, 0.0)
    if sh is not None:
        other = groups != groups[at]
        row["sh1"] = float(sh[at])
        row["shx"] = float(sh[other].max()) if other.any() else 0.0
        sh2 = 0.0
        for h in hits[1:]:
            j = judge.position(h.id)
            if j is not None and groups[j] != groups[at]:
                sh2 = float(sh[j])
                break
        row["sh2"] = sh2
        row["idf_total"] = total
    e = judge.entries[at]
    row["nbody"] = len(e.body.split())
    head = head_noun(query)
    row["head"] = None if head is None else bool(head.said_in(frozenset(tokenize(_text(e)))))
    dense = sorted(s.dense_all.values(), reverse=True)
    row["d1"], row["d2"] = dense[0], (dense[1] if len(dense) > 1 else 0.0)
    sim = judge.unit_similarity(s, units)
    row["u1"] = (sim.best(hits[0].id) or 0.0) if sim is not None else None
    if units is not None and s.query is not None:
        top, uz = unit_standout(s.query, units, judge.entry_vectors, groups)
        row["ufirst"] = bool(top >= 0 and groups[top] == groups[at])
        row["uz"] = uz
        row["unit_lenient"] = cal.unit_lenient
    row["owned"] = len(judge._ownership.owned(query, at))
    return row


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--sets", default="")
    args = p.parse_args()
    rows = cf.collect(set(filter(None, args.sets.split(","))), capture)
    args.out.write_text(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
