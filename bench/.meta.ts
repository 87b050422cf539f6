import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../pipeline/extract/index.js';
const dir='/work/shared/datasets/extraction-dev';
const truth=readFileSync(dir+'/truth.jsonl','utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l));
let t=0,d=0,dn=0,a=0,an=0,lang=0; const bad:string[]=[]; const flags:Record<string,number>={}; const methods:Record<string,number>={};
const norm=(s:string)=>s.toLowerCase().replace(/[‘’“”"']/g,'').replace(/\s+/g,' ').trim();
for (const x of truth){
  const html=new TextDecoder().decode(gunzipSync(readFileSync(`${dir}/html/${x.id}.html.gz`)));
  const r=extractArticle({html,url:x.url});
  if (norm(r.title)===norm(x.title)) t++; else bad.push(`T ${r.title} || ${x.title}`);
  if (x.date!=='NaT'){ dn++; if ((r.publishedAt??'').slice(0,10)===x.date) d++; else bad.push(`D ${r.publishedAt} || ${x.date}`);}
  if (x.authors){ an++; const first=norm(x.authors.split(',')[0]); if (norm(r.byline??'').includes(first)) a++; else bad.push(`A ${r.byline} || ${x.authors}`);}
  if (r.language) lang++;
  for (const f of r.flags) flags[f]=(flags[f]??0)+1; methods[r.method]=(methods[r.method]??0)+1;
}
console.log({title:t/truth.length, date:d/dn, author:a/an, lang:lang/truth.length, flags, methods});
console.log(bad.filter(b=>process.argv[2]?b.startsWith(process.argv[2]):true).slice(0,Number(process.argv[3]??30)).join('\n'));
