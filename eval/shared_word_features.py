"""Round 34 lane D: features of the covered described questions (negatives answered on a
shared word vs answerable descriptions answered), from a dump of eval/measure.py; JSON
rows for eval/shared_word_loso.py.

    python eval/shared_word_features.py BASE.json OUT.json [--sets a,b]
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
from rag_glossary.coverage.described_support import word_support  # noqa: E402
from rag_glossary.coverage.head_noun import entry_words, head_noun  # noqa: E402
from rag_glossary.judgement_share import word_shares  # noqa: E402


def _features(self, query, hits, s, coverage, units, out):  # type: ignore[no-untyped-def]
    term = coverage.check(query, [h.id for h in hits])
    at = self.position(hits[0].id) if hits else None
    f: dict[str, object] = {"described": bool(term.described), "reason": out.reason}
    f.update(covered=out.covered, clean=bool(term.clean), key=term.key_term)
    f.update(found=term.found, generic=bool(getattr(term, "generic", False)))
    if at is None or not s.dense_all:
        return f
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
    return f


CAUGHT = spy_on_judge(_features)


def main() -> None:
    collect(
        CAUGHT,
        keep=lambda r: r["covered"] and r["kind"] in ("negative", "paraphrase", "content"),
        fields=lambda r: {
            "kind": r["kind"],
            "question": r["question"],
            "cited": r["citations"][:1],
            "right": r["metrics"].get("answer_hit") == 1.0,
        },
    )


if __name__ == "__main__":
    main()
