"""Round 25 lane J: each index's own word-match scale (issue 11 item 2), as JSON.

For up to SAMPLE entries of the index (seeded, as calibration.py picks its pseudo-
questions), the entry's masked definition (calibration._masked_definition) is asked as a
question and its word match (coverage/word_match.py) is read on the nearest *other*
entry (entry vectors, the entry's copies left out): how well a neighbour sharing the
topic matches a description it does not hold, in this glossary. Per set: the median and
the spread (interquartile range / 1.349) of those matches; eval/described_decision_loso.py
--norm tries the word match less that median against the fixed cut.

    python eval/index_word_norm.py --out /work/r25/lane25j_norm.json [--sets a,b]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402

from rag_glossary.calibration import _copies, _masked_definition  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402

SAMPLE = 32


def neighbour_matches(retriever: object) -> list[float]:
    judge = retriever._judge  # type: ignore[attr-defined]
    if judge.words is None:
        return []
    entries = judge.entries
    with_text = [i for i, e in enumerate(entries) if e.body.strip()]
    rng = np.random.default_rng(0)
    picked = sorted(rng.permutation(with_text)[:SAMPLE].tolist())
    out: list[float] = []
    for i in picked:
        sims = judge.entry_vectors @ judge.entry_vectors[i]
        for j in _copies(i, entries, judge.entry_vectors):
            sims[j] = -np.inf
        j = int(np.argmax(sims))
        m = judge.words.match(_masked_definition(entries[i]), j)
        if m is not None:
            out.append(m)
    return out


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--sets", default="")
    args = p.parse_args()
    want = set(filter(None, args.sets.split(",")))
    out: dict[str, dict[str, float]] = {}
    seen: dict[str, dict[str, float]] = {}
    for qset in discover_sets(ROOT / "eval"):
        if want and qset.name not in want:
            continue
        key = str(qset.corpus)
        if key not in seen:
            m = np.array(neighbour_matches(open_retriever(qset, ROOT / "indexes")))
            q1, med, q3 = np.quantile(m, [0.25, 0.5, 0.75]) if len(m) else (0.0, 0.0, 0.0)
            seen[key] = {"median": float(med), "spread": float((q3 - q1) / 1.349), "n": len(m)}
        out[qset.name] = seen[key]
        print(qset.name, out[qset.name], file=sys.stderr, flush=True)
    args.out.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
