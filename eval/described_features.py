"""Round 17 experiment: whether the best entry *says* a described question, as JSON rows.

Extends eval/coverage_features.py rows with word-placement features of the best dense
entry (and, prefixed h_, of the top hit, the entry that answers): the share of the
question's content words said together in ONE answer unit (sentence or list item) of
it, the same share weighted by corpus IDF, the entry-wide IDF-weighted share, how many
adjacent pairs of question content words one unit holds, and whether the question's
rarest words are among those it shares.

    python eval/described_features.py --out scratch/desc.json [--sets a,b]
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import coverage_features as cf  # noqa: E402

from rag_glossary.answer.segment import units  # noqa: E402
from rag_glossary.coverage.described_support import content_words  # noqa: E402
from rag_glossary.everyday import support_stems  # noqa: E402
from rag_glossary.judgement import CoverageJudge, _text  # noqa: E402

_DF: dict[int, tuple[dict[str, int], int]] = {}


def _df(entries: Any) -> tuple[dict[str, int], int]:
    key = id(entries)
    if key not in _DF:
        df: dict[str, int] = {}
        for e in entries:
            for s in support_stems([_text(e)]):
                df[s] = df.get(s, 0) + 1
        _DF[key] = (df, len(entries))
    return _DF[key]


def placement(self: CoverageJudge, query: str, best: int) -> dict[str, Any]:
    df, n = _df(self.entries)
    words = content_words(query)
    stems = [w[:4] for w in words]
    idf = {s: math.log((n + 1) / (df.get(s, 0) + 0.5)) for s in stems}
    entry = self.entries[best]
    whole = support_stems([_text(entry)])
    unit_sets = [support_stems([u.text]) for u in units(entry.body)]
    title = support_stems([" ".join((entry.title, *entry.aliases))])
    total_w = sum(idf.values()) or 1.0

    def share(have: set[str], weighted: bool) -> float:
        if not stems:
            return 1.0
        if weighted:
            return sum(idf[s] for s in stems if s in have) / total_w
        return sum(s in have for s in stems) / len(stems)

    one = max((share(u | title, False) for u in unit_sets), default=0.0)
    one_w = max((share(u | title, True) for u in unit_sets), default=0.0)
    one_nt = max((share(u, False) for u in unit_sets), default=0.0)
    # rarest words of the question among those the corpus has at all
    known = sorted((s for s in stems if df.get(s, 0) > 0), key=lambda s: df[s])
    rare2 = known[:2]
    shared = [s for s in stems if s in whole]
    unshared = [s for s in stems if s not in whole]
    pairs = list(itertools.pairwise(stems))
    pair_unit = sum(any(a in u and b in u for u in unit_sets) for a, b in pairs)
    return {
        "pair_unit": pair_unit,
        "pair_share": pair_unit / max(len(pairs), 1),
        "n_content": len(stems),
        "share": share(whole, False),
        "share_w": share(whole, True),
        "one": one,
        "one_w": one_w,
        "one_nt": one_nt,
        "rarest_in": float(bool(known) and known[0] in whole),
        "rare2_in": sum(s in whole for s in rare2) / max(len(rare2), 1),
        "idf_shared": sum(idf[s] for s in shared) / max(len(shared), 1),
        "idf_unshared": sum(idf[s] for s in unshared) / max(len(unshared), 1),
        "n_units": len(unit_sets),
    }


def _placements(self: CoverageJudge, *a: Any) -> dict[str, Any]:
    """Word placement in the best dense entry and (``h_`` keys) in the top hit."""
    seen: dict[str, Any] = {}
    s = a[2]
    if s.dense_all:
        best = max(s.dense_all, key=s.dense_all.__getitem__)
        seen.update(placement(self, a[0], best))
        hits = a[1]
        if hits:
            pos = {e.id: i for i, e in enumerate(self.entries)}.get(hits[0].id)
            if pos is not None:
                named = placement(self, a[0], pos)
                seen.update({f"h_{k}": v for k, v in named.items()})
    return seen


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, default=ROOT / "scratch" / "desc.json")
    p.add_argument("--sets", default="")
    args = p.parse_args()
    rows = cf.collect(set(filter(None, args.sets.split(","))), _placements)
    args.out.parent.mkdir(exist_ok=True)
    args.out.write_text(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
