"""Round 51 lane X: every question's lead features and each index's pseudo-question leads.

Per question (the judge's last call inside ``retrieve``): the best dense entry's cosine lead
over the next entry of another term (title group, near-copies left out), the closest answer
unit's cosine anywhere, the verdict before and after the later steps, the question's route.
Per index: the same two numbers for the calibration's pseudo-questions (calibration.py:
masked definitions with their entry kept = positives, with their entry and its copies left
out = negatives), for fitting a per-index bar (eval/lead_loso.py).

    python eval/lead_collect.py --out ROWS.json [--sets a,b]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402

from rag_glossary import judgement_checks, load_questions  # noqa: E402
from rag_glossary.calibration import standout  # noqa: E402
from rag_glossary.coverage import standout_bar  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402
from rag_glossary.judgement import CoverageJudge  # noqa: E402
from rag_glossary.judgement_terms import described as _described  # noqa: E402
from rag_glossary.lead_calibration import lead_of, pseudo_leads, unit_lead  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sets", default="")
    args = ap.parse_args()
    wanted = set(filter(None, args.sets.split(",")))
    rows: list[dict[str, Any]] = []
    indexes: dict[str, Any] = {}
    original = CoverageJudge.result
    judgement_checks.tied = lambda *a, **k: False  # type: ignore[attr-defined]  # the verdict before it
    for qset in discover_sets(ROOT / "eval"):
        if wanted and qset.name not in wanted:
            continue
        r = open_retriever(qset, ROOT / "indexes")
        key = str(qset.corpus or "default")
        if key not in indexes:
            indexes[key] = pseudo_leads(
                r.entries,
                r.vectors,
                r._chunk_entry,
                r.encoder,
                r.units,
                r.entry_vectors,
                r._title_groups,
            )
        for q in load_questions(qset.questions):
            seen: dict[str, Any] = {}

            def spy(
                self: CoverageJudge,
                query: str,
                hits: Any,
                s: Any,
                config: Any,
                coverage: Any,
                units: Any = None,
                seen: dict[str, Any] = seen,
            ) -> Any:
                res = original(self, query, hits, s, config, coverage, units)
                term = coverage.check(query, [h.id for h in hits])
                lead, _ = lead_of(s.dense_all, self.entry_vectors, self.title_groups)
                unit = ulead = None
                if units is not None and s.query is not None and units.count:
                    ulead, unit = unit_lead(s.query, units, self.entry_vectors, self.title_groups)
                z = standout(s.dense_all, self.entry_vectors, self.title_groups)
                seen.update(
                    z=z,
                    zbar=standout_bar(term, self.calibration),
                    ulead=ulead,
                )
                seen.update(
                    lead=lead,
                    unit=unit,
                    judged=res.covered,
                    reason=res.reason,
                    described=bool(term.described),
                    found=term.found,
                    described2=bool(_described(term)),
                    key_term=term.key_term,
                )
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
                index=key,
                relevant=bool(q.relevant),
                covered_now=result.covered,
                reason_now=result.reason,
            )
            rows.append(seen)
        print(qset.name, len(rows), flush=True)
    args.out.write_text(json.dumps({"rows": rows, "indexes": indexes}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
