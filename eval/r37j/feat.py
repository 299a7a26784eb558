import json, sys, math
from pathlib import Path
sys.path.insert(0, 'eval')
from rag_glossary.evaluation import discover_sets
from rag_glossary.lexical import tokenize
from measure import ROOT

import rag_glossary
base = json.load(open('/work/round37/base.json'))
spy = {}
for l in open('/work/round36/r36a-judgements.jsonl'):
    r = json.loads(l); spy[(r['set'], r['id'])] = r
sets = {q.name: q for q in discover_sets(ROOT / 'eval')}
from measure import eval_index_dir
idx_root = Path('indexes')
cache = {}
def index_of(name):
    q = sets[name]
    d = idx_root / 'default' if q.corpus is None else eval_index_dir(q.corpus, idx_root)
    if d in cache: return cache[d]
    if not (d/'CURRENT').exists(): cache[d]=None; return None
    cur = d / (d / 'CURRENT').read_text().strip()
    ents = {e['id']: e for e in json.load(open(cur / 'entries.json'))}
    vocab = json.load(open(cur / 'vocabulary.json'))['stems']
    cache[d] = (ents, vocab, len(ents)); return cache[d]
out = []
for r in base:
    ix = index_of(r['set'])
    if ix is None: continue
    ents, vocab, N = ix
    qs = list(dict.fromkeys(tokenize(r['question'])))
    top = r['top10'][0] if r['top10'] else None
    e = ents.get(top)
    f = dict(set=r['set'], id=r['id'], kind=r['kind'], q=r['question'], covered=r['covered'],
             answerable=bool(r['relevant']), first_rel=bool(r['relevant']) and top in r['relevant'],
             nq=len(qs))
    if e and qs:
        title = set(tokenize(e['title'] + ' ' + ' '.join(e.get('aliases', []))))
        body = tokenize(e['body'])
        bset = set(body)
        head = set(body[:12])
        shared = [w for w in qs if w in title or w in bset]
        f['oov'] = sum(1 for w in qs if vocab.get(w, 0) == 0) / len(qs)
        idf = lambda w: math.log((N + 1) / (vocab.get(w, 0) + 0.5))
        tot = sum(idf(w) for w in qs)
        f['oov_idf'] = sum(idf(w) for w in qs if vocab.get(w, 0) == 0) / tot if tot else 0
        f['share'] = len(shared) / len(qs)
        f['share_idf'] = sum(idf(w) for w in shared) / tot if tot else 0
        f['title_share'] = sum(1 for w in qs if w in title) / len(qs)
        f['title_of_shared'] = (sum(1 for w in shared if w in title) / len(shared)) if shared else 0
        f['head_of_shared'] = (sum(1 for w in shared if w in title or w in head) / len(shared)) if shared else 0
        f['nshared'] = len(shared)
        f['unshared_known'] = sum(1 for w in qs if w not in shared and vocab.get(w, 0) > 0) / len(qs)
    s = spy.get((r['set'], r['id']))
    if s:
        for k in ('reason', 'route', 'how', 'z', 'bar', 'unit_z', 'unit_lenient', 'h0_unit', 'unit_top_same', 'h0_is_dense_top', 'refused_by', 'plain', 'unsupported', 'loose'):
            f[k] = s.get(k)
        f['spy_covered'] = s['covered']
        f['dense0'] = s['dense_top'][0][1] if s.get('dense_top') else None
    out.append(f)
json.dump(out, open('/work/round37/r37j/feat.json', 'w'))
print(len(out))
