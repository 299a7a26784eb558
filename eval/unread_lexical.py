"""Dry run: would a *lexical* standout judge questions the model cannot read (round 54, LX)?

For every question of the given sets that the packaged English model reads letter by letter
(query_encoding.unread_by: Thai, Hebrew, Arabic, Cyrillic, Greek, Devanagari, CJK, Hangul),
print the base verdict, whether its first hit is relevant, and the lexical standout: how far
the first BM25 entry's score lies above the next other title's entry, as a share of its score
(``lexical_lead``). Each index's bar is calibrated from its own entries like the dense bars
(calibration.py): the masked start of every definition the model cannot read is scored by BM25
with its entry and the entry's copies left out (a concept the glossary lacks), and the bar is a
quantile of those left-out leads (``--quantiles``). The summary counts, per quantile, what the
lexical standout would change if it answered a question the standout path refused (a rescue:
first BM25 entry = first hit, lead >= bar) and if it refused one the standout path answered.

``--described`` reruns the sets with an unread question never read as a name (the missing-name
route's strict bar off, the described route's dense bars on) and prints what flips.

    python eval/unread_lexical.py --sets quantfin-glossary,forex-glossary > out.txt

Round 54 (11 sets, 440 questions): no quantile nets positive. 0.9: rescues 6 answerables,
answers 14 negatives and 2 answerables on a wrong entry; 0.99: +2 -3. Refusing under the bar
instead: +8 negatives, -15 answerables. ``--described``: +8, -68 (the dense standout of an
unread question "stands out" for negatives too: the strict bar is what refuses them).
"""

from __future__ import annotations

import argparse
import collections
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402

from rag_glossary import calibration as cal  # noqa: E402
from rag_glossary import judgement, load_questions  # noqa: E402
from rag_glossary.coverage import NO_STANDOUT, SPECIFIC_UNSAID, standout_decides  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402
from rag_glossary.models import Entry  # noqa: E402
from rag_glossary.query_encoding import UNREAD_SHARE, unread_by  # noqa: E402

MIN_UNREAD = 20  # entries whose definition the model cannot read, for a bar
REFUSALS = (NO_STANDOUT, SPECIFIC_UNSAID, "key term missing")


def lexical_lead(
    scores: np.ndarray, groups: np.ndarray, drop: set[int] | None = None
) -> tuple[int, float]:
    """The best-scored entry (-1: none) and its lead over the next other title's entry, as a
    share of its score (1.0: no other entry scored)."""
    skip = drop or set()
    top = -1
    for i in np.argsort(-scores, kind="stable")[: 64 + len(skip)].tolist():
        if i in skip:
            continue
        if scores[i] <= 0:
            break
        if top < 0:
            top = i
        elif groups[i] != groups[top]:
            return top, 1.0 - float(scores[i]) / float(scores[top])
    return top, 1.0 if top >= 0 else 0.0


def left_out_leads(
    entries: Sequence[Entry],
    groups: np.ndarray,
    unread: Callable[[str], float],
    copies: Callable[[int], set[int]],
    scores: Callable[[str], np.ndarray],
    sample: int = 64,
) -> list[float]:
    """The lexical leads of the index's unread masked definitions, their entry left out
    (empty: fewer than MIN_UNREAD such entries)."""
    texts = {i: cal._masked_definition(e) for i, e in enumerate(entries) if e.body.strip()}
    picked = [i for i, t in texts.items() if t.strip() and unread(t) >= UNREAD_SHARE]
    if len(picked) < MIN_UNREAD:
        return []
    rng = np.random.default_rng(0)
    picked = sorted(rng.permutation(picked)[:sample].tolist())
    return [lexical_lead(scores(texts[i]), groups, copies(i))[1] for i in picked]


def rows_of(name: str, qset: Any, described: bool) -> tuple[list[dict[str, Any]], list[float]]:
    retriever = open_retriever(qset, ROOT / "indexes")
    judge = retriever._judge
    seen: dict[str, Any] = {}
    original = judgement.CoverageJudge.result
    not_a_name = judgement.not_a_name  # type: ignore[attr-defined]
    unread_now: set[str] = set()

    def captured(self: Any, query: str, hits: Any, s: Any, *rest: Any, **kw: Any) -> Any:
        out = original(self, query, hits, s, *rest, **kw)
        seen.update(s=s, hits=hits, verdict=out, term=rest[1].check(query, [h.id for h in hits]))
        return out

    judgement.CoverageJudge.result = captured  # type: ignore[method-assign]

    def read_as_description(term: Any, query: str, language: str | None) -> bool:
        return bool(not_a_name(term, query, language)) or query in unread_now

    if described:
        judgement.not_a_name = read_as_description  # type: ignore[attr-defined,assignment]
    leads = left_out_leads(
        retriever.entries,
        judge.title_groups,
        retriever.encoder.unread_share,  # type: ignore[attr-defined]
        lambda i: cal._copies(i, retriever.entries, judge.entry_vectors),
        retriever.lexical.scores,
    )
    rows = []
    try:
        for q in load_questions(qset.questions):
            mended = retriever.mended(q.question)
            unread = unread_by(retriever.encoder, mended)
            unread_now.clear()
            if unread:
                unread_now.add(mended)
            result = retriever.retrieve(q.question, k=5)
            s, hits, term = seen["s"], seen["hits"], seen["term"]
            bm25 = np.zeros(len(retriever.entries), dtype=np.float32)
            for i, v in s.bm25.items():
                bm25[i] = v
            top, lead = lexical_lead(bm25, judge.title_groups)
            first = retriever._position.get(hits[0].id) if hits else None
            rows.append(
                {
                    "set": name,
                    "id": q.id,
                    "kind": q.kind,
                    "neg": not q.relevant,
                    "unread": unread,
                    "covered": result.covered,
                    "reason": seen["verdict"].reason,
                    "decides": standout_decides(term),
                    "hit0": hits[0].id if hits else None,
                    "hit0_ok": bool(hits and hits[0].id in q.relevant),
                    "lexical_first": top >= 0 and top == first,
                    "lead": lead,
                }
            )
    finally:
        judgement.CoverageJudge.result = original  # type: ignore[method-assign]
        judgement.not_a_name = not_a_name  # type: ignore[attr-defined]
    return rows, leads


def summary(rows: list[dict[str, Any]], bars: dict[str, list[float]], quantile: float) -> str:
    counts: collections.Counter[str] = collections.Counter()
    for r in rows:
        if not (r["unread"] and r["decides"]) or not bars[r["set"]]:
            continue
        clear = r["lexical_first"] and r["lead"] >= float(np.quantile(bars[r["set"]], quantile))
        if not r["covered"] and clear and r["reason"].startswith(REFUSALS):
            got = "negative" if r["neg"] else "ok" if r["hit0_ok"] else "wrong"
            counts["rescue: " + got] += 1
        if r["covered"] and not clear:
            counts["refuse: " + ("negative" if r["neg"] else "answerable")] += 1
    return f"q={quantile}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", required=True)
    parser.add_argument("--quantiles", default="0.8,0.9,0.95,0.99,1.0")
    parser.add_argument("--described", action="store_true")
    args = parser.parse_args()
    sets = {q.name: q for q in discover_sets(ROOT / "eval")}
    rows: list[dict[str, Any]] = []
    bars: dict[str, list[float]] = {}
    base: dict[str, bool] = {}
    for name in args.sets.split(","):
        got, bars[name] = rows_of(name, sets[name], described=False)
        rows += got
        if args.described:
            base.update({r["id"]: r["covered"] for r in got})
            rows[-len(got) :] = rows_of(name, sets[name], described=True)[0]
    for r in rows:
        if r["unread"]:
            flag = "NEG" if r["neg"] else ("ok " if r["hit0_ok"] else "   ")
            print(
                f"{r['id']:28} {r['kind'][:5]:5} {flag} {'cov' if r['covered'] else '---'} "
                f"{r['reason'][:32]:32} first={r['lexical_first']!s:5} lead={r['lead']:.2f}"
            )
    if args.described:
        flips = collections.Counter(
            ("better" if r["neg"] != r["covered"] and (r["neg"] or r["hit0_ok"]) else "worse")
            for r in rows
            if r["covered"] != base[r["id"]]
        )
        print("described route for unread questions:", dict(flips))
        return
    for quantile in (float(x) for x in args.quantiles.split(",")):
        print(summary(rows, bars, quantile))


if __name__ == "__main__":
    main()
