"""Round 22 post-fix lane F: the inputs of every standout-judged verdict, as JSON.

For each question the standout decides (no key term found, or a generic one), what
``CoverageJudge.result`` rests on, so that a changed rule can be replayed offline
(eval/refusal_sim.py) without another retrieval pass:

- the route, standout ``z``, the index's bars, ``loose``, sibling / other-name flags;
- ``plain`` and ``unsupported`` as shipped, and the question words the three best /
  the best dense entries' texts lack (to replay another everyday-word rule);
- the unit second opinion's inputs (best unit cosine of the best dense entry) and the
  phrase rule's (weakest window support by the first hit; when the glossary names the
  question's setting, ``asked_in_setting`` and ``setting_weakest``, the first hit's support
  of what is asked there, which alone decides then: round 22 post-fix lanes X and R);
- per top-5 hit: its best unit cosine and dense rank;
- the verdicts of the rules judged after those (words unmatched, round 24; head noun
  unsaid; common words, round 29; owned, round 28), which no candidate moves, and the
  foreign-words rule's count (its cut reads the margin, which candidates move).

    python eval/refusal_features.py --out scratch/refusal.json [--sets a,b]
"""

from __future__ import annotations

import argparse
import heapq
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402
from why_refused import judged  # noqa: E402

from rag_glossary import load_questions  # noqa: E402
from rag_glossary.calibration import standout  # noqa: E402
from rag_glossary.coverage import missing_sibling, standout_decides  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402
from rag_glossary.everyday import _WORD, is_plain, support_stems, unsupported_rare  # noqa: E402
from rag_glossary.judgement import (  # noqa: E402
    CoverageJudge,
    _text,
    asked_in_named_setting,
    not_a_name,
)


def _lacked(query: str, texts: list[str]) -> list[str]:
    support = support_stems(texts)
    said = (w for w in _WORD.findall(query.lower()) if len(w) >= 3 and w.isalpha())
    return sorted({w for w in said if w[:4] not in support})


def _unit_standout(judge_: CoverageJudge, query: Any, units: Any) -> tuple[str, float]:
    """The entry whose answer unit is closest to the question, and the standout of each
    entry's best unit cosine (the same z-score over the next entries as calibration.standout)."""
    cos = units.vectors.astype(np.float32) @ np.asarray(query, dtype=np.float32)
    best = np.full(len(judge_.entries), -np.inf, dtype=np.float32)
    np.maximum.at(best, units.entry, cos)
    similarity = {int(i): float(best[i]) for i in np.flatnonzero(np.isfinite(best))}
    if not similarity:
        return "", 0.0
    top = max(similarity, key=similarity.__getitem__)
    z = standout(similarity, judge_.entry_vectors, judge_.title_groups)
    return judge_.entries[top].id, z


def capture(
    judge_: CoverageJudge,
    query: str,
    hits: Any,
    s: Any,
    config: Any,
    coverage: Any,
    units: Any = None,
) -> dict[str, Any]:
    term = coverage.check(query, [h.id for h in hits])
    if not_a_name(term):
        term = replace(term, term_style=False)
    if not standout_decides(term) or not s.dense_all:
        return {"route": "found" if term.key_term else "none"}
    cal = judge_.calibration
    order = sorted(s.dense_all, key=lambda i: -s.dense_all[i])
    best = judge_.entries[order[0]]
    texts = [_text(judge_.entries[i]) for i in order[:3]]
    sim = judge_.unit_similarity(s, units)
    z = standout(s.dense_all, judge_.entry_vectors, judge_.title_groups)
    row: dict[str, Any] = {
        "route": "missing" if term.found is False and term.term_style else "described",
        "described": bool(term.described),
        "sibling": missing_sibling(term),
        "other_name": bool(term.other_name),
        "z": z,
        "cal": [cal.lenient, cal.plain, cal.floor, cal.strict],
        "unit_bar": cal.unit_lenient,  # round 23: None when the index has no unit bar
        "loose": bool(term.described and judge_._loose(query, s)),
        "plain": bool(is_plain(query, texts)),
        "unsup": unsupported_rare(query, _text(best)),
        "lacked3": _lacked(query, texts),  # question words the 3 best texts lack
        "lacked1": _lacked(query, texts[:1]),  # ... the best text lacks
        "best_has_body": bool(best.body.strip()),
        "best_words": len(_text(best).split()),
        # the later rules that no candidate of refusal_sim.py moves, replayed as recorded
        "words_unmatched": bool(judge_._words_unmatched(query, hits, s, sim, z)),
        "head_unsaid": bool(judge_._head_unsaid(query, s, sim)),
        "only_common": bool(judge_._only_common(query, hits)),
        "owned": bool(judge_._owned(query, hits, s, units)),
        # ... and the foreign-words rule's count, whose cut reads the margin
        "foreign_count": (
            judge_._foreign_words.count(query)
            if judge_.loose_cosine is not None and sim is not None
            else 0
        ),
    }
    if sim is not None:
        row["best_unit"] = sim.best(best.id)
        at = judge_.position(hits[0].id) if hits else None
        if judge_.phrases is not None and at is not None:
            row["weakest"] = judge_.phrases.weakest(
                query, sim.rows_of(at), judge_.entry_vectors[at]
            )
            asked = asked_in_named_setting(query, coverage)
            row["asked_in_setting"] = asked
            if asked is not None:
                row["setting_weakest"] = judge_.phrases.weakest(
                    asked, sim.rows_of(at), judge_.entry_vectors[at]
                )
        row["hit_units"] = [sim.best(h.id) for h in hits]
        row["unit_best"], row["unit_z"] = _unit_standout(judge_, s.query, units)
        rank = {i: n for n, i in enumerate(order)}
        row["hit_dense_rank"] = [rank.get(judge_.position(h.id), -1) for h in hits]  # type: ignore[arg-type]
    row["top3"] = [
        judge_.entries[i].id for i in heapq.nlargest(3, s.dense_all, key=s.dense_all.get)
    ]
    return row


def features(retriever: Any, question: str, spy: Any = capture) -> dict[str, Any]:
    """One question's row: what ``spy`` (``capture`` or an extension of it) saw, the
    verdict, reason and hits."""
    seen, result = judged(retriever, question, spy)
    seen.update(
        question=question,
        covered=result.covered,
        reason=result.reason,
        hits=[h.id for h in result.hits],
    )
    return seen


def run(sets: set[str], spy: Any = capture) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for qset in discover_sets(ROOT / "eval"):
        if sets and qset.name not in sets:
            continue
        r = open_retriever(qset, ROOT / "indexes")
        for q in load_questions(qset.questions):
            row = features(r, q.question, spy)
            rows.append(
                {**row, "set": qset.name, "id": q.id, "kind": q.kind, "relevant": list(q.relevant)}
            )
        print(qset.name, len(rows), file=sys.stderr, flush=True)
    return rows


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, default=ROOT / "scratch" / "refusal.json")
    p.add_argument("--sets", default="")
    args = p.parse_args()
    rows = run(set(filter(None, args.sets.split(","))))
    args.out.parent.mkdir(exist_ok=True)
    args.out.write_text(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
