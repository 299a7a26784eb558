"""Round 20 experiment: does the best entry cover every part of a described question?

Extends eval/coverage_features.py rows with phrase-level support: the question's
content is cut into short phrases (each content word alone, sliding windows of 2 and
3 content words, and clauses split at commas and relative/temporal words), each
phrase is embedded with the retriever's own (ONNX) query encoder, and for each phrase
the row keeps its best cosine to an entry (the best of the entry's answer units and
its whole-entry vector) for the top-5 dense entries and the top hit, and the best
such cosine over the whole corpus (with which entry). eval/phrase_loso.py turns
these into features (weakest phrase's support, its gap to the corpus's best support
of that phrase) and cuts them leaving each set out.

    python eval/phrase_features.py --out scratch/phrase.json [--sets a,b]
"""

from __future__ import annotations

import argparse
import heapq
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import coverage_features as cf  # noqa: E402

from rag_glossary.coverage.described_support import content_words  # noqa: E402
from rag_glossary.judgement import CoverageJudge  # noqa: E402

# words that frame a described question rather than describe (never a phrase's own word)
META = frozenset(
    {
        *("term", "terms", "name", "names", "called", "call", "whats", "thing", "things"),
        *("word", "concept", "idea", "kind", "type", "sort", "something", "someone"),
    }
)
# clause boundaries: a new clause opens at these words (the word stays with its clause)
_CLAUSE = re.compile(
    r"\s*[,;:()]\s*|\s+(?=(?:where|which|that|who|whose|when|while|before|after|so|"
    r"because|instead|without|but|rather|until|unless|if|by|using|via|to)\b)",
    re.I,
)

_ENCODER: list[Any] = []
_CACHE: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def phrases(query: str) -> dict[str, list[str]]:
    """The question's phrases by family: w1 (content words), w2, w3 (windows), cl (clauses)."""
    words = [w for w in content_words(query) if w not in META]
    out: dict[str, list[str]] = {"w1": list(words)}
    for n in (2, 3):
        wins = [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
        out[f"w{n}"] = wins or ([" ".join(words)] if words else [])
    clauses = []
    for part in _CLAUSE.split(query.strip().rstrip("?")):
        cw = [w for w in content_words(part or "") if w not in META]
        if cw:
            clauses.append(part.strip())
    out["cl"] = clauses
    return out


def _unit_matrix(units: Any, n_entries: int) -> tuple[np.ndarray, np.ndarray]:
    key = id(units)
    if key not in _CACHE:
        vec = np.asarray(units.vectors, dtype=np.float32)
        entry = np.asarray(units.entry)
        _CACHE[key] = (vec, entry)
    return _CACHE[key]


def phrase_support(self: CoverageJudge, *a: Any) -> dict[str, Any]:
    query, hits, s = a[0], a[1], a[2]
    units = a[5] if len(a) > 5 else None
    if not s.dense_all or units is None or not _ENCODER:
        return {}
    fam = phrases(query)
    texts = list(dict.fromkeys(p for ps in fam.values() for p in ps))
    if not texts:
        return {}
    t0 = time.perf_counter()
    pv = _ENCODER[0].encode_queries(texts)
    t_enc = time.perf_counter() - t0
    n = len(self.entries)
    vec, entry = _unit_matrix(units, n)
    sims = vec @ pv.T  # (units, phrases)
    per_entry = np.full((n, len(texts)), -1.0, dtype=np.float32)
    np.maximum.at(per_entry, entry, sims)
    whole = np.asarray(self.entry_vectors, dtype=np.float32) @ pv.T
    per_entry = np.maximum(per_entry, whole)
    t_all = time.perf_counter() - t0
    top = heapq.nlargest(5, s.dense_all, key=s.dense_all.__getitem__)
    hit_pos = self.position(hits[0].id) if hits else None
    cols = {p: j for j, p in enumerate(texts)}
    cbest = per_entry.argmax(axis=0)
    return {
        "ph_texts": texts,
        "ph_fam": {k: [cols[p] for p in v] for k, v in fam.items()},
        "ph_top": [int(i) for i in top],
        "ph_hit": hit_pos,
        "ph_top_sup": per_entry[top].round(4).tolist(),
        "ph_hit_sup": per_entry[hit_pos].round(4).tolist() if hit_pos is not None else None,
        "ph_corpus": per_entry.max(axis=0).round(4).tolist(),
        "ph_corpus_at": cbest.tolist(),
        "ph_whole_top": whole[top].round(4).tolist(),
        "t_enc": t_enc,
        "t_all": t_all,
    }


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, default=ROOT / "scratch" / "phrase.json")
    p.add_argument("--sets", default="")
    args = p.parse_args()
    opener = cf.open_retriever

    def open_and_keep(*a: Any, **k: Any) -> Any:
        r = opener(*a, **k)
        _ENCODER[:] = [r.encoder]
        _CACHE.clear()
        return r

    cf.open_retriever = open_and_keep
    rows = cf.collect(set(filter(None, args.sets.split(","))), phrase_support)
    args.out.parent.mkdir(exist_ok=True)
    args.out.write_text(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
