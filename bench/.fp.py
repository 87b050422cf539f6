import json,re,sys,collections
tok=re.compile(r'[\w]+',re.U)
truth={}
for l in open('/work/shared/datasets/extraction-dev/truth.jsonl'):
    t=json.loads(l); truth[t['id']]=t
def grams(s):
    w=tok.findall(s); return set(tuple(w[i:i+4]) for i in range(max(1,len(w)-3)))
fp=collections.Counter(); fpchars=collections.Counter(); fn=collections.Counter()
for l in open(sys.argv[1]):
    p=json.loads(l); t=truth[p['id']]; tg=grams(t['body'])
    pg=grams(p['body'])
    for para in p['body'].split('\n\n'):
        g=grams(para)
        if not g: continue
        miss=sum(1 for x in g if x not in tg)/len(g)
        if miss>0.7:
            key=re.sub(r'\d+','#',para[:70])
            fp[key]+=1; fpchars[p['id']]+=len(para)
    if sys.argv[2:]==['fn']:
        for para in t['body'].split('\n\n'):
            g=grams(para)
            if g and sum(1 for x in g if x not in pg)/len(g)>0.7: fn[re.sub(r'\d+','#',para[:70])]+=1
for k,v in fp.most_common(60): print(v,repr(k))
print('--- docs with most fp chars')
for k,v in fpchars.most_common(25): print(v,k,truth[k]['url'][:90])
if fn:
  print('--- FN'); 
  for k,v in fn.most_common(40): print(v,repr(k))
