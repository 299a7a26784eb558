"""Lane r38n: per-feature separation on a path (answered negatives vs right answers)."""
import json, sys, glob
rows = [json.loads(l) for f in sorted(glob.glob('/work/round38/r38n/spy-*.jsonl')) for l in open(f)]
base = {(r['set'], r['id']): r for r in json.load(open('/work/round38/base.json'))}
for r in rows:
    b = base[(r['set'], r['id'])]; r['q'] = b['question']; r['hit'] = b['metrics'].get('answer_hit', 0)
    if r.get('nwords'):
        r['share'] = r['nshared'] / r['nwords']
    if 'rest_unit' in r:
        r['rest_gap'] = r['rest_unit_all'] - r['rest_unit']
        r['q_rest_drop'] = r['q_unit'] - r['rest_unit']
def grp(r, which):
    if not r['covered']: return False
    if which == 'standout': return r['reason'] == 'best entry stands out'
    if which == 'text': return r['reason'].startswith('key term found (text)')
    if which == 'title': return r['reason'].startswith('key term found (title)')
    return True
which = sys.argv[1] if len(sys.argv) > 1 else 'standout'
G = [r for r in rows if grp(r, which)]
neg = [r for r in G if r['kind'] == 'negative']
pos = [r for r in G if r['kind'] != 'negative' and r['hit'] > 0]
print(which, 'neg', len(neg), 'right', len(pos))
F = ['share','nshared','nwords','q_unit','rest_unit','rest_unit_all','rest_gap','rest_rank','q_rest_drop',
     'word_unit_mean','word_unit_max','word_unit_min','word_unit_gap','sense_q','sense_lift','conf']
for f in F:
    a = [r[f] for r in pos if f in r]; b = [r[f] for r in neg if f in r]
    if not a or not b: continue
    auc = sum((x > y) + 0.5 * (x == y) for x in a for y in b) / (len(a) * len(b))
    print(f"{f:15s} auc(right>neg) {auc:.3f}  n {len(a)}/{len(b)}")
