"""Round 14 experiment: every question's coverage inputs and candidate features, as JSON.

Hooks ``CoverageJudge.result`` while each set's questions are retrieved and keeps
what the verdict rests on (route, standout margin, the verdict before and after the
unit second opinion) with candidate features for refitting it (eval/coverage_loso.py).
No unit is encoded: the build-time unit vectors give the cosines.

    python eval/coverage_features.py --out scratch/cov.json [--sets a,b]
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
from rag_glossary.coverage import judge, standout_bar, standout_decides  # noqa: E402
from rag_glossary.everyday import _WORD, everyday_words, support_stems  # noqa: E402
from rag_glossary.judgement import CoverageJudge, _text, not_a_name  # noqa: E402

# Keyed by the entries' id with the entries kept alive (a freed index's id can be reused).
_CORPUS: dict[int, tuple[Any, set[str]]] = {}


def _rare(query: str) -> list[str]:
    words = [w for w in _WORD.findall(query.lower()) if len(w) >= 3 and w.isalpha()]
    return list(dict.fromkeys(w for w in words if w not in everyday_words()))


def capture(
    self: CoverageJudge,
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
    z = standout(s.dense_all, self.entry_vectors, self.title_groups)
    plain = term.described and self._plain(query, s)
    unsupported = self._unsupported(query, s) if term.described else 0
    loose = term.described and self._loose(query, s)
    v = judge(term, z, self.calibration, config.min_confidence, plain, unsupported, loose)
    if term.key_term is None:
        route = "none"
    elif not standout_decides(term):
        route = "found"
    elif term.found is False and term.term_style:
        route = "missing"
    else:
        route = "described"
    sim = self.unit_similarity(s, units)
    top = heapq.nlargest(5, s.dense_all, key=s.dense_all.__getitem__)
    ub = [(sim.best(self.entries[i].id) if sim else None) for i in top]
    key = id(self.entries)
    if key not in _CORPUS:
        _CORPUS[key] = (self.entries, support_stems(_text(e) for e in self.entries))
    corpus = _CORPUS[key][1]
    rare = _rare(query)
    top_support = support_stems([_text(self.entries[top[0]])]) if top else set()
    all_words = [w for w in _WORD.findall(query.lower()) if len(w) >= 3 and w.isalpha()]
    return {
        "route": route,
        "how": term.how,
        "key_term": term.key_term,
        "named_missing": term.named_missing,
        "sibling": bool(term.sibling),
        "z": z,
        "bar": standout_bar(term, self.calibration, plain, unsupported),
        "plain": bool(plain),
        "unsupported": unsupported,
        "loose": bool(loose),
        "pre_covered": v.covered,
        "pre_conf": v.confidence,
        "dense": [[int(i), float(s.dense_all[i])] for i in top],
        "top_has_body": bool(top and self.entries[top[0]].body.strip()),
        "ubest": [u if u is not None else -1.0 for u in ub],
        "n_words": len(all_words),
        "n_rare": len(rare),
        "rare_absent_corpus": sum(1 for w in rare if w[:4] not in corpus),
        "rare_absent_top": sum(1 for w in rare if w[:4] not in top_support),
        "unsupported_all": self._unsupported(query, s),
        "hits": [h.id for h in hits],
    }


Extra = Callable[..., dict[str, Any]]


def collect(wanted: set[str], extra: Extra | None = None) -> list[dict[str, Any]]:
    """One row per question of the wanted sets (all when empty): what CoverageJudge.result
    saw (``capture``, plus ``extra(judge, *args, result=its_result)`` when given) and
    today's verdict."""
    from rag_glossary.evaluation import discover_sets

    rows: list[dict[str, Any]] = []
    original = CoverageJudge.result
    for qset in discover_sets(ROOT / "eval"):
        if wanted and qset.name not in wanted:
            continue
        r = open_retriever(qset, ROOT / "indexes")
        for q in load_questions(qset.questions):
            seen: dict[str, Any] = {}

            def spy(self: CoverageJudge, *a: Any, seen: dict[str, Any] = seen, **k: Any) -> Any:
                res = original(self, *a, **k)
                seen.update(capture(self, *a, **k))
                if extra is not None:
                    seen.update(extra(self, *a, result=res))
                return res

            CoverageJudge.result = spy  # type: ignore[method-assign]
            try:
                result = r.retrieve(q.question, k=5)
            finally:
                CoverageJudge.result = original  # type: ignore[method-assign]
            seen.update(
                set=qset.name,
                id=q.id,
                kind=q.kind,
                question=q.question,
                relevant=list(q.relevant),
                covered_now=result.covered,
            )
            rows.append(seen)
        print(qset.name, len(rows), flush=True)
    return rows


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, default=ROOT / "scratch" / "cov.json")
    p.add_argument("--sets", default="")
    args = p.parse_args()
    rows = collect(set(filter(None, args.sets.split(","))))
    args.out.parent.mkdir(exist_ok=True)
    args.out.write_text(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
