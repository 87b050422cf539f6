import json,re,sys,collections
truth={}
for l in open('/work/shared/datasets/extraction-dev/truth.jsonl'):
    t=json.loads(l); truth[t['id']]=t
tok=re.compile(r'\w+')
def grams(s):
    w=tok.findall(s); return [tuple(w[i:i+4]) for i in range(max(1,len(w)-3))] if w else []
rows=[]
for l in open(sys.argv[1]):
    p=json.loads(l); t=truth[p['id']]
    tg=collections.Counter(grams(t['body'])); pg=collections.Counter(grams(p['body']))
    tp=sum((tg&pg).values()); P=tp/max(1,sum(pg.values())); R=tp/max(1,sum(tg.values()))
    rows.append((R,P,p,t))
for R,P,p,t in sorted(rows,key=lambda r:r[0]):
    if R<float(sys.argv[2]):
        pgs=set(grams(p['body']))
        print('== R=%.2f P=%.2f %s %s'%(R,P,p['id'][:8],t['url'][:80]))
        n=0
        for para in t['body'].split('\n\n'):
            g=grams(para)
            if g and sum(1 for x in g if x not in pgs)/len(g)>0.7:
                print('    ',para[:110].replace('\n',' ')); n+=1
                if n>=4: break
