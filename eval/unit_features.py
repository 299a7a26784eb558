"""Round 12 experiment: unit-level similarity as a covered / not-covered signal.

For every question of every set, the retriever's judgement is recomputed with its
inputs kept (route, standout, bar, plain, unsupported, loose) and the units
(answer/segment.py) of the best dense entries are embedded with the index's
document model; the question's best unit cosines become candidate features.
Unit vectors are cached in ``scratch/unit_cache.npz`` so reruns are fast.

    python eval/unit_features.py --out scratch/features.json [--sets a,b]
"""

from __future__ import annotations

import argparse
import hashlib
import heapq
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from measure import open_retriever  # noqa: E402

from rag_glossary import Retriever, load_questions  # noqa: E402
from rag_glossary.answer.segment import units  # noqa: E402
from rag_glossary.calibration import standout  # noqa: E402
from rag_glossary.coverage import judge  # noqa: E402
from rag_glossary.evaluation import discover_sets  # noqa: E402
from rag_glossary.judgement import not_a_name as _not_a_name  # noqa: E402

CACHE = ROOT / "scratch" / "unit_cache.npz"
TOP = 5


class UnitCache:
    def __init__(self, encoder: Any) -> None:
        self.encoder = encoder
        self.vecs: dict[str, np.ndarray] = {}
        if CACHE.is_file():
            data = np.load(CACHE)
            self.vecs = dict(zip(data["keys"].tolist(), data["vecs"], strict=True))
        self.dirty = False

    def get(self, texts: list[str]) -> np.ndarray:
        keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
        todo = [(k, t) for k, t in zip(keys, texts, strict=True) if k not in self.vecs]
        if todo:
            todo = list(dict(todo).items())
            out = self.encoder.encode_documents([t for _, t in todo])
            for (k, _), v in zip(todo, out, strict=True):
                self.vecs[k] = np.asarray(v, dtype=np.float32)
            self.dirty = True
        return np.stack([self.vecs[k] for k in keys]) if keys else np.zeros((0, 384), np.float32)

    def save(self) -> None:
        if self.dirty:
            CACHE.parent.mkdir(exist_ok=True)
            keys = list(self.vecs)
            np.savez(CACHE, keys=np.array(keys), vecs=np.stack([self.vecs[k] for k in keys]))
            self.dirty = False


def entry_units(r: Retriever, i: int) -> list[str]:
    e = r.entries[i]
    return [u.text for u in units(e.body)] or ([e.body.strip()] if e.body.strip() else [])


def features(r: Retriever, cache: UnitCache, query_raw: str) -> dict[str, Any]:
    captured: dict[str, Any] = {}
    original = Retriever._judged

    def spy(self: Retriever, query: str, hits: Any, s: Any, config: Any) -> Any:
        captured.update(query=query, hits=hits, s=s)
        return original(self, query, hits, s, config)

    Retriever._judged = spy  # type: ignore[method-assign]
    try:
        result = r.retrieve(query_raw, k=5)
    finally:
        Retriever._judged = original  # type: ignore[method-assign]
    query, hits, s = captured["query"], captured["hits"], captured["s"]
    term = r.coverage.check(query, [h.id for h in hits])
    if _not_a_name(term):
        term = replace(term, term_style=False)
    z = standout(s.dense_all, r.entry_vectors, r._title_groups)
    described = bool(term.described)
    plain = described and r._plain(query, s)
    unsupported = r._unsupported(query, s) if described else 0
    loose = described and r._loose(query, s)
    v = judge(term, z, r.calibration, r.config.min_confidence, plain, unsupported, loose)
    if term.key_term is None:
        route = "none"
    elif term.found and not term.generic:
        route = "found"
    elif term.found is False and term.term_style:
        route = "missing"
    else:
        route = "described"
    cal = r.calibration
    bar = cal.lenient
    if plain and cal.plain is not None:
        bar = min(bar, cal.plain)
    qvec = np.asarray(r.encoder.encode_queries([query]), dtype=np.float32)[0]
    dense_top = heapq.nlargest(TOP, s.dense_all, key=s.dense_all.__getitem__)
    hit_pos = [r._position[h.id] for h in hits]
    ent: dict[int, dict[str, float]] = {}
    for i in dict.fromkeys(dense_top + hit_pos):
        texts = entry_units(r, i)
        if not texts:
            ent[i] = {"umax": 0.0, "u2": 0.0, "n": 0}
            continue
        sims = np.sort(cache.get(texts) @ qvec)[::-1]
        ent[i] = {
            "umax": float(sims[0]),
            "u2": float(sims[:2].mean()),
            "n": len(texts),
            "title": float((cache.get([r.entries[i].title]) @ qvec)[0]),
        }
    top = r.entries[dense_top[0]] if dense_top else None
    return {
        "top_no_units": bool(top and top.body.strip() and not units(top.body)),
        "covered_now": result.covered,
        "reason": v.reason,
        "route": route,
        "how": term.how,
        "z": z,
        "bar": bar,
        "strict": cal.strict,
        "plain": plain,
        "unsupported": unsupported,
        "loose": loose,
        "sibling": bool(term.sibling),
        "dense": [[int(i), s.dense_all[i]] for i in dense_top],
        "hits": hit_pos,
        "units": {str(i): f for i, f in ent.items()},
    }


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--out", type=Path, default=ROOT / "scratch" / "features.json")
    p.add_argument("--sets", default="")
    args = p.parse_args()
    wanted = set(filter(None, args.sets.split(",")))
    rows: list[dict[str, Any]] = []
    doc_encoder = None
    for qset in discover_sets(ROOT / "eval"):
        if wanted and qset.name not in wanted:
            continue
        r = open_retriever(qset, ROOT / "indexes")
        if doc_encoder is None:
            from rag_glossary.embedding import DocumentEncoder, resolve_model
            from rag_glossary.index import load_index

            model = load_index(ROOT / "indexes" / "default").manifest.model_name
            doc_encoder = DocumentEncoder(resolve_model(model))
        cache = UnitCache(doc_encoder)
        for q in load_questions(qset.questions):
            f = features(r, cache, q.question)
            rel = [r._position[x] for x in q.relevant if x in r._position]
            f.update(set=qset.name, id=q.id, kind=q.kind, question=q.question, relevant=rel)
            rows.append(f)
        cache.save()
        print(qset.name, len(rows), flush=True)
    args.out.parent.mkdir(exist_ok=True)
    args.out.write_text(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
