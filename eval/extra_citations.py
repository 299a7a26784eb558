"""Round 57 lane CP: where citation precision is lost, from the measure dumps.

Every answerable question is put in one group: refused (precision 0), answered citing
only relevant ids, or answered citing an id not in ``relevant``; the last are split by
shape (one wrong entry: kept from the retriever's first hit, or the composer moved off a
right first hit, or off a wrong one to another wrong one; two or more citations: the
wrong one first or a second one added). A second table counts, for the sets under the
precision target, how many would reach it if each group were mended. With ``--trace``
the composer answers each question of the "second added" / "wrong first" shapes again
(indexes under ``--index-root``) and names the step that brought the extra id (the first
of ``_compose``'s steps whose statements cite it).

    python eval/extra_citations.py DUMP.json [DUMP.json ...] [--sets a,b] [-v]
    python eval/extra_citations.py DUMP.json ... --trace --index-root idx
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

TARGET = 0.95  # issue 10: citation precision on every set

Row = dict[str, Any]


def shape_of(row: Row) -> str:
    """The group of one answerable row of a measure dump."""
    if not row["covered"]:
        return "refused"
    cited, relevant = row["citations"], set(row["relevant"])
    if not cited:
        return "answered without citation"
    if set(cited) <= relevant:
        return "relevant only"
    if len(cited) == 1:
        top = row.get("top10") or []
        if not top or cited[0] == top[0]:
            return "one wrong entry: the first hit"
        if top[0] in relevant:
            return "one wrong entry: moved off a right first hit"
        return "one wrong entry: moved off a wrong first hit"
    if cited[0] not in relevant:
        return "wrong first, relevant later" if set(cited) & relevant else "all wrong"
    return "relevant first, another added"


def precision(row: Row) -> float:
    return float(row["metrics"].get("citation_precision", 0.0))


def mended(rows: Sequence[Row], shape: str) -> float:
    """The set's precision if every row of ``shape`` cited only relevant ids."""
    return sum(1.0 if shape_of(r) == shape else precision(r) for r in rows) / len(rows)


def load(paths: Iterable[str], sets: set[str]) -> list[Row]:
    rows: list[Row] = []
    for path in paths:
        rows += [r for r in json.loads(Path(path).read_text()) if not sets or r["set"] in sets]
    return [r for r in rows if r["relevant"]]


def report(rows: Sequence[Row], verbose: bool) -> None:
    shapes = Counter(shape_of(r) for r in rows)
    lost: defaultdict[str, float] = defaultdict(float)
    for r in rows:
        lost[shape_of(r)] += 1.0 - precision(r)
    print(f"{len(rows)} answerables; precision lost (sum of 1 - prec) by group:")
    for shape, n in shapes.most_common():
        print(f"  {shape:48s} {n:5d}  lost {lost[shape]:7.1f}")
    by_set: defaultdict[str, list[Row]] = defaultdict(list)
    for r in rows:
        by_set[r["set"]].append(r)
    under = {s: rs for s, rs in by_set.items() if sum(map(precision, rs)) / len(rs) < TARGET}
    print(
        f"\n{len(by_set) - len(under)} of {len(by_set)} sets reach precision {TARGET}; "
        f"of the other {len(under)}, mending one group alone lifts:"
    )
    for shape in shapes:
        lifted = [s for s, rs in under.items() if mended(rs, shape) >= TARGET]
        if lifted:
            print(f"  {shape:48s} {len(lifted):4d}  {' '.join(sorted(lifted)[:8])}")
    if verbose:
        for r in rows:
            if shape_of(r) in ("relevant first, another added", "wrong first, relevant later"):
                print(
                    f"\n{r['id']} [{r['kind']}] {r['question']!r}\n  relevant {r['relevant']}"
                    f"\n  cited    {r['citations']}\n  {r['answer'][:300]!r}"
                )


def trace(rows: Sequence[Row], index_root: Path) -> None:
    """The composer step that first cites each extra id (see the module's docstring)."""
    from measure import open_retriever

    import rag_glossary.answer.extractive as composer
    from rag_glossary.answer import Assistant
    from rag_glossary.evaluation import discover_sets

    steps: list[tuple[str, set[str]]] = []

    def cited(out: Any) -> set[str]:
        if hasattr(out, "ids") and not isinstance(out, list | tuple):
            return set(out.ids)
        return {i for s in out or () for i in getattr(s, "ids", ()) or ()}

    def wrapped(name: str, step: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            out = step(*args, **kwargs)
            steps.append((name, cited(out)))
            return out

        return call

    for name in ("_main_group", "make_group", "_compared", "second_entry", "linked",
                 "spelled_out", "acronym_meanings", "named_senses", "stub_answer",
                 "pointer_answer", "_code_part"):  # fmt: skip
        setattr(composer, name, wrapped(name, getattr(composer, name)))
    named = {s.name: s for s in discover_sets(ROOT / "eval")}
    picked = [
        r
        for r in rows
        if shape_of(r) in ("relevant first, another added", "wrong first, relevant later")
    ]
    causes: Counter[str] = Counter()
    for set_name in dict.fromkeys(r["set"] for r in picked):
        assistant = Assistant(open_retriever(named[set_name], index_root), use_llm=False, k=5)
        for r in (r for r in picked if r["set"] == set_name):
            steps.clear()
            answer = assistant.ask(r["question"])
            for extra in sorted(set(answer.citations) - set(r["relevant"])):
                step = next((n for n, ids in steps if extra in ids), "?")
                causes[f"{shape_of(r)} <- {step}"] += 1
                print(f"{r['id']}: {extra} <- {step}")
    print()
    for cause, n in causes.most_common():
        print(f"  {cause:60s} {n:4d}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", nargs="+")
    parser.add_argument("--sets", default="")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--trace", action="store_true")
    parser.add_argument("--index-root", default=str(ROOT / "indexes"))
    args = parser.parse_args(argv)
    rows = load(args.dumps, set(filter(None, args.sets.split(","))))
    report(rows, args.verbose)
    if args.trace:
        trace(rows, Path(args.index_root))


if __name__ == "__main__":
    main()
