"""Round 22 experiment: the aspect of a described question vs the entry that answers it,
against a support bar derived from each corpus itself.

For every question the standout decides (eval/coverage_features.py rows), the row keeps
the support (best cosine to an entry's answer units or its whole-entry vector, as in
coverage/phrase_support.py) of the question's phrases: content words (w1), windows of 2
and 3 (w2, w3), and per top-3 hit its *aspect*: the question's content words that are
not words of that entry's name (title and aliases), as one phrase. Support is kept for
the hits and the top-5 dense entries (by entry id), and the corpus's best and its entry.

Per index, a *corpus bar* sample: windows of 3 content words from the entries' own
bodies, each with its support by its own entry (``self``) and by the best entry of
another title (``other``: what a neighbour gives a phrase of a concept it is not, the
support a described negative gets when its concept is missing). eval/aspect_loso.py
joins these rows with a measure dump (the entry that answers: its first citation).

    python eval/aspect_features.py --out scratch/aspect.json [--sets a,b]
"""

from __future__ import annotations

import argparse
import heapq
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import coverage_features as cf  # noqa: E402

from rag_glossary.coverage import standout_decides  # noqa: E402
from rag_glossary.coverage.described_support import content_words  # noqa: E402
from rag_glossary.coverage.phrase_support import FRAME_WORDS  # noqa: E402
from rag_glossary.judgement import CoverageJudge  # noqa: E402

STEM = 5
SAMPLE_ENTRIES = 240
_ENC: list[Any] = []
_STATE: dict[str, Any] = {}


def _words(text: str) -> list[str]:
    return [w for w in content_words(text) if w not in FRAME_WORDS]


def _name_stems(judge: CoverageJudge, at: int) -> set[str]:
    e = judge.entries[at]
    return {w[:STEM] for w in _words(" ".join((e.title, *e.aliases)))}


def _per_entry(judge: CoverageJudge, units: Any, texts: list[str]) -> np.ndarray:
    """(entries, texts) support: best of unit cosines and whole-entry cosine."""
    pv = np.concatenate(
        [
            np.asarray(_ENC[0].encode_queries(texts[i : i + 64]), dtype=np.float32)
            for i in range(0, len(texts), 64)
        ]
    )
    n = len(judge.entries)
    whole = np.asarray(judge.entry_vectors, dtype=np.float32) @ pv.T
    if units is None or not units.count:
        return whole
    if _STATE.get("units") is not units:
        _STATE.update(units=units, uvec=np.asarray(units.vectors, dtype=np.float32))
    sims = _STATE["uvec"] @ pv.T
    per = np.full((n, len(texts)), -1.0, dtype=np.float32)
    np.maximum.at(per, np.asarray(units.entry), sims)
    return np.maximum(per, whole)


def corpus_bar(judge: CoverageJudge, units: Any) -> dict[str, Any]:
    """Own-entry and other-entry support of windows taken from the entries' bodies."""
    n = len(judge.entries)
    step = max(1, n // SAMPLE_ENTRIES)
    texts, owner = [], []
    for i in range(0, n, step):
        words = _words(judge.entries[i].body)
        if len(words) < 3:
            continue
        for start in dict.fromkeys((0, max(0, len(words) // 2 - 1))):
            if start + 3 <= len(words):
                texts.append(" ".join(words[start : start + 3]))
                owner.append(i)
    if not texts:
        return {"self": [], "other": [], "body_words": []}
    per = _per_entry(judge, units, texts)
    groups = np.asarray(judge.title_groups)
    own, other = [], []
    for j, i in enumerate(owner):
        col = per[:, j].copy()
        own.append(float(col[i]))
        col[groups == groups[i]] = -1.0
        other.append(float(col.max()))
    lengths = [len(e.body.split()) for e in judge.entries]
    return {
        "self": np.round(own, 4).tolist(),
        "other": np.round(other, 4).tolist(),
        "body_words": float(np.median(lengths)) if lengths else 0.0,
        "n_entries": n,
    }


def aspect_support(judge: CoverageJudge, *a: Any, **_: Any) -> dict[str, Any]:
    query, hits, s = a[0], a[1], a[2]
    units = a[5] if len(a) > 5 else None
    if not s.dense_all or not _ENC:
        return {}
    if not standout_decides(a[4].check(query, [h.id for h in hits])):
        return {}
    words = _words(query)
    if not words:
        return {}
    fam: dict[str, list[str]] = {"w1": list(words)}
    for size in (2, 3):
        wins = [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)]
        fam[f"w{size}"] = wins or [" ".join(words)]
    top = heapq.nlargest(5, s.dense_all, key=s.dense_all.__getitem__)
    hit_pos = [p for p in (judge.position(h.id) for h in hits) if p is not None]
    aspects: dict[str, list[str]] = {}
    for p in dict.fromkeys([*hit_pos[:5], *top]):
        stems = _name_stems(judge, p)
        aspects[judge.entries[p].id] = [w for w in words if w[:STEM] not in stems]
    extra = [" ".join(v) for v in aspects.values() if v]
    texts = list(dict.fromkeys([*(t for v in fam.values() for t in v), *extra]))
    per = _per_entry(judge, units, texts)
    ids = {judge.entries[p].id: p for p in dict.fromkeys([*hit_pos, *top])}
    best = per.argmax(axis=0)
    key = id(judge.entries)
    if _STATE.get("key") != key:
        _STATE.update(key=key, bar=corpus_bar(judge, units))
    return {
        "as_bar": _STATE["bar"],
        "as_texts": texts,
        "as_fam": fam,
        "as_aspect": aspects,
        "as_sup": {eid: per[p].round(4).tolist() for eid, p in ids.items()},
        "as_corpus": per.max(axis=0).round(4).tolist(),
        "as_corpus_at": [judge.entries[int(i)].id for i in best],
        "as_top": [judge.entries[p].id for p in top],
        "as_titles": {eid: judge.entries[p].title for eid, p in ids.items()},
    }


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, default=ROOT / "scratch" / "aspect.json")
    p.add_argument("--sets", default="")
    args = p.parse_args()
    opener = cf.open_retriever

    def open_and_keep(*a: Any, **k: Any) -> Any:
        r = opener(*a, **k)
        _ENC[:] = [r.encoder]
        _STATE.clear()
        return r

    cf.open_retriever = open_and_keep
    rows = cf.collect(set(filter(None, args.sets.split(","))), aspect_support)
    bars: dict[str, Any] = {}
    for r in rows:  # one corpus bar per set, not per row
        if "as_bar" in r:
            bars.setdefault(r["set"], r.pop("as_bar"))
    args.out.parent.mkdir(exist_ok=True)
    args.out.write_text(json.dumps({"rows": rows, "bars": bars}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
