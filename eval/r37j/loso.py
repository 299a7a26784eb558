import json, itertools, sys
F=json.load(open('/work/round37/r37j/feat2.json'))
for f in F:
    if f.get('z') is not None: f['margin']=f['z']-f['bar']
def run(paths, fa, fb, dira, dirb, grid_a, grid_b, w=2.0, extra=lambda f: True):
    pool=[f for f in F if f['covered'] and f.get('reason') in paths and fa in f and fb in f and extra(f)]
    sets=sorted({f['set'] for f in F})
    def score(rows,a,b):
        g=l=0
        for f in rows:
            hit = (f[fa]<=a if dira=='le' else f[fa]>=a) and (f[fb]<=b if dirb=='le' else f[fb]>=b)
            if hit:
                if f['answerable']: l+=1
                else: g+=1
        return g,l
    def best(rows):
        bb=None
        for a in grid_a:
            for b in grid_b:
                g,l=score(rows,a,b); v=g-w*l
                if bb is None or v>bb[0] or (v==bb[0] and g<bb[1]): bb=(v,g,a,b)
        return bb
    full=best(pool); g,l=score(pool,full[2],full[3])
    HG=HL=0; cuts=[]
    for s in sets:
        tr=[f for f in pool if f['set']!=s]; te=[f for f in pool if f['set']==s]
        bb=best(tr); cuts.append((bb[2],bb[3]))
        g2,l2=score(te,bb[2],bb[3]); HG+=g2; HL+=l2
    print(f"{'/'.join(p[:14] for p in paths)} {fa}{dira}{full[2]} {fb}{dirb}{full[3]} w={w}: in-sample +{g} neg refused, -{l} answerables refused; held-out +{HG} -{HL}  cuts stable={len(set(cuts))}")
    return full
import numpy as np
G=lambda lo,hi,st: [round(x,3) for x in np.arange(lo,hi,st)]
KT=['key term found (text)','key term found (title)']
ST=['best entry stands out']
for w in (1.0,2.0):
    run(KT,'sh2','oov2','le','ge',G(0,0.6,0.05),G(0,1.01,0.05),w)
    run(KT,'sh2','ncw','le','ge',G(0,0.6,0.05),range(2,15),w)
    run(KT,'oov2','ncw','ge','ge',G(0,1.01,0.05),range(2,15),w)
    run(ST,'sh2','oov2','le','ge',G(0,0.6,0.05),G(0,1.01,0.05),w)
    run(ST,'oov2','margin','ge','le',G(0,1.01,0.05),G(0,3,0.1),w)
    run(ST,'tit2','sh2','ge','le',G(0,1.01,0.1),G(0,0.6,0.05),w)
    run(ST,'deep2','sh2','ge','le',G(0,1.01,0.1),G(0,0.6,0.05),w)
    run(ST,'sh2','h0_unit','le','le',G(0,0.6,0.05),G(0.3,0.7,0.02),w)
    run(ST,'oov2','h0_unit','ge','le',G(0,1.01,0.05),G(0.3,0.7,0.02),w)
