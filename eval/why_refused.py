"""Which rule decides a question's coverage: every step of CoverageJudge.result, printed.

For each question: the key term's route (found / missing / described), the standout
and each bar (lenient, plain, floor, strict; the one applied), the plain / unsupported /
loose checks, the verdict of ``coverage.judge`` and its reason, the unit second opinion
(veto and rescue logits against their cuts), the round 21 phrase-support sum against its
cut, and the final verdict with the rule that made it.

    python eval/why_refused.py --sets writing-glossary --ids writing-glossary-011,...
    python eval/why_refused.py --sets moth-glossary --refused   # answerable ones refused
"""

from __future__ import annotations

import argparse
import heapq
import json
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402

from rag_glossary import load_questions  # noqa: E402
from rag_glossary.calibration import standout  # noqa: E402
from rag_glossary.coverage import (  # noqa: E402
    SPECIFIC_MISSING,
    judge,
    missing_sibling,
    standout_bar,
    standout_decides,
)
from rag_glossary.coverage.glossary_language import frame_words  # noqa: E402
from rag_glossary.coverage.phrase_support import windows  # noqa: E402
from rag_glossary.coverage.unit_decision import unit_features  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402
from rag_glossary.judgement import (  # noqa: E402
    FOREIGN_REASON,
    KIND_REASON,
    UNIT_OTHER_REASON,
    WORDS_REASON,
    CoverageJudge,
    asked_in_named_setting,
    not_a_name,
)
from rag_glossary.judgement_terms import unit_rescuable  # noqa: E402

# The rules after the phrase rule, told apart by the reason they give.
_LATER = {
    UNIT_OTHER_REASON: "unit standout (closest unit elsewhere)",
    WORDS_REASON: "word_match (rare words unmatched)",
    FOREIGN_REASON: "foreign_words (rare words no entry uses)",
    KIND_REASON: "bare_kind (a kind of a bare title word, undescribed)",
}


def _route(term: Any) -> str:
    if term.key_term is None:
        return "none"  # no key term: nothing to look up
    if not standout_decides(term):
        return "found"
    return "missing" if term.found is False and term.term_style else "described"


def _bar_name(term: Any, cal: Any, plain: bool, unsupported: int) -> str:
    """Which bar the standout had to clear: strict, lenient or plain, + specific, or floor."""
    if term.found is False and term.term_style:
        return "strict"
    name = "plain" if plain and cal.plain is not None and cal.plain < cal.lenient else "lenient"
    if unsupported >= SPECIFIC_MISSING:
        name += "+specific"
    if cal.floor is not None and cal.floor > standout_bar(
        term, replace(cal, floor=None), plain, unsupported
    ):
        name = "floor"
    return name


def _refused_by(out: dict[str, Any]) -> str | None:
    """The rule that refused a question the retriever refuses (None: covered, or no key
    term / found term decided), in the order CoverageJudge.result applies them."""
    if out["covered"] or "judge" not in out:
        return None
    if out["route"] == "none":
        return "no key term to look up"
    judged, after_unit = out["judge"][0], out["after_unit"][0]
    if not judged:
        if out["other_name"] or out["sibling"]:
            return "named term: sibling or other name"
        if out["loose"]:
            return "described_support (loose)"
        return f"standout under the {out['bar_name']} bar"
    if not after_unit:
        return "unit_decision veto"
    return _LATER.get(out["reason"], "phrase_support (a part unsaid)")


def diagnose(
    judge_: CoverageJudge,
    query: str,
    hits: Any,
    s: Any,
    config: Any,
    coverage: Any,
    units: Any = None,
) -> dict[str, Any]:
    """What CoverageJudge.result computes, step by step (its own helpers, same order)."""
    term = coverage.check(query, [h.id for h in hits])
    if not_a_name(term, query, coverage.language):
        term = replace(term, term_style=False)
    cal = judge_.calibration
    z = standout(s.dense_all, judge_.entry_vectors, judge_.title_groups)
    plain = term.described and judge_._plain(query, s)
    unsupported = (
        judge_._unsupported(query, s, hits, frame_words(coverage.language)) if term.described else 0
    )
    loose = term.described and judge_._loose(query, s)
    v = judge(term, z, cal, config.min_confidence, plain, unsupported, loose)
    bar = standout_bar(term, cal, plain, unsupported)
    out: dict[str, Any] = {
        "route": _route(term),
        "key_term": term.key_term,
        "how": term.how,
        "sibling": missing_sibling(term),
        "other_name": term.other_name,
        "z": round(z, 3),
        "bar": round(bar, 3),
        "lenient": cal.lenient,
        "plain_bar": cal.plain,
        "floor": cal.floor,
        "strict": cal.strict,
        "plain": bool(plain),
        "unsupported": unsupported,
        "loose": bool(loose),
        "bar_name": _bar_name(term, cal, bool(plain), unsupported),
        "judge": [v.covered, v.confidence, v.reason],
    }
    sim = judge_.unit_similarity(s, units)
    margin = z - bar
    final = v
    if sim is not None and judge_.unit_decision is not None and standout_decides(term):
        rare = (
            unsupported
            if term.described
            else judge_._unsupported(query, s, hits, frame_words(coverage.language))
        )
        f = unit_features(judge_.entries, s.dense_all, sim, margin, rare)
        if f is not None:
            d = judge_.unit_decision
            out["unit"] = {
                "best_unit": round(f.best_unit, 3),
                "margin": round(margin, 3),
                "rare_missing": round(f.rare_missing, 3),
                "veto": [round(d.veto.logit(f), 3), d.veto.cut],
                "rescue": [round(d.rescue.logit(f), 3), d.rescue.cut],
            }
            rescuable = unit_rescuable(query, term, tuple(hits), coverage.language)
            final = d.second_opinion(v, f, config.min_confidence, rescuable)
    if judge_.phrases is not None and sim is not None and hits and standout_decides(term):
        at = judge_.position(hits[0].id)
        if at is not None:
            best_unit = sim.best(judge_._best_dense(s).id) or 0.0
            weakest = judge_.phrases.weakest(query, sim.rows_of(at), judge_.entry_vectors[at])
            rule = judge_.phrases.rule
            out["phrase"] = {
                "best_unit": round(best_unit, 3),
                "weakest": weakest and round(weakest, 3),
                "sum": weakest and round(best_unit + weakest, 3),
                "cut": rule.cut,
                "margin_cap": rule.margin,
                "windows": windows(query),
                # round 22 post-fix: the glossary names the setting, only this is judged
                "asked_in_setting": asked_in_named_setting(query, coverage),
                "setting_cut": rule.setting_cut,
            }
    out["after_unit"] = [final.covered, final.reason]
    top = heapq.nlargest(3, s.dense_all, key=s.dense_all.__getitem__)
    out["dense_top"] = [[judge_.entries[i].id, round(s.dense_all[i], 3)] for i in top]
    return out


def judged(
    retriever: Any, question: str, probe: Callable[..., dict[str, Any]]
) -> tuple[dict[str, Any], Any]:
    """What ``probe`` (called with the judge's own arguments) saw of one question's
    coverage verdict, and the retriever's result."""
    seen: dict[str, Any] = {}
    original = CoverageJudge.result

    def spy(self: CoverageJudge, *a: Any, **k: Any) -> Any:
        seen.update(probe(self, *a, **k))
        return original(self, *a, **k)

    CoverageJudge.result = spy  # type: ignore[method-assign]
    try:
        result = retriever.retrieve(question, k=5)
    finally:
        CoverageJudge.result = original  # type: ignore[method-assign]
    return seen, result


def explain(retriever: Any, question: str) -> dict[str, Any]:
    """``diagnose`` of one question, with the retriever's own verdict and hits."""
    seen, result = judged(retriever, question, diagnose)
    seen.update(covered=result.covered, reason=result.reason, hits=[h.id for h in result.hits])
    seen["refused_by"] = _refused_by(seen)
    return seen


def run(sets: set[str], ids: set[str], refused_only: bool) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for qset in discover_sets(ROOT / "eval"):
        if sets and qset.name not in sets:
            continue
        r = open_retriever(qset, ROOT / "indexes")
        for q in load_questions(qset.questions):
            if ids and q.id not in ids:
                continue
            seen = explain(r, q.question)
            if refused_only and (seen["covered"] or not q.relevant):
                continue
            rows.append({"id": q.id, "question": q.question, "relevant": list(q.relevant), **seen})
    return rows


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--sets", default="")
    p.add_argument("--ids", default="")
    p.add_argument("--refused", action="store_true", help="answerable questions refused only")
    args = p.parse_args()
    rows = run(
        set(filter(None, args.sets.split(","))),
        set(filter(None, args.ids.split(","))),
        args.refused,
    )
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
