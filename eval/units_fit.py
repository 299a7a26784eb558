"""Round 12: fit the unit-cosine passage choice and check it leave-one-set-out.

Retrieval runs once per question (cached); the extractive answer is recomposed for
every setting of the grid, so a grid over all 28 sets costs one measure run plus
the composition. For each held-out set the setting is chosen on the other 27 sets
(key-fact recall sum, then precision), then applied to the held-out set.

    python eval/units_fit.py                      # the grid and the LOSO table
    python eval/units_fit.py --diagnose           # where the missing facts sit
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402

from rag_glossary import Assistant, Retriever, load_questions  # noqa: E402
from rag_glossary.answer import passage  # noqa: E402
from rag_glossary.answer.segment import units  # noqa: E402
from rag_glossary.answer_metrics import aggregate, answer_row, fact_present  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402
from rag_glossary.models import RetrievalResult  # noqa: E402

COLS = ("prec", "hit", "keyf", "dirty", "words")
Setting = dict[str, float]


class Cached:
    """A retriever whose results are kept, so a composition grid retrieves once."""

    def __init__(self, retriever: Retriever) -> None:
        self.inner = retriever
        self.lexical = retriever.lexical
        self.memo: dict[tuple[str, int], RetrievalResult] = {}

    def retrieve(self, query: str, k: int = 5) -> RetrievalResult:
        if (query, k) not in self.memo:
            self.memo[(query, k)] = self.inner.retrieve(query, k)
        return self.memo[(query, k)]


def loaded_sets(wanted: set[str]) -> Iterator[tuple[str, Cached, list[Any]]]:
    for qset in discover_sets(ROOT / "eval"):
        if wanted and qset.name not in wanted:
            continue
        retriever = Cached(open_retriever(qset, ROOT / "indexes"))
        yield qset.name, retriever, list(load_questions(qset.questions))


def set_row(retriever: Cached, questions: Sequence[Any]) -> tuple[dict[str, float], list[Any]]:
    assistant = Assistant(retriever, use_llm=False, k=5)
    rows, answers = [], []
    for q in questions:
        answer = assistant.ask(q.question)
        row = answer_row(q, answer.text, answer.citations, abstained=not answer.covered)
        rows.append((q.kind, row))
        answers.append(answer)
    agg = aggregate(rows)["all"]
    values = {
        "prec": agg.get("citation_precision", 0.0),
        "hit": agg.get("answer_hit", 0.0),
        "keyf": agg.get("key_fact_recall", 0.0),
        "dirty": agg.get("dirty", 0.0),
        "words": agg.get("median_words", 0.0),
    }
    return values, answers


def apply(setting: Setting) -> None:
    for name, value in setting.items():
        setattr(passage, name, value)


def grid(spec: dict[str, Sequence[float]]) -> list[Setting]:
    names = list(spec)
    return [dict(zip(names, values, strict=True)) for values in itertools.product(*spec.values())]


def loso(results: dict[str, dict[str, dict[str, float]]], settings: list[str], base: str) -> None:
    """results[setting][set][col]: choose on 27 sets, apply to the 28th."""
    sets = list(results[base])
    print(
        "| held out | chosen | keyf base | keyf loso | prec base | prec loso | hit base | hit loso |"  # noqa: E501
    )
    total = dict.fromkeys(("kb", "kl", "pb", "pl", "hb", "hl"), 0.0)
    for held in sets:
        rest = [x for x in sets if x != held]

        def score(s: str, rest: list[str] = rest) -> tuple[float, float, float]:
            keyf = sum(results[s][x]["keyf"] for x in rest)
            prec = sum(results[s][x]["prec"] for x in rest)
            return (round(keyf, 6), round(prec, 6), float(s == base))

        chosen = max(settings, key=score)
        b, c = results[base][held], results[chosen][held]
        for key, col in (("k", "keyf"), ("p", "prec"), ("h", "hit")):
            total[key + "b"] += b[col]
            total[key + "l"] += c[col]
        print(
            f"| {held} | {chosen} | {b['keyf']:.3f} | {c['keyf']:.3f} | {b['prec']:.3f} | "
            f"{c['prec']:.3f} | {b['hit']:.3f} | {c['hit']:.3f} |"
        )
    print(
        f"| SUM | | {total['kb']:.3f} | {total['kl']:.3f} | {total['pb']:.3f} | {total['pl']:.3f} "
        f"| {total['hb']:.3f} | {total['hl']:.3f} |"
    )


def diagnose(name: str, retriever: Cached, questions: Sequence[Any]) -> None:
    """Each answered question missing a fact that a unit of its cited relevant entry holds:
    the cosine rank of that unit among the entry's units."""
    assistant = Assistant(retriever, use_llm=False, k=5)
    for q in questions:
        facts = list(getattr(q, "must_include", ()) or ())
        if not q.relevant or not facts:
            continue
        answer = assistant.ask(q.question)
        cited = [c for c in answer.citations if c in q.relevant]
        missing = [f for f in facts if not fact_present(f, answer.text)]
        result = retriever.retrieve(q.question, 5)
        sim = result.unit_similarity
        if not answer.covered or not cited or not missing or sim is None:
            continue
        entry = next(h.entry for h in answer.hits if h.id == cited[0])
        pool = units(entry.body)
        ranked = sorted(pool, key=lambda u: -(sim(entry.id, u) or -1.0))
        holders = [i for i, u in enumerate(ranked) if any(fact_present(f, u.text) for f in missing)]
        first = ranked.index(pool[0]) if pool else -1
        print(
            f"{name}\t{q.id}\t{q.kind}\tunits={len(pool)}\tfact_rank={holders[:3]}\tdef_rank={first}\t{q.question[:70]}"
        )


def changes(name: str, retriever: Cached, questions: Sequence[Any], setting: Setting) -> None:
    """The answers a setting changes against no unit cosine at all, with their key facts."""
    apply(OFF)
    _, before = set_row(retriever, questions)
    apply({**OFF, **setting})
    _, after = set_row(retriever, questions)
    for q, a, b in zip(questions, before, after, strict=True):
        if a.text != b.text:
            facts = list(getattr(q, "must_include", ()) or ())
            ka = sum(fact_present(f, a.text) for f in facts)
            kb = sum(fact_present(f, b.text) for f in facts)
            print(f"=== {name} {q.id} [{q.kind}] facts {ka}->{kb}/{len(facts)}: {q.question}")
            print(f"--- before: {a.text}\n+++ after: {b.text}\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="")
    parser.add_argument("--diagnose", action="store_true")
    parser.add_argument("--grid", default="lead", choices=sorted(GRIDS))
    parser.add_argument("--changes", default="", help="NAME=VALUE,...: answers it changes")
    args = parser.parse_args(argv)
    loaded = list(loaded_sets(set(filter(None, args.sets.split(",")))))
    if args.changes:
        setting = {k: float(v) for k, v in (x.split("=") for x in args.changes.split(","))}
        for name, retriever, questions in loaded:
            changes(name, retriever, questions, setting)
        return 0
    if args.diagnose:
        apply(OFF)
        for name, retriever, questions in loaded:
            diagnose(name, retriever, questions)
        return 0
    settings = {"base": OFF}
    for s in grid(GRIDS[args.grid]):
        settings[",".join(f"{k}={v:g}" for k, v in s.items())] = {**OFF, **s}
    results: dict[str, dict[str, dict[str, float]]] = {}
    for label, setting in settings.items():
        apply(setting)
        results[label] = {name: set_row(r, qs)[0] for name, r, qs in loaded}
        tot = {c: sum(v[c] for v in results[label].values()) for c in COLS}
        print(label, " ".join(f"{c}={tot[c]:.3f}" for c in COLS), flush=True)
    loso(results, list(settings), "base")
    return 0


OFF: Setting = {"MEANING_MARGIN": 9.0}  # no unit is ever this much closer: today's answers
GRIDS: dict[str, dict[str, Sequence[float]]] = {
    "lead": {"MEANING_MARGIN": (-0.05, 0.0, 0.05, 0.1, 0.15)},
}

if __name__ == "__main__":
    sys.exit(main())
