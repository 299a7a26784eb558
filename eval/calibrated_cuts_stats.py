"""Round 34 lane K: per index, cosine statistics of calibration.py's own pseudo-questions.

The head-noun veto (coverage/head_noun.HEAD_UNIT) and the loose floor
(coverage/described_support.LOOSE_COSINE) are cuts on the packaged model's cosine scale.
How close a neighbour's text comes to a description of a concept the glossary lacks depends
on the corpus (how alike and how long its entries are); this measures it on the masked
definitions calibration.calibrate encodes (same sample, same seed), once their own entry
(and its copies) is left out:

* ``out_cosine``: the median of the best remaining entry's similarity (its best chunk's
  cosine, as the loose floor reads it);
* ``out_unit``: the median of that entry's closest answer-unit cosine (as the veto reads it).

eval/calibrated_cuts_loso.py compares cuts proportional to them with the constants.

    python eval/calibrated_cuts_stats.py --out /tmp/k_stats.json [--sets a,b]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402

from rag_glossary import calibration as cal  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402
from rag_glossary.retrieval import Retriever  # noqa: E402


def out_statistics(r: Retriever, seed: int = 0) -> dict[str, Any]:
    entries, vectors, chunk_entry = r.entries, r.vectors, r._chunk_entry
    with_text = [i for i, e in enumerate(entries) if e.body.strip()]
    if len(with_text) < cal.MIN_ENTRIES:
        return {"out_cosine": None, "out_unit": None}
    rng = np.random.default_rng(seed)
    sample = max(16, min(cal.SAMPLE, int(cal._SCAN_BUDGET / max(len(vectors), 1))))
    picked = sorted(rng.permutation(with_text)[:sample].tolist())
    queries = cal._encode(r.encoder, [cal._masked_definition(entries[i]) for i in picked])
    by_entry = cal.entry_vectors(vectors, chunk_entry, len(entries))
    cosines: list[float] = []
    unit: list[float] = []
    for row, i in enumerate(picked):
        similarity = cal._best(
            vectors, chunk_entry, queries[row], cal._copies(i, entries, by_entry)
        )
        if not similarity:
            continue
        top = max(similarity, key=similarity.__getitem__)
        cosines.append(similarity[top])
        units = r.units
        if units is not None and units.count:
            rows = np.flatnonzero(units.entry == top)
            if len(rows):
                unit.append(float((units.vectors[rows].astype(np.float32) @ queries[row]).max()))
    return {
        "out_cosine": round(float(np.median(cosines)), 4) if cosines else None,
        "out_unit": round(float(np.median(unit)), 4) if unit else None,
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sets", default="")
    args = ap.parse_args()
    wanted = set(filter(None, args.sets.split(",")))
    out: dict[str, dict[str, Any]] = {}
    for qset in discover_sets(ROOT / "eval"):
        if wanted and qset.name not in wanted:
            continue
        r = open_retriever(qset, ROOT / "indexes")
        t = time.perf_counter()
        row = out_statistics(r)
        row.update(seconds=round(time.perf_counter() - t, 2), n_entries=len(r.entries))
        out[qset.name] = row
        print(qset.name, row, flush=True)
    args.out.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
