"""Round 23 lane F: per-index bars for a sentence-level (unit) standout, from the corpus.

The whole-entry standout (calibration.py) is the z-score of the best entry's similarity
over the next entries. The unit standout is the same z-score over each entry's *best
answer-unit* cosine (unit_vectors.py: sentences / list items the composer builds), so an
entry whose one defining sentence says what is asked is not diluted by the rest of its
text. Its bars come from the corpus the same way as calibration.py's: sampled entries'
pseudo-questions through the query encoder,

- ``def``: the start of the definition with the term masked (calibration._masked_definition),
- ``sent``: one other unit (sentence / list item) of the entry, term masked, at most 14 words,

each judged with its entry in (``*_in``: an answerable description) and with the entry and
its copies left out (``*_out``: a description of a concept the glossary lacks, answered by
a neighbour). Per set it writes the quantiles of each and the whole-entry bars.

    python eval/unit_standout_calib.py --out scratch/unit_calib.json [--sets a,b]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402

from rag_glossary.answer.segment import units as units_of  # noqa: E402
from rag_glossary.calibration import (  # noqa: E402
    SAMPLE,
    _copies,
    _encode,
    _masked_definition,
    standout,
)
from rag_glossary.evaluation import discover_sets  # noqa: E402

_WORDS = 14


def unit_best(units: Any, n_entries: int, qvec: np.ndarray) -> np.ndarray:
    """Each entry's best unit cosine (-inf: no unit)."""
    cos = units.vectors.astype(np.float32) @ qvec
    best = np.full(n_entries, -np.inf, dtype=np.float32)
    np.maximum.at(best, units.entry, cos)
    return best


def unit_z(best: np.ndarray, judge: Any, drop: set[int] | None = None) -> float:
    skip = drop or set()
    similarity = {
        int(i): float(best[i]) for i in np.flatnonzero(np.isfinite(best)) if int(i) not in skip
    }
    return standout(similarity, judge.entry_vectors, judge.title_groups) if similarity else 0.0


def _masked(text: str, names: tuple[str, ...]) -> str:
    for name in sorted(names, key=len, reverse=True):
        if name.strip():
            text = re.sub(re.escape(name), "it", text, flags=re.IGNORECASE)
    return " ".join(text.split()[:_WORDS])


def set_bars(r: Any, seed: int = 0) -> dict[str, Any]:
    judge = r._judge
    entries = judge.entries
    with_text = [i for i, e in enumerate(entries) if e.body.strip()]
    rng = np.random.default_rng(seed)
    picked = sorted(rng.permutation(with_text)[:SAMPLE].tolist())
    defs = [_masked_definition(entries[i]) for i in picked]
    sents: list[str] = []
    for i in picked:
        parts = [u.text for u in units_of(entries[i].body)]
        pick = parts[1] if len(parts) > 1 else (parts[0] if parts else entries[i].body)
        sents.append(_masked(pick, (entries[i].title, *entries[i].aliases)))
    qd = _encode(r.encoder, defs)
    qs = _encode(r.encoder, sents)
    out: dict[str, list[float]] = {k: [] for k in ("def_in", "def_out", "sent_in", "sent_out")}
    n = len(entries)
    for row, i in enumerate(picked):
        drop = _copies(i, entries, judge.entry_vectors)
        for name, q in (("def", qd[row]), ("sent", qs[row])):
            best = unit_best(r.units, n, q)
            out[f"{name}_in"].append(unit_z(best, judge))
            out[f"{name}_out"].append(unit_z(best, judge, drop))
    cal = judge.calibration
    return {
        "n": len(picked),
        "entries": n,
        "cal": [cal.lenient, cal.plain, cal.floor, cal.strict],
        **{k: [round(float(x), 4) for x in v] for k, v in out.items()},
    }


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, default=ROOT / "scratch" / "unit_calib.json")
    p.add_argument("--sets", default="")
    args = p.parse_args()
    sets = set(filter(None, args.sets.split(",")))
    result: dict[str, Any] = {}
    for qset in discover_sets(ROOT / "eval"):
        if sets and qset.name not in sets:
            continue
        r = open_retriever(qset, ROOT / "indexes")
        if r.units is None or len(r.entries) < 20:
            continue
        result[qset.name] = set_bars(r)
        b = result[qset.name]
        print(
            qset.name,
            *(
                f"{k} q02 {np.quantile(b[k], 0.02):.2f} med {np.median(b[k]):.2f}"
                for k in ("def_in", "def_out", "sent_in", "sent_out")
            ),
            file=sys.stderr,
            flush=True,
        )
    args.out.parent.mkdir(exist_ok=True)
    args.out.write_text(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
