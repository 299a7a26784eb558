import json, numpy as np
F=json.load(open('/work/round37/r37j/feat2.json'))
for f in F:
    if f.get('z') is not None: f['margin']=f['z']-f['bar']
G=lambda lo,hi,st: [round(x,3) for x in np.arange(lo,hi,st)]
def run(paths, fa, fb, dira, dirb, ga, gb, w):
    pool=[f for f in F if not f['covered'] and f.get('reason') in paths and fa in f and fb in f]
    sets=sorted({f['set'] for f in F})
    def score(rows,a,b):
        g=l=0
        for f in rows:
            if (f[fa]<=a if dira=='le' else f[fa]>=a) and (f[fb]<=b if dirb=='le' else f[fb]>=b):
                if f['answerable'] and f['first_rel']: g+=1
                else: l+=1
        return g,l
    def best(rows):
        bb=(0,0,None,None)
        for a in ga:
            for b in gb:
                g,l=score(rows,a,b); v=g-w*l
                if v>bb[0]: bb=(v,g,a,b)
        return bb
    full=best(pool); g,l=score(pool,full[2],full[3]) if full[2] is not None else (0,0)
    HG=HL=0
    for s in sets:
        tr=[f for f in pool if f['set']!=s]; te=[f for f in pool if f['set']==s]
        bb=best(tr)
        if bb[2] is None: continue
        g2,l2=score(te,bb[2],bb[3]); HG+=g2; HL+=l2
    print(f"{'/'.join(p[:18] for p in paths)} {fa}{dira}{full[2]} {fb}{dirb}{full[3]} w={w}: in +{g} right answers, -{l} wrong/neg answered; held-out +{HG} -{HL}")
P=["best entry lacks the question's specific words",'no entry stands out','key term missing',"the best entry says few of the question's words, even in other words"]
for w in (1.0,2.0):
  for p in P:
    run([p],'sh2','h0_unit','ge','ge',G(0,1.01,0.05),G(0.3,0.8,0.02),w)
    run([p],'tit2','sh2','ge','ge',G(0,1.01,0.1),G(0,1.01,0.05),w)
    run([p],'oov2','sh2','le','ge',G(0,1.01,0.05),G(0,1.01,0.05),w)
    run([p],'oov2','h0_unit','le','ge',G(0,1.01,0.05),G(0.3,0.8,0.02),w)
    run([p],'shr','h0_unit','ge','ge',G(0,1.01,0.05),G(0.3,0.8,0.02),w)
