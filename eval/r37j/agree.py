import json, re, sys
from pathlib import Path
sys.path.insert(0,'eval')
from measure import ROOT, eval_index_dir
from rag_glossary.evaluation import discover_sets
from rag_glossary.retrieval import Retriever
from rag_glossary.coverage.described_support import content_words
F=json.load(open('/work/round37/r37j/feat2.json'))
base={(r['set'],r['id']):r for r in json.load(open('/work/round37/base.json'))}
sets={q.name:q for q in discover_sets(ROOT/'eval')}
WANT={'best entry stands out','key term found (text)','key term found (title)',"best entry lacks the question's specific words",'no entry stands out','key term missing',"the best entry says few of the question's words, even in other words"}
rows=[f for f in F if f.get('reason') in WANT and 'sh2' in f and (f['covered'] or f['answerable'] and f['first_rel'] or not f['answerable'])]
by={}
for f in rows: by.setdefault(f['set'],[]).append(f)
def stems(t): return {w[:4] for w in re.findall(r"[a-z0-9]+", t.lower()) if len(w)>=3}
out=[]
cache={}
for s,fs in by.items():
    q=sets[s]; d=Path('indexes')/'default' if q.corpus is None else eval_index_dir(q.corpus, Path('indexes'))
    if d not in cache: cache[d]=Retriever.load(d)
    R=cache[d]; ents={e.id:e for e in R.entries}
    for f in fs:
        r=base[(f['set'],f['id'])]; top=r['top10'][0]; e=ents[top]
        es=stems(e.title+' '+' '.join(e.aliases)+' '+e.body)
        shared={w for w in content_words(r['question']) if w[:4] in es}
        toks=re.findall(r"\S+", r['question'])
        rest=' '.join(t for t in toks if re.sub(r'[^a-z0-9]','',t.lower()) not in shared)
        if not rest.strip() or rest==r['question']:
            f['agree']=None; f['agree_rank']=None; out.append(f); continue
        try:
            ids=[h.id for h in R.search(rest,k=10)]
        except Exception:
            f['agree']=None; f['agree_rank']=None; out.append(f); continue
        f['agree']=ids[0]==top
        f['agree_rank']=ids.index(top) if top in ids else 10
        f['rest']=rest
        out.append(f)
    print(s,len(fs),file=sys.stderr,flush=True)
json.dump(out,open('/work/round37/r37j/agree.json','w'))
