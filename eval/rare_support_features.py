"""Round 23 post-fix lane P: rare-word support of every standout-judged verdict, as JSON.

eval/refusal_features.py's row for each question the standout decides, plus how the
answering entry and its neighbours support the question's *rare* words, weighted per
corpus (the round 22 word share weighted every content word alike):

- each question stem (content words less phrase_support.FRAME_WORDS, first 4 letters)
  weighs ``log((N + 1) / (df + 0.5))``, df the entries whose text (title, aliases, body)
  has the stem, N the entries; a stem in more than half the entries (a repeated source
  line, the field's own word) weighs 0;
- ``rare_hits``: per top-5 hit, the weighted share of the question it supports;
- ``rare_unit``: the same share for the first hit's closest answer unit (its one sentence
  nearest the question), and ``rare_unit_best`` for the closest unit of any entry;
- ``rare_any``: the best weighted share of any entry of the corpus (whether the glossary
  says the rare words anywhere);
- ``rare_missing``: the weight of stems no entry has (a word the glossary never writes).

    python eval/rare_support_features.py --out /work/r23/p23p_rare.json [--sets a,b]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT))

import refusal_features  # noqa: E402
from refusal_features import capture  # noqa: E402

from rag_glossary.answer.segment import units as segment_units  # noqa: E402
from rag_glossary.coverage.described_support import content_words  # noqa: E402
from rag_glossary.coverage.phrase_support import FRAME_WORDS  # noqa: E402
from rag_glossary.everyday import support_stems  # noqa: E402
from rag_glossary.judgement import CoverageJudge, _text  # noqa: E402

_CORPUS: dict[int, tuple[list[set[str]], Counter[str]]] = {}
_KEEP: list[Any] = []


def corpus_stems(judge_: CoverageJudge) -> tuple[list[set[str]], Counter[str]]:
    key = id(judge_.entries)
    if key not in _CORPUS:
        stems = [support_stems([_text(e)]) for e in judge_.entries]
        df: Counter[str] = Counter()
        for s in stems:
            df.update(s)
        _CORPUS[key] = (stems, df)
        _KEEP.append(judge_.entries)  # an id is unique only while its object lives
    return _CORPUS[key]


def weights(question: str, df: Counter[str], n: int) -> dict[str, float]:
    words = [w for w in content_words(question) if w not in FRAME_WORDS]
    out: dict[str, float] = {}
    for w in words:
        stem = w[:4]
        d = df.get(stem, 0)
        out[stem] = 0.0 if d > n / 2 else math.log((n + 1) / (d + 0.5))
    return out


def share(weight: dict[str, float], stems: set[str]) -> float:
    total = sum(weight.values())
    return sum(v for s, v in weight.items() if s in stems) / total if total else 1.0


def _closest_unit(judge_: CoverageJudge, sim: Any, entry_id: str) -> str:
    i = judge_.position(entry_id)
    if i is None:
        return ""
    scored = [(sim(entry_id, u), u.text) for u in segment_units(judge_.entries[i].definition)]
    scored = [(c, t) for c, t in scored if c is not None]
    return max(scored)[1] if scored else ""


def rare_capture(
    judge_: CoverageJudge,
    query: str,
    hits: Any,
    s: Any,
    config: Any,
    coverage: Any,
    units: Any = None,
) -> dict[str, Any]:
    row = capture(judge_, query, hits, s, config, coverage, units)
    if row["route"] in ("found", "none") or not hits:
        return row
    stems, df = corpus_stems(judge_)
    n = len(stems)
    weight = weights(query, df, n)
    row["rare_weights"] = weight
    row["rare_hits"] = [
        share(weight, stems[p]) if (p := judge_.position(h.id)) is not None else 0.0 for h in hits
    ]
    row["rare_any"] = max((share(weight, st) for st in stems), default=0.0)
    row["rare_missing"] = sum(v for st, v in weight.items() if df.get(st, 0) == 0)
    sim = judge_.unit_similarity(s, units)
    if sim is not None:
        unit = _closest_unit(judge_, sim, hits[0].id)
        row["rare_unit"] = share(weight, support_stems([unit])) if unit else 0.0
        best = row.get("unit_best") or ""
        other = _closest_unit(judge_, sim, best) if best else ""
        row["rare_unit_best"] = share(weight, support_stems([other])) if other else 0.0
    return row


def run(sets: set[str], spy: Any = rare_capture) -> list[dict[str, Any]]:
    """refusal_features' rows with the rare-word columns (or ``spy``'s), for the questions
    the standout judges (a found or absent name, or no hit, is decided before it)."""
    rows = refusal_features.run(sets, spy)
    return [row for row in rows if row.get("route") not in ("found", "none", None)]


def main(rows_of: Callable[[set[str]], list[dict[str, Any]]] = run) -> int:
    """``--out FILE [--sets a,b]``: the rows ``rows_of`` gives, as JSON."""
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--sets", default="")
    args = p.parse_args()
    rows = rows_of(set(filter(None, args.sets.split(","))))
    args.out.write_text(json.dumps(rows, default=lambda o: float(np.asarray(o))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
