"""Lane r38n: answered negatives grouped by verdict path, each beside its mirror."""
import json, sys, glob
from collections import Counter, defaultdict
base = {(r['set'], r['id']): r for r in json.load(open('/work/round38/base.json'))}
rows = [json.loads(l) for f in sorted(glob.glob('/work/round38/r38n/spy-*.jsonl')) for l in open(f)]
mis = 0
for r in rows:
    b = base[(r['set'], r['id'])]
    r['q'] = b['question']; r['hit'] = b['metrics'].get('answer_hit', 0)
    mis += b['covered'] != r['covered']
print('rows', len(rows), 'covered mismatches vs base', mis)
def path(r):
    d = 'desc' if r.get('described') else 'named'
    f = {True: 'found', False: 'missing', None: 'none'}.get(r.get('found'), str(r.get('found')))
    return f"{r['reason']} | {d}/{f}"
neg = Counter(); ans = Counter(); right = Counter()
for r in rows:
    if not r['covered']: continue
    p = path(r)
    if r['kind'] == 'negative': neg[p] += 1
    else:
        ans[p] += 1; right[p] += r['hit'] > 0
for p, n in sorted(neg.items(), key=lambda x: -x[1]):
    print(f"{n:4d} neg | {ans[p]:5d} ans ({right[p]} right) | {p}")
