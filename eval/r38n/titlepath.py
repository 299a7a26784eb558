"""Lane r38n: key-term paths where the first hit's names do not hold the key term."""
import json, glob, sys
from pathlib import Path
sys.path.insert(0, 'eval')
from measure import eval_index_dir, ROOT
from rag_glossary.evaluation import discover_sets
from rag_glossary.lexical import tokenize
sets = {q.name: q for q in discover_sets(ROOT / 'eval')}
cache = {}
def ents(name):
    q = sets[name]
    d = Path('indexes') / 'default' if q.corpus is None else eval_index_dir(q.corpus, Path('indexes'))
    if d not in cache:
        cur = d / (d / 'CURRENT').read_text().strip()
        cache[d] = {e['id']: e for e in json.load(open(cur / 'entries.json'))}
    return cache[d]
rows = [json.loads(l) for f in sorted(glob.glob('/work/round38/r38n/spy-*.jsonl')) for l in open(f)]
base = {(r['set'], r['id']): r for r in json.load(open('/work/round38/base.json'))}
from collections import Counter
c = Counter(); ex = []
for r in rows:
    if not r['covered'] or not r['reason'].startswith('key term found'): continue
    e = ents(r['set'])[r['hits'][0]]
    names = set(tokenize(' '.join([e['title'], *e.get('aliases', [])])))
    kt = set(tokenize(r['key_term'] or ''))
    inn = bool(kt) and kt <= names
    part = bool(kt & names)
    b = base[(r['set'], r['id'])]
    kind = 'neg' if r['kind'] == 'negative' else ('right' if b['metrics'].get('answer_hit', 0) > 0 else 'wrong')
    key = (r['reason'][15:], 'in' if inn else ('part' if part else 'out'))
    c[key + (kind,)] += 1
    if not inn and kind == 'right' and sys.argv[1:] == ['-v']:
        print(r['id'], r['key_term'], r['hits'][0], b['question'][:80], r.get('share') or (r.get('nshared',0)/max(1,r.get('nwords',1))))
for k in sorted(c): print(k, c[k])
