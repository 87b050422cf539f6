import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '/work/main/pipeline/extract/index.ts';
import { tagClaims } from '/work/main/pipeline/claims/index.ts';
const dir = '/work/shared/datasets/extraction-dev/html';
const files = readdirSync(dir).slice(0, 40);
let chars = 0, ms = 0, exMs = 0, bytes = 0;
const syn = readFileSync('/tmp/page.html', 'utf8');
for (const f of files) {
  const html = gunzipSync(readFileSync(`${dir}/${f}`)).toString();
  let t = performance.now();
  const a = extractArticle({ html, url: 'https://example.com/a' });
  exMs += performance.now() - t; bytes += html.length;
  t = performance.now();
  tagClaims({ articleId: 'a', title: a.title, text: a.text, publishedAt: a.publishedAt });
  ms += performance.now() - t; chars += a.text.length;
}
console.log('real: extract ms/page', (exMs / files.length).toFixed(1), 'KB/page', (bytes / files.length / 1024).toFixed(0), 'claims ms/page', (ms / files.length).toFixed(1), 'text chars/page', Math.round(chars / files.length), 'claims ms per 1k chars', (ms / chars * 1000).toFixed(2));
const a = extractArticle({ html: syn, url: 'https://example.com/a' });
let t = performance.now();
for (let i = 0; i < 10; i++) tagClaims({ articleId: 'a', title: a.title, text: a.text, publishedAt: a.publishedAt });
const m = (performance.now() - t) / 10;
console.log('synthetic: claims ms/page', m.toFixed(1), 'chars', a.text.length, 'ms per 1k chars', (m / a.text.length * 1000).toFixed(2));
