"""Round 34 lane D: features of the covered described questions (negatives answered on a
shared word vs answerable descriptions answered), from a dump of eval/measure.py; JSON
rows for eval/shared_word_loso.py.

    python eval/shared_word_features.py BASE.json OUT.json [--sets a,b]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402

from rag_glossary import judgement  # noqa: E402
from rag_glossary.calibration import standout, unit_standout  # noqa: E402
from rag_glossary.coverage import standout_bar  # noqa: E402
from rag_glossary.coverage.described_support import word_support  # noqa: E402
from rag_glossary.coverage.head_noun import entry_words, head_noun  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402
from rag_glossary.judgement_share import word_shares  # noqa: E402

CAUGHT: dict[str, object] = {}
_orig = judgement.CoverageJudge.result


def _spy(self, query, hits, s, config, coverage, units=None):  # type: ignore[no-untyped-def]
    out = _orig(self, query, hits, s, config, coverage, units)
    term = coverage.check(query, [h.id for h in hits])
    at = self.position(hits[0].id) if hits else None
    f: dict[str, object] = {"described": bool(term.described), "reason": out.reason}
    f.update(covered=out.covered, clean=bool(term.clean), key=term.key_term)
    f.update(found=term.found, generic=bool(getattr(term, "generic", False)))
    if at is None or not s.dense_all:
        CAUGHT["f"] = f
        return out
    g = self.title_groups
    text = judgement._text(self.entries[at])
    head = head_noun(query)
    z = standout(s.dense_all, self.entry_vectors, g)
    plain = term.described and self._plain(query, s)
    f.update(head=head.word if head else None, support=word_support(query, text))
    if head is not None:
        here = head.said_in(entry_words([text]))
        holders = sum(head.said_in(entry_words([judgement._text(e)])) for e in self.entries)
        f.update(head_any=bool(head.said_in(self._entry_words)), head_here=bool(here))
        f.update(head_holders=int(holders))
    f.update(margin=z - standout_bar(term, self.calibration, plain, 0), z=z)
    f.update(cos0=float(s.dense_all.get(at, 0.0)))
    if self.lexical is not None:
        sh = word_shares(self.lexical, query, len(g))
        other = g != g[at]
        f.update(share=float(sh[at]), share_other=float(sh[other].max()) if other.any() else 0.0)
    sim = self.unit_similarity(s, units)
    if sim is not None and units is not None and s.query is not None:
        top, usd = unit_standout(s.query, units, self.entry_vectors, g)
        f.update(unit_same=bool(top >= 0 and g[top] == g[at]), unit_sd=usd)
        f.update(unit0=sim.best(hits[0].id) or 0.0, unit_best=sim.best(self._best_dense(s).id))
    CAUGHT["f"] = f
    return out


judgement.CoverageJudge.result = _spy  # type: ignore[method-assign]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("out")
    ap.add_argument("--sets", default="")
    a = ap.parse_args()
    rows = json.loads(Path(a.base).read_text(encoding="utf-8"))
    want = set(a.sets.split(",")) if a.sets else None
    by_set = defaultdict(list)
    for r in rows:
        if want and r["set"] not in want:
            continue
        if r["covered"] and r["kind"] in ("negative", "paraphrase", "content"):
            by_set[r["set"]].append(r)
    out = []
    sets = {q.name: q for q in discover_sets(ROOT / "eval")}
    for name, rs in by_set.items():
        ret = open_retriever(sets[name], ROOT / "indexes")
        for r in rs:
            ret.retrieve(r["question"], k=5)
            f = dict(CAUGHT["f"])  # type: ignore[call-overload]
            f.update(set=name, id=r["id"], kind=r["kind"], question=r["question"])
            f.update(cited=r["citations"][:1], right=r["metrics"].get("answer_hit") == 1.0)
            out.append(f)
        print(name, len(rs), file=sys.stderr)
    Path(a.out).write_text(json.dumps(out), encoding="utf-8")


if __name__ == "__main__":
    main()
