"""Round 33 lane N: features of the described questions the glossary answers (negatives
answered by a neighbour vs answerable descriptions answered right), from a dump of
eval/measure.py; written as JSON for eval/neighbour_loso.py.

    python eval/neighbour_features.py BASE.json OUT.json [--sets a,b]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from judge_spy import collect, spy_on_judge  # noqa: E402

from rag_glossary import judgement  # noqa: E402
from rag_glossary.calibration import standout, unit_standout  # noqa: E402
from rag_glossary.coverage import standout_bar  # noqa: E402
from rag_glossary.coverage.described_support import content_words  # noqa: E402
from rag_glossary.everyday import unsupported_rare  # noqa: E402
from rag_glossary.judgement_share import word_shares  # noqa: E402
from rag_glossary.lexical import stem  # noqa: E402


def _features(self, query, hits, s, coverage, units, out):  # type: ignore[no-untyped-def]
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
    return f


CAUGHT = spy_on_judge(_features)


def main() -> None:
    collect(
        CAUGHT,
        keep=lambda r: r["covered"],
        fields=lambda r: {
            "kind": r["kind"],
            "cited": r["citations"][:1],
            "right": r["metrics"].get("answer_hit") == 1.0,
        },
    )


if __name__ == "__main__":
    main()
