"""Lane r38n: each question's verdict path plus shared-word sense / rest-word features."""
import json, re, sys
from pathlib import Path
import numpy as np
sys.path.insert(0, "eval")
from measure import open_retriever
from rag_glossary import load_questions
from rag_glossary.evaluation import discover_sets
from rag_glossary.judgement import CoverageJudge
from rag_glossary.judgement_rephrase import shared_words, without_words
from rag_glossary.coverage.vocabulary import entry_text
from rag_glossary.answer.segment import entry_units
from rag_glossary.unit_vectors import unit_key

ROOT = Path(".").resolve()
seen = {}
orig = CoverageJudge.result

def spy(self, query, hits, s, config, coverage, units=None):
    v = orig(self, query, hits, s, config, coverage, units)
    t = coverage.check(query, [h.id for h in hits])
    seen.update(judge_reason=v.reason, judge_covered=v.covered, described=bool(t.described),
                found=t.found, term_style=bool(getattr(t, "term_style", False)),
                other_name=bool(getattr(t, "other_name", False)), key_term=t.key_term)
    return v

CoverageJudge.result = spy
WORD = re.compile(r"[a-z0-9]+")

def unit_rows(r, at):
    return np.flatnonzero(r.units.entry == at)

def feats(r, q, res):
    if not res.hits or r.units is None:
        return {}
    at = r._position.get(res.hits[0].id)
    e = r.entries[at]
    words, shared = shared_words(q, entry_text(e))
    f = {"nwords": len(words), "nshared": len(shared), "shared": shared}
    rows = unit_rows(r, at)
    if not len(rows):
        return f
    texts = {unit_key(u.text): u.text for u in entry_units(e)}
    uv = r.units.vectors[rows].astype(np.float32)
    keys = [r.units.keys[i] for i in rows]
    enc = r.encoder.encode_queries
    qv = np.asarray(enc([q]), dtype=np.float32)[0]
    f["q_unit"] = float((uv @ qv).max())
    rest = without_words(q, shared) if shared else q
    unshared = [w for w in words if w not in shared]
    toks = [ "".join(WORD.findall(t.lower())) for t in q.split()]
    batch = [rest] + unshared
    # the question's window around each shared word (two tokens each side)
    wins = []
    for w in shared:
        if w in toks:
            i = toks.index(w)
            wins.append(" ".join(q.split()[max(0, i - 2): i + 3]))
        else:
            wins.append(w)
    batch += wins + shared
    vs = np.asarray(enc(batch), dtype=np.float32)
    rv = vs[0]
    f["rest_unit"] = float((uv @ rv).max())
    allv = r.units.vectors.astype(np.float32) @ rv
    f["rest_unit_all"] = float(allv.max())
    f["rest_rank"] = int((allv > f["rest_unit"] + 1e-6).sum())
    wv = vs[1:1 + len(unshared)]
    if len(unshared):
        per = (wv @ uv.T).max(axis=1)
        f["word_unit_mean"] = float(per.mean())
        f["word_unit_max"] = float(per.max())
        f["word_unit_min"] = float(per.min())
        glob = wv @ r.units.vectors.astype(np.float32).T
        f["word_unit_gap"] = float((glob.max(axis=1) - per).mean())
    # sense: window around the shared word vs the entry's units holding its stem
    sv = vs[1 + len(unshared): 1 + len(unshared) + len(shared)]
    bare = vs[1 + len(unshared) + len(shared):]
    senses, lifts = [], []
    for j, w in enumerate(shared):
        hold = [k for k, key in enumerate(keys) if w[:4] in texts.get(key, "").lower()]
        if not hold:
            continue
        win = float((uv[hold] @ sv[j]).max())
        qc = float((uv[hold] @ qv).max())
        bw = float((uv[hold] @ bare[j]).max())
        senses.append(qc); lifts.append(win - bw)
    if senses:
        f["sense_q"] = max(senses)
        f["sense_lift"] = max(lifts)
    return f

want = set(filter(None, (sys.argv[1] if len(sys.argv) > 1 else "").split(",")))
for qset in discover_sets(ROOT / "eval"):
    if want and qset.name not in want:
        continue
    r = open_retriever(qset, ROOT / "indexes")
    for q in load_questions(qset.questions):
        seen.clear()
        res = r.retrieve(q.question, k=5)
        row = {"set": qset.name, "id": q.id, "kind": q.kind, "relevant": list(q.relevant),
               "hits": [h.id for h in res.hits], "covered": res.covered, "reason": res.reason,
               "conf": res.confidence, **seen}
        if res.covered or seen.get("judge_covered"):
            try:
                row.update(feats(r, q.question, res))
            except Exception as ex:  # noqa
                row["err"] = repr(ex)
        print(json.dumps(row, ensure_ascii=False), flush=True)
    print(qset.name, file=sys.stderr, flush=True)
