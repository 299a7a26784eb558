"""Round 30 lane D: described questions on one-topic glossaries, the signals per question.

Rows: every question the standout judges as described (refusal_features.capture's route),
with refusal_features' row and, per content-word key of the question (common_words.py),
its share of the glossary's entries and which of the five hits hold it (text, and title
or aliases).

    python eval/topic_features.py --out /work/r30/d/rows.json [--sets a,b]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from refusal_features import capture, run  # noqa: E402

from rag_glossary.coverage.common_words import CommonWords, question_keys, word_key  # noqa: E402
from rag_glossary.lexical import tokenize  # noqa: E402

_WORDS: dict[int, CommonWords] = {}


def spy(judge_: Any, query: str, hits: Any, s: Any, config: Any, coverage: Any, units: Any = None):
    row = capture(judge_, query, hits, s, config, coverage, units)
    if row.get("route") != "described" or judge_.lexical is None:
        return row
    key = id(judge_.lexical)
    if key not in _WORDS:
        _WORDS.clear()
        _WORDS[key] = CommonWords.of(judge_.lexical)
    words = _WORDS[key]
    n = max(1, judge_.lexical.n_docs)
    at = [judge_.position(h.id) for h in hits[:5]]
    names = []
    for i in at:
        e = judge_.entries[i] if i is not None else None
        toks = tokenize(" ".join((e.title, *e.aliases))) if e else []
        names.append({k for t in toks if (k := word_key(t))})
    row["n"] = n
    row["keys"] = {
        k: {
            "share": len(words.holders(k)) / n,
            "df": len(words.holders(k)),
            "in": [j for j, i in enumerate(at) if i is not None and i in words.holders(k)],
            "title": [j for j, nm in enumerate(names) if k in nm],
        }
        for k in question_keys(query)
    }
    return row


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--sets", default="")
    args = p.parse_args()
    rows = [
        r for r in run(set(filter(None, args.sets.split(","))), spy) if r["route"] == "described"
    ]
    args.out.write_text(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
