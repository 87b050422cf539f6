import { readFileSync } from 'node:fs';
import { extractArticle } from '/work/main/pipeline/extract/index.ts';
import { parseHTML } from '/work/main/node_modules/linkedom/esm/index.js';
import { Readability } from '/work/main/node_modules/@mozilla/readability/index.js';
const html = readFileSync('/tmp/page.html', 'utf8');
console.log(extractArticle.length);
for (let k = 0; k < 3; k++) {
  let t = performance.now();
  for (let i = 0; i < 5; i++) extractArticle({ html, url: 'http://127.0.0.13:1/x' });
  const a = (performance.now() - t) / 5;
  t = performance.now();
  for (let i = 0; i < 5; i++) new Readability(parseHTML(html).document).parse();
  const b = (performance.now() - t) / 5;
  console.log('ours ms/page', a.toFixed(1), 'readability+linkedom', b.toFixed(1));
}
const { tagClaims } = await import('/work/main/pipeline/claims/index.ts');
const art = extractArticle({ html, url: 'http://127.0.0.13:1/x' });
console.log('text', art.text.length);
let t = performance.now();
for (let i = 0; i < 5; i++) tagClaims({ articleId: 'a', title: art.title, text: art.text, publishedAt: art.publishedAt });
console.log('claims ms', ((performance.now() - t) / 5).toFixed(1));
