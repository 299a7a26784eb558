import json, re
from pathlib import Path
from rag_glossary.coverage.described_support import content_words
from rag_glossary.everyday import everyday_words
F = json.load(open('/work/round37/r37j/feat.json'))
import sys; sys.path.insert(0,'eval')
from measure import ROOT, eval_index_dir
from rag_glossary.evaluation import discover_sets
sets = {q.name: q for q in discover_sets(ROOT / 'eval')}
cache = {}
def ix(name):
    q = sets[name]; d = Path('indexes') / 'default' if q.corpus is None else eval_index_dir(q.corpus, Path('indexes'))
    if d not in cache:
        cur = d / (d / 'CURRENT').read_text().strip()
        cache[d] = ({e['id']: e for e in json.load(open(cur / 'entries.json'))}, json.load(open(cur / 'vocabulary.json'))['stems'])
    return cache[d]
base = {(r['set'], r['id']): r for r in json.load(open('/work/round37/base.json'))}
EV = everyday_words()
def stems(text): return {w[:4] for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) >= 3}
for f in F:
    r = base[(f['set'], f['id'])]; ents, vocab = ix(f['set'])
    cw = list(dict.fromkeys(content_words(r['question'])))
    rare = [w for w in cw if w not in EV]
    f['ncw'] = len(cw); f['nrare'] = len(rare)
    f['oov2'] = sum(1 for w in cw if vocab.get(w[:4], 0) == 0) / len(cw) if cw else 0
    f['oov_rare'] = sum(1 for w in rare if vocab.get(w[:4], 0) == 0) / len(rare) if rare else 0
    e = ents.get(r['top10'][0]) if r['top10'] else None
    if not e or not cw: continue
    t = stems(e['title'] + ' ' + ' '.join(e.get('aliases', [])))
    body = e['body']; first = re.split(r'(?<=[.!?])\s|\n', body, 1)[0]
    fs = stems(first); bs = stems(body)
    sh = [w for w in cw if w[:4] in t or w[:4] in bs]
    shr = [w for w in rare if w[:4] in t or w[:4] in bs]
    f['sh2'] = len(sh) / len(cw)
    f['shr'] = len(shr) / len(rare) if rare else 1
    f['tit2'] = sum(1 for w in sh if w[:4] in t) / len(sh) if sh else 0
    f['deep2'] = sum(1 for w in sh if w[:4] not in t and w[:4] not in fs) / len(sh) if sh else 1
    f['deep_rare'] = sum(1 for w in shr if w[:4] not in t and w[:4] not in fs) / len(shr) if shr else 1
    f['rare_known_unsaid'] = sum(1 for w in rare if w not in shr and vocab.get(w[:4], 0) > 0)
    f['rare_oov_n'] = sum(1 for w in rare if vocab.get(w[:4], 0) == 0)
json.dump(F, open('/work/round37/r37j/feat2.json', 'w'))
