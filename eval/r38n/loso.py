"""Lane r38n: leave-one-set-out cuts (share, closest-unit cosine, sense lift) on shared-word paths."""
import json, glob, sys, itertools
import numpy as np
rows = [json.loads(l) for f in sorted(glob.glob('/work/round38/r38n/spy-*.jsonl')) for l in open(f)]
base = {(r['set'], r['id']): r for r in json.load(open('/work/round38/base.json'))}
W = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
paths = sys.argv[2].split(',') if len(sys.argv) > 2 else ['best entry stands out']
use = sys.argv[3].split(',') if len(sys.argv) > 3 else ['share', 'q_unit', 'sense_lift']
G = []
for r in rows:
    if not r['covered'] or not any(r['reason'].startswith(p) for p in paths) or 'q_unit' not in r:
        continue
    b = base[(r['set'], r['id'])]
    kind = 'neg' if r['kind'] == 'negative' else ('right' if b['metrics'].get('answer_hit', 0) > 0 else 'wrong')
    r['share'] = r['nshared'] / max(1, r['nwords'])
    r.setdefault('sense_lift', 0.0); r.setdefault('sense_q', r['q_unit'])
    r['rest_gap'] = r['rest_unit_all'] - r['rest_unit']
    r['wmin'] = r.get('word_unit_min', 1.0)
    G.append((r, kind))
X = np.array([[r[f] for f in use] for r, _ in G])
neg = np.array([k == 'neg' for _, k in G]); right = np.array([k == 'right' for _, k in G])
wrong = np.array([k == 'wrong' for _, k in G])
sets = np.array([r['set'] for r, _ in G])
print('group', len(G), 'neg', neg.sum(), 'right', right.sum(), 'wrong', wrong.sum())
grids = [np.unique(np.quantile(X[neg, j], np.linspace(0.05, 1.0, 16))) for j in range(len(use))]
combos = list(itertools.product(*grids))
M = np.ones((len(combos), len(G)), dtype=bool)
C = np.array(combos)
for j in range(len(use)):
    M &= X[None, :, j] <= C[:, j:j + 1]
N = M[:, neg]; R = M[:, right]
negs = M & neg; rights = M & right
def best(mask_sets):
    keep = ~mask_sets
    score = (negs[:, keep].sum(1) - W * rights[:, keep].sum(1))
    return int(np.argmax(score))
i = best(np.zeros(len(G), bool))
print('in-sample', dict(zip(use, np.round(C[i], 3))), 'neg', negs[i].sum(), 'right', rights[i].sum(), 'wrong', (M[i] & wrong).sum())
hn = hr = hw = 0; same = 0
for s in np.unique(sets):
    out = sets == s
    j = best(out)
    same += j == i
    hn += (negs[j] & out).sum(); hr += (rights[j] & out).sum(); hw += (M[j] & wrong & out).sum()
print(f'held out at {W}:1  neg {hn} right {hr} wrong {hw}  folds same as in-sample {same}/{len(np.unique(sets))}')
if '-v' in sys.argv:
    for (r, k), m in zip(G, M[i]):
        if m: print(k, r['id'], r['hits'][0], base[(r['set'], r['id'])]['question'][:70])
