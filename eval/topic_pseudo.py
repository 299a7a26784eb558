"""Round 30 lane D: per index, the masked definitions of calibration.py with their own entry
present and left out, and what the closest answer unit says of each (cosine, its entry).

    python eval/topic_pseudo.py --out /work/r30/d/pseudo.json [--sets a,b]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402

from rag_glossary.calibration import (  # noqa: E402
    MIN_ENTRIES,
    SAMPLE,
    _best,
    _copies,
    _encode,
    _masked_definition,
    standout,
    unit_cosines,
)
from rag_glossary.evaluation import discover_sets  # noqa: E402


def pseudo(r: Any) -> dict[str, Any]:
    entries, units = r.entries, r.units
    with_text = [i for i, e in enumerate(entries) if e.body.strip()]
    if len(with_text) < MIN_ENTRIES or units is None:
        return {}
    rng = np.random.default_rng(0)
    picked = sorted(rng.permutation(with_text)[:SAMPLE].tolist())
    q = _encode(r.encoder, [_masked_definition(entries[i]) for i in picked])
    out: dict[str, list[float]] = {"pos_unit": [], "out_unit": [], "pos_z": [], "out_z": []}
    for row, i in enumerate(picked):
        drop = _copies(i, entries, r.entry_vectors)
        cos = unit_cosines(units, q[row])
        best = np.full(len(entries), -np.inf, dtype=np.float32)
        np.maximum.at(best, units.entry, cos)
        own = max(float(best[j]) for j in drop)
        keep = np.ones(len(entries), bool)
        keep[list(drop)] = False
        other = float(best[keep].max())
        out["pos_unit"].append(max(own, other))
        out["out_unit"].append(other)
        sims = _best(r.vectors, r._chunk_entry, q[row])
        out["pos_z"].append(standout(sims, r.entry_vectors, r._title_groups))
        sims = _best(r.vectors, r._chunk_entry, q[row], drop)
        out["out_z"].append(standout(sims, r.entry_vectors, r._title_groups))
    return out


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--sets", default="")
    args = p.parse_args()
    sets = set(filter(None, args.sets.split(",")))
    res: dict[str, Any] = {}
    for qset in discover_sets(ROOT / "eval"):
        if sets and qset.name not in sets:
            continue
        r = open_retriever(qset, ROOT / "indexes")
        res[qset.name] = pseudo(r)
        print(qset.name, file=sys.stderr, flush=True)
    args.out.write_text(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
