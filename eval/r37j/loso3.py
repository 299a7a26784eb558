import json, numpy as np
A=json.load(open('/work/round37/r37j/agree.json'))
for f in A:
    if f.get('z') is not None: f['margin']=f['z']-f['bar']
    f['agree_rank']=f.get('agree_rank') if f.get('agree_rank') is not None else -1
G=lambda lo,hi,st: [round(x,3) for x in np.arange(lo,hi,st)]
SETS=sorted({f['set'] for f in A})
def run(paths, conds, w, extra=lambda f: True, label=''):
    # conds: list of (feature, dir, grid)
    pool=[f for f in A if f['covered'] and f['reason'] in paths and extra(f) and all(f.get(c[0]) is not None for c in conds)]
    import itertools
    combos=list(itertools.product(*[c[2] for c in conds]))
    def score(rows,cut):
        g=l=r=0
        for f in rows:
            if all((f[c[0]]<=t if c[1]=='le' else f[c[0]]>=t) for c,t in zip(conds,cut)):
                if f['answerable']:
                    l+=1; r+= f['first_rel']
                else: g+=1
        return g,l,r
    def best(rows):
        bb=(0,None)
        for cut in combos:
            g,l,_=score(rows,cut); v=g-w*l
            if v>bb[0]: bb=(v,cut)
        return bb
    v,cut=best(pool); g,l,r=score(pool,cut) if cut else (0,0,0)
    HG=HL=HR=0
    for s in SETS:
        tr=[f for f in pool if f['set']!=s]; te=[f for f in pool if f['set']==s]
        vv,cc=best(tr)
        if cc is None: continue
        a,b,c=score(te,cc); HG+=a; HL+=b; HR+=c
    print(f"{label} {[c[0]+c[1] for c in conds]} cut={cut} w={w}: in +{g} -{l} (right lost {r}); held-out +{HG} -{HL} (right lost {HR})")
ST=['best entry stands out']; KT=['key term found (text)','key term found (title)']
dis=lambda f: f.get('agree') is False
for w in (1.0,2.0):
    run(ST,[('sh2','le',G(0,.6,.05)),('margin','le',G(0,3,.2))],w,dis,'ST disagree')
    run(ST,[('agree_rank','ge',range(1,11)),('sh2','le',G(0,.6,.05))],w,label='ST')
    run(ST,[('agree_rank','ge',range(1,11)),('margin','le',G(0,3,.2))],w,label='ST')
    run(ST,[('agree_rank','ge',range(1,11)),('h0_unit','le',G(.3,.7,.02))],w,label='ST')
    run(ST,[('oov2','ge',G(0,1.01,.05)),('h0_unit','le',G(.3,.7,.02))],w,dis,'ST disagree')
    run(ST,[('tit2','ge',G(0,1.01,.1)),('h0_unit','le',G(.3,.7,.02))],w,dis,'ST disagree')
    run(KT,[('sh2','le',G(0,.6,.05)),('oov2','ge',G(0,1.01,.05))],w,dis,'KT disagree')
    run(KT,[('sh2','le',G(0,.6,.05)),('margin','le',G(0,4,.2))],w,dis,'KT disagree')
    run(KT,[('ncw','ge',range(2,15)),('margin','le',G(0,4,.2))],w,dis,'KT disagree')
