"""Round 30 lane D: add the word match (coverage/word_match.py) of the first hit, and the
index's left-out pseudo-question standouts (eval/topic_pseudo.py), to topic_features rows.

    python eval/topic_match.py --rows /work/r30/d/rows.json --out /work/r30/d/rows_m.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402
from topic_pseudo import pseudo  # noqa: E402

from rag_glossary.evaluation import discover_sets  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--rows", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--pseudo", type=Path, required=True)
    args = p.parse_args()
    by_set = defaultdict(list)
    for row in json.loads(args.rows.read_text()):
        by_set[row["set"]].append(row)
    stats = {}
    out = []
    for qset in discover_sets(ROOT / "eval"):
        if qset.name not in by_set:
            continue
        r = open_retriever(qset, ROOT / "indexes")
        stats[qset.name] = pseudo(r)
        for row in by_set[qset.name]:
            if row["covered"] and row["hits"] and r._judge.words is not None:
                row["match"] = r._judge.words.match(row["question"], r._position[row["hits"][0]])
            out.append(row)
        print(qset.name, len(out), file=sys.stderr, flush=True)
    args.out.write_text(json.dumps(out))
    args.pseudo.write_text(json.dumps(stats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
