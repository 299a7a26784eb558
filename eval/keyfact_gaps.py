"""Answers that cite a relevant entry yet miss a key fact: where the missing fact is.

For every answered question of a measure dump whose answer cites a relevant entry and
whose key-fact recall is below 1, each missing fact is placed in one class:

- ``unit``: a unit of a cited relevant entry says it (the composer chose other units);
  the unit is printed, and why it lost: it ranks first by the composer's unit score but
  shares under MIN_COVERAGE of the question's words, or another unit outscored it, or
  it shares under MIN_COVERAGE of the words at all (``low overlap``: the question says
  the fact in other words, or a definition question whose fact is a later sentence);
- ``uncited``: only a relevant entry the answer does not cite says it (a missing side
  of a comparison, the second part of a two-part question);
- ``body``: no unit of a cited entry says it word for word, but its raw body does
  (cleaning, code, a list shown in part);
- ``form``: no relevant entry says it at all (the key fact is written in another form: a
  label problem, no composer fix);

    python eval/keyfact_gaps.py /work/r28/base95.json [--sets a,b] [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402

from rag_glossary.answer.context import idf_of  # noqa: E402
from rag_glossary.answer.overlap import Idf, coverage  # noqa: E402
from rag_glossary.answer.pieces import entry_focus  # noqa: E402
from rag_glossary.answer.question import analyze  # noqa: E402
from rag_glossary.answer.segment import entry_units  # noqa: E402
from rag_glossary.answer.unit_choice import MIN_COVERAGE  # noqa: E402
from rag_glossary.answer.unit_score import unit_score  # noqa: E402
from rag_glossary.answer_metrics import _flat, fact_present  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402
from rag_glossary.models import Hit  # noqa: E402


def _alternatives(fact: str | list[str]) -> list[str]:
    return [fact] if isinstance(fact, str) else list(fact)


def _says(text: str, fact: str | list[str]) -> bool:
    flat = _flat(text)
    return any(_flat(a) and _flat(a) in flat for a in _alternatives(fact))


def classify(row: dict[str, Any], entries: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(class, fact, where) for each missing fact of the row."""
    out = []
    cited = [i for i in row["citations"] if i in row["relevant"]]
    uncited = [i for i in row["relevant"] if i not in row["citations"]]
    for fact in row["must_include"] or []:
        if fact_present(fact, row["answer"]):
            continue
        place = ("form", str(fact), "")
        for eid in cited:
            entry = entries.get(eid)
            if entry is None:
                continue
            found = [u for u in entry_units(entry) if _says(u.text, fact)]
            if found:
                u = found[0]
                where = f"{eid} unit {u.position} ({u.kind}, block {u.block}): {u.text[:160]}"
                place = ("unit", str(fact), where)
                break
            if _says(entry.body, fact):
                place = ("body", str(fact), eid)
        if place[0] == "form":
            for eid in uncited:
                entry = entries.get(eid)
                if entry is not None and _says(entry.body, fact):
                    place = ("uncited", str(fact), eid)
                    break
        out.append(place)
    return out


def why_lost(row: dict[str, Any], entry: Any, hit: Hit | None, fact: Any, idf: Idf) -> str:
    """Why the unit that says ``fact`` lost: ranks first under coverage, outscored, low
    overlap (the composer's own unit score and coverage, with the answer's idf)."""
    q = analyze(row["question"])
    focus = entry_focus(q, hit) if hit is not None else q.focus
    units = entry_units(entry)
    scored = sorted(units, key=lambda u: (-unit_score(q, focus, u, idf), u.position))
    says = next((u for u in scored if _says(u.text, fact)), None)
    if says is None:
        return ""
    if coverage(focus, says, idf, forms=True) < MIN_COVERAGE:
        first = says is scored[0]
        return f"{q.shape}: " + ("ranks first, under coverage" if first else "low overlap")
    if says is scored[0]:
        return f"{q.shape}: ranks first, covers, not shown"  # room, a list shown in part
    return f"{q.shape}: outscored"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump")
    parser.add_argument("--sets", default="")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    rows = json.loads(Path(args.dump).read_text())
    wanted = set(filter(None, args.sets.split(",")))
    gaps = [
        r
        for r in rows
        if r["covered"]
        and r["metrics"].get("answer_hit") == 1.0
        and r["metrics"].get("key_fact_recall", 1.0) < 1.0
        and (not wanted or r["set"] in wanted)
    ]
    by_set: dict[str, list[dict[str, Any]]] = {}
    for r in gaps:
        by_set.setdefault(r["set"], []).append(r)
    counts: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    for qset in discover_sets(ROOT / "eval"):
        if qset.name not in by_set:
            continue
        retriever = open_retriever(qset, ROOT / "indexes")
        entries = {e.id: e for e in retriever.entries}
        idf = idf_of(retriever.lexical) or (lambda _t: 1.0)
        for r in by_set[qset.name]:
            places = classify(r, entries)
            lost = ""
            if places and places[0][0] == "unit":
                eid = places[0][2].split(" unit ")[0]
                hit = next((h for h in retriever.search(r["question"], k=5) if h.id == eid), None)
                fact = next(f for f in r["must_include"] if str(f) == places[0][1])
                lost = why_lost(r, entries[eid], hit, fact, idf)
                counts[f"unit, {lost.split(': ')[1]}"] += 1
            top = min((p[0] for p in places), key=["unit", "uncited", "body", "form"].index)
            counts[top] += 1
            kinds[(top, r["kind"])] += 1
            print(f"## {r['id']} [{r['kind']}] {top}: {r['question']}")
            for cls, fact, where in places:
                print(f"   - {cls}: {fact!r} {where}")
            if lost:
                print(f"   why: {lost}")
            if args.show:
                print(f"   answer: {r['answer']}")
    print(f"\n{len(gaps)} answers: {dict(counts)}")
    for (cls, kind), n in sorted(kinds.items()):
        print(f"  {cls:8} {kind:12} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
