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
    rows.append((P,R,p,t))
lo=float(sys.argv[2]) if len(sys.argv)>2 else 0.85
for P,R,p,t in sorted(rows,key=lambda r:r[0]):
    if P<lo and R>0.85:
        tgs=set(grams(t['body']))
        print('== P=%.2f R=%.2f %s %s'%(P,R,p['id'][:8],t['url'][:80]))
        n=0
        for para in p['body'].split('\n\n'):
            g=grams(para)
            if g and sum(1 for x in g if x not in tgs)/len(g)>0.7:
                print('    ',para[:110].replace('\n',' ')); n+=1
                if n>=6: break
