"""Round 33 lane N: features of the described questions the glossary answers (negatives
answered by a neighbour vs answerable descriptions answered right), from a dump of
eval/measure.py; written as JSON for eval/neighbour_loso.py.

    python eval/neighbour_features.py BASE.json OUT.json [--sets a,b]
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
from rag_glossary.coverage.described_support import content_words  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402
from rag_glossary.everyday import unsupported_rare  # noqa: E402
from rag_glossary.judgement_share import word_shares  # noqa: E402
from rag_glossary.lexical import stem  # noqa: E402

CAUGHT: dict[str, object] = {}
_orig = judgement.CoverageJudge.result


def _spy(self, query, hits, s, config, coverage, units=None):  # type: ignore[no-untyped-def]
    out = _orig(self, query, hits, s, config, coverage, units)
    term = coverage.check(query, [h.id for h in hits])
    at = self.position(hits[0].id) if hits else None
    bd = max(s.dense_all, key=s.dense_all.__getitem__) if s.dense_all else None
    bm = max(s.bm25, key=s.bm25.__getitem__) if s.bm25 else None
    z = standout(s.dense_all, self.entry_vectors, self.title_groups)
    plain = term.described and self._plain(query, s)
    g = self.title_groups
    f = {"described": bool(term.described), "reason": out.reason, "covered": out.covered}
    if at is not None and bd is not None:
        ub = unsupported_rare(query, judgement._text(self.entries[bd]))
        ua = unsupported_rare(query, judgement._text(self.entries[at]))
        cw = {stem(w) for w in content_words(query)}
        text = judgement._text(self.entries[at]).lower()
        tw = {stem(w) for w in content_words(text)}
        f.update(
            mismatch=bool(g[at] != g[bd]),
            lex_agree=bool(bm is not None and g[bm] == g[bd]),
            lex_h0=bool(bm is not None and g[bm] == g[at]),
            unsup_bd=ub,
            unsup_h0=ua,
            margin=z - standout_bar(term, self.calibration, plain, ub),
            margin_h0=z - standout_bar(term, self.calibration, plain, ua),
            n_content=len(cw),
            n_shared=len(cw & tw),
        )
        if self.lexical is not None:
            sh = word_shares(self.lexical, query, len(g))
            other = g != g[at]
            f.update(
                share=float(sh[at]), share_other=float(sh[other].max()) if other.any() else 0.0
            )
    if at is not None and units is not None and s.query is not None:
        top, usd = unit_standout(s.query, units, self.entry_vectors, g)
        f.update(unit_same=bool(top >= 0 and g[top] == g[at]), unit_sd=usd, z=z)
        f.update(cos0=float(s.dense_all.get(at, 0.0)))
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
        neg = r["kind"] == "negative" and r["covered"]
        ans = r["kind"] != "negative" and r["covered"]
        if neg or ans:
            by_set[r["set"]].append(r)
    out = []
    sets = {q.name: q for q in discover_sets(ROOT / "eval")}
    for name, rs in by_set.items():
        ret = open_retriever(sets[name], ROOT / "indexes")
        for r in rs:
            ret.retrieve(r["question"], k=5)
            f = dict(CAUGHT["f"])  # type: ignore[call-overload]
            f.update(set=name, id=r["id"], kind=r["kind"], cited=r["citations"][:1])
            f.update(right=r["metrics"].get("answer_hit") == 1.0)
            out.append(f)
        print(name, len(rs), file=sys.stderr)
    Path(a.out).write_text(json.dumps(out), encoding="utf-8")


if __name__ == "__main__":
    main()
