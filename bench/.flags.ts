import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../pipeline/extract/index.js';
const dir='/work/shared/datasets/extraction-dev';
const truth=readFileSync(dir+'/truth.jsonl','utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l));
let pw=0;
for (const x of truth){
  const html=new TextDecoder().decode(gunzipSync(readFileSync(`${dir}/html/${x.id}.html.gz`)));
  const r=extractArticle({html,url:x.url});
  if (r.flags.includes('not_article')||r.flags.includes('thin')) console.log(r.flags.join(','), r.text.length, x.body.length, x.url.slice(0,90));
  if (r.flags.includes('paywalled')) { pw++; if (pw<12) console.log('PW', r.text.length, x.body.length, x.url.slice(0,80)); }
}
