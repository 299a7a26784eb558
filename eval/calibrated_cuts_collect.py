"""Round 34 lane K: rows for the per-index calibration of the judgement's constant cuts.

Collects (coverage_features.collect) every question's coverage inputs with the head-noun
veto off (HEAD_UNIT = -1; or, instead, the loose floor or the foreign-words rule off), plus
whether the description's head noun is unsaid, the best dense entry's word support
(described_support.word_support, the loose floor's second half) and the count of rare
question words no entry uses (coverage/foreign_words.py).

    python eval/calibrated_cuts_collect.py --out ROWS.json [--sets a,b] [--loose-off|--foreign-off]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import coverage_features as cf  # noqa: E402

from rag_glossary import judgement, judgement_checks  # noqa: E402
from rag_glossary.coverage.described_support import word_support  # noqa: E402
from rag_glossary.coverage.head_noun import head_noun  # noqa: E402
from rag_glossary.judgement import CoverageJudge, _text  # noqa: E402


def extra(judge: CoverageJudge, query: str, hits: Any, s: Any, *rest: Any, **k: Any) -> dict:
    head = head_noun(query)
    unsaid = head is not None and not head.said_in(judge._entry_words)
    support = None
    if s.dense_all:
        best = max(s.dense_all, key=s.dense_all.__getitem__)
        support = word_support(query, _text(judge.entries[best]))
    return {
        "head": head.word if head else None,
        "head_unsaid": unsaid,
        "support": support,
        "loose_model": judge.loose_cosine is not None,
        "foreign": judge._foreign_words.count(query),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sets", default="")
    ap.add_argument("--loose-off", action="store_true", help="the loose floor off, veto on")
    ap.add_argument("--foreign-off", action="store_true", help="the foreign rule off, veto on")
    args = ap.parse_args()
    if args.foreign_off:
        judgement_checks.foreign_refuses = lambda *a, **k: False  # type: ignore[assignment]
    elif args.loose_off:
        judgement.loosely_related = lambda *a, **k: False  # type: ignore[assignment]
    else:
        judgement_checks.HEAD_UNIT = -1.0  # type: ignore[misc]  # the verdict before the veto
    rows = cf.collect(set(filter(None, args.sets.split(","))), extra)
    args.out.write_text(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
