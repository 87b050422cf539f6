import json,re,sys,collections
truth={}
for l in open('/work/shared/datasets/extraction-dev/truth.jsonl'):
    t=json.loads(l); truth[t['id']]=t
tok=re.compile(r'\w+')
def grams(s):
    w=tok.findall(s); return [tuple(w[i:i+4]) for i in range(max(1,len(w)-3))] if w else []
def f(path):
    out={}
    for l in open(path):
        p=json.loads(l); tg=collections.Counter(grams(truth[p['id']]['body'])); pg=collections.Counter(grams(p['body']))
        tp=sum((tg&pg).values()); P=tp/max(1,sum(pg.values())); R=tp/max(1,sum(tg.values()))
        out[p['id']]=(P,R,2*P*R/max(1e-9,P+R))
    return out
a=f(sys.argv[1]); b=f(sys.argv[2])
d=sorted(((b[k][2]-a[k][2]),k) for k in a)
for x,k in d:
    if abs(x)>0.02: print('%+.3f P %.2f->%.2f R %.2f->%.2f %s %s'%(x,a[k][0],b[k][0],a[k][1],b[k][1],k[:8],truth[k]['url'][:80]))
