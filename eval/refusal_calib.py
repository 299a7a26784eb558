"""Round 22 post-fix lane F: each index's bars recalibrated with the inflections of everyday
words kept in the plain pseudo-questions (eval/refusal_sim.py ``--calib``). The seed is
the build's, so the lenient, strict and floor bars reproduce the stored ones.

    python eval/refusal_calib.py --out scratch/calib_variant.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402
from refusal_sim import inflected  # noqa: E402

import rag_glossary.calibration as calibration  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402
from rag_glossary.everyday import _WORD  # noqa: E402


def keep_inflected(text: str) -> str:
    kept = [w for w in _WORD.findall(text) if inflected(w.lower())]
    return " ".join(kept) if kept else text


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, default=ROOT / "scratch" / "calib_variant.json")
    args = p.parse_args()
    calibration.keep_everyday = keep_inflected  # type: ignore[attr-defined]
    out: dict[str, Any] = {}
    for qset in discover_sets(ROOT / "eval"):
        r = open_retriever(qset, ROOT / "indexes")
        new = calibration.calibrate(r.entries, r.vectors, r._chunk_entry, r.encoder)
        out[qset.name] = {"old": r.calibration.to_dict(), "new": new.to_dict()}
        print(qset.name, r.calibration.plain, new.plain, flush=True)
    args.out.parent.mkdir(exist_ok=True)
    args.out.write_text(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
