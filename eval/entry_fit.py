"""Round 12: fit the unit-cosine entry choice (answer/entry_choice.py) leave-one-set-out.

The knobs it sets (MEANING_GAP, MEANING_WEIGHT, COVER_MEANING, DESCRIBED_ONLY in
entry_choice, SECOND_MEANING_GAP in shapes) lived at commit 168ca71 and were removed:
no setting improved the LOSO sum without a set losing two or more questions (README,
round 12 entry choice). Run it on 168ca71 to reproduce; on later code it stops at once.

Retrieval runs once per question (cached, eval/units_fit.py); the extractive answer is
recomposed for every setting of the grid. For each held-out set the setting is chosen
on the other 27 sets (citation precision + answer hit sum, then key facts, then the
setting closest to today's), then applied to the held-out set. Losses are counted in
questions (a set's mean change times its number of answerable questions).

    python eval/entry_fit.py                      # the grid and the LOSO table
    python eval/entry_fit.py --grid gap           # one mechanism
    python eval/entry_fit.py --changes MEANING_GAP=0.1   # the answers a setting changes
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from units_fit import Cached, loaded_sets  # noqa: E402

from rag_glossary import Assistant  # noqa: E402
from rag_glossary.answer import entry_choice, shapes  # noqa: E402
from rag_glossary.answer_metrics import answer_row  # noqa: E402

COLS = {"prec": "citation_precision", "hit": "answer_hit", "keyf": "key_fact_recall"}
Setting = dict[str, float]
# per set: per question metric rows
Rows = list[dict[str, float]]

OFF: Setting = {
    "MEANING_GAP": 9.0,
    "MEANING_WEIGHT": 0.0,
    "COVER_MEANING": 0.0,
    "SECOND_MEANING_GAP": 9.0,
    "DESCRIBED_ONLY": 0.0,
}
GRIDS: dict[str, dict[str, Sequence[float]]] = {
    "gap": {"MEANING_GAP": (0.05, 0.1, 0.15, 0.2, 0.25, 0.3)},
    "weight": {"MEANING_WEIGHT": (0.1, 0.25, 0.5, 1.0, 2.0)},
    "dgap": {"DESCRIBED_ONLY": (1.0,), "MEANING_GAP": (0.05, 0.1, 0.15)},
    "dcover": {"DESCRIBED_ONLY": (1.0,), "COVER_MEANING": (1.0, 2.0)},
    "cover": {"COVER_MEANING": (0.5, 1.0, 2.0, 4.0)},
    "both": {"MEANING_GAP": (0.1, 0.15, 0.2, 9.0), "MEANING_WEIGHT": (0.0, 0.5, 1.0, 2.0)},
    "second": {"SECOND_MEANING_GAP": (0.0, 0.05, 0.1, 0.15, 0.2)},
}


def apply(setting: Setting) -> None:
    for name, value in setting.items():
        module = shapes if name.startswith("SECOND_") else entry_choice
        if not hasattr(module, name):
            raise SystemExit(f"{module.__name__}.{name} is gone: run this at commit 168ca71")
        setattr(module, name, value)


def set_rows(retriever: Cached, questions: Sequence[Any]) -> tuple[Rows, list[Any]]:
    assistant = Assistant(retriever, use_llm=False, k=5)
    rows, answers = [], []
    for q in questions:
        if not q.relevant:
            continue
        answer = assistant.ask(q.question)
        rows.append(answer_row(q, answer.text, answer.citations, abstained=not answer.covered))
        answers.append(answer)
    return rows, answers


def totals(rows: Rows) -> dict[str, float]:
    """Per column: the sum over questions (in questions) and the set's mean."""
    out: dict[str, float] = {}
    for col, key in COLS.items():
        found = [r[key] for r in rows if key in r]
        out[col] = sum(found)
        out[col + "_n"] = len(found)
        out[col + "_mean"] = sum(found) / len(found) if found else 0.0
    return out


def loso(results: dict[str, dict[str, dict[str, float]]], base: str) -> None:
    """results[setting][set]: choose on 27 sets, apply to the 28th."""
    sets = list(results[base])
    settings = list(results)
    head = "| held out | chosen | prec base | prec loso | hit base | hit loso | keyf base"
    print(head + " | keyf loso |")
    total = dict.fromkeys(("pb", "pl", "hb", "hl", "kb", "kl"), 0.0)
    worst: list[str] = []
    for held in sets:
        rest = [x for x in sets if x != held]

        def score(s: str, rest: list[str] = rest) -> tuple[float, float, float]:
            ph = sum(results[s][x]["prec_mean"] + results[s][x]["hit_mean"] for x in rest)
            keyf = sum(results[s][x]["keyf_mean"] for x in rest)
            return (round(ph, 6), round(keyf, 6), float(s == base))

        chosen = max(settings, key=score)
        b, c = results[base][held], results[chosen][held]
        for key, col in (("p", "prec"), ("h", "hit"), ("k", "keyf")):
            total[key + "b"] += b[col + "_mean"]
            total[key + "l"] += c[col + "_mean"]
            if c[col] - b[col] < -1.0 - 1e-9:
                worst.append(f"{held} {col} {c[col] - b[col]:+.2f} questions")
        print(
            f"| {held} | {chosen} | {b['prec_mean']:.3f} | {c['prec_mean']:.3f} | "
            f"{b['hit_mean']:.3f} | {c['hit_mean']:.3f} | {b['keyf_mean']:.3f} | "
            f"{c['keyf_mean']:.3f} |"
        )
    print(
        f"| SUM | | {total['pb']:.3f} | {total['pl']:.3f} | {total['hb']:.3f} | {total['hl']:.3f} "
        f"| {total['kb']:.3f} | {total['kl']:.3f} |"
    )
    print("sets losing more than one question:", "; ".join(worst) or "none")


def changes(name: str, retriever: Cached, questions: Sequence[Any], setting: Setting) -> None:
    """The answers a setting changes against today's, with what each gains or loses."""
    apply(OFF)
    before_rows, before = set_rows(retriever, questions)
    apply({**OFF, **setting})
    after_rows, after = set_rows(retriever, questions)
    asked = [q for q in questions if q.relevant]
    for q, a, b, ra, rb in zip(asked, before, after, before_rows, after_rows, strict=True):
        if a.text == b.text:
            continue
        delta = " ".join(f"{c}{rb.get(k, 0) - ra.get(k, 0):+.2f}" for c, k in COLS.items())
        print(f"=== {name} {q.id} [{q.kind}] {delta}: {q.question}  relevant={list(q.relevant)}")
        print(f"--- {a.citations}: {a.text[:300]}\n+++ {b.citations}: {b.text[:300]}\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="")
    parser.add_argument("--grid", default="gap", help="comma-separated: " + ",".join(GRIDS))
    parser.add_argument("--changes", default="", help="NAME=VALUE,...: answers it changes")
    args = parser.parse_args(argv)
    loaded = list(loaded_sets(set(filter(None, args.sets.split(",")))))
    if args.changes:
        setting = {k: float(v) for k, v in (x.split("=") for x in args.changes.split(","))}
        for name, retriever, questions in loaded:
            changes(name, retriever, questions, setting)
        return 0
    grids = {g: _settings(GRIDS[g]) for g in args.grid.split(",")}
    results: dict[str, dict[str, dict[str, float]]] = {}
    every = {"base": OFF} | {k: v for g in grids.values() for k, v in g.items()}
    for label, setting in every.items():
        apply(setting)
        results[label] = {name: totals(set_rows(r, qs)[0]) for name, r, qs in loaded}
        tot = {c: sum(v[c + "_mean"] for v in results[label].values()) for c in COLS}
        print(label, " ".join(f"{c}={tot[c]:.3f}" for c in COLS), flush=True)
    apply(OFF)
    for g, settings in grids.items():
        print(f"\n## LOSO: {g}")
        loso({k: results[k] for k in ("base", *settings)}, "base")
    return 0


def _settings(spec: dict[str, Sequence[float]]) -> dict[str, Setting]:
    out = {}
    for values in itertools.product(*spec.values()):
        s = dict(zip(spec, values, strict=True))
        out[",".join(f"{k}={v:g}" for k, v in s.items())] = {**OFF, **s}
    return out


if __name__ == "__main__":
    sys.exit(main())
