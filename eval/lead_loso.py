"""Round 16: fit MEANING_LEAD (answer/entry_choice.py) leave-one-set-out.

A question that only describes its term goes to the second hit when that entry's best
unit is closer in meaning than the first's by more than the lead. Every setting answers
all sets once (retrieval and coverage do not depend on it); for each held-out set the
lead is chosen on the other sets (citation precision + answer hit summed in questions,
then key facts, then "off"), then applied to the held-out set.

    python eval/lead_loso.py                  # all sets, the grid below
    python eval/lead_loso.py --sets a,b,c
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import measure_set, open_retriever  # noqa: E402

from rag_glossary.answer import meaning_choice  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402

GRID = {"off": 9.0, "0.05": 0.05, "0.1": 0.1, "0.15": 0.15, "0.2": 0.2}
COLS = ("prec", "hit", "keyf")
# per setting, per set: each column summed over the set's answerable questions
Table = dict[str, dict[str, dict[str, float]]]


def answered(wanted: set[str]) -> Table:
    sets = [q for q in discover_sets(ROOT / "eval") if not wanted or q.name in wanted]
    retrievers = {q.name: open_retriever(q, ROOT / "indexes") for q in sets}
    table: Table = {}
    for label, lead in GRID.items():
        meaning_choice.MEANING_LEAD = lead
        table[label] = {}
        for qset in sets:
            _, rows = measure_set(qset, retrievers[qset.name])
            metrics = [r["metrics"] for r in rows if r["relevant"]]
            names = {"prec": "citation_precision", "hit": "answer_hit", "keyf": "key_fact_recall"}
            table[label][qset.name] = {
                c: sum(m.get(n) or 0.0 for m in metrics) for c, n in names.items()
            }
        total = {c: sum(v[c] for v in table[label].values()) for c in COLS}
        print(label, " ".join(f"{c}={total[c]:.1f}" for c in COLS), flush=True)
    return table


def loso(table: Table) -> dict[str, tuple[float, float]]:
    """Per column: (off, leave-one-set-out), in questions."""
    sets = list(table["off"])
    out = dict.fromkeys(COLS, (0.0, 0.0))
    for held in sets:
        rest = [s for s in sets if s != held]

        def score(label: str, rest: list[str] = rest) -> tuple[float, float, bool]:
            rows = [table[label][s] for s in rest]
            both = round(sum(r["prec"] + r["hit"] for r in rows), 6)
            return both, round(sum(r["keyf"] for r in rows), 6), label == "off"

        chosen = max(table, key=score)
        print(f"{held}: {chosen}")
        for c in COLS:
            off, fitted = out[c]
            out[c] = (off + table["off"][held][c], fitted + table[chosen][held][c])
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="")
    args = parser.parse_args(argv)
    result = loso(answered(set(filter(None, args.sets.split(",")))))
    for c, (off, fitted) in result.items():
        print(f"{c}: off {off:.1f} -> loso {fitted:.1f} ({fitted - off:+.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
