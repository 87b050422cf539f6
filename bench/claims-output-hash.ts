/**
 * The tagger's output, hashed text by text, to show a speed change leaves it byte-identical:
 * the bench pages (extracted as bench:pipeline extracts them), attribution-dev (train and dev)
 * and quantities-dev. Writes one hash per text to `--out FILE`; `--compare FILE` reads an
 * earlier run's file and lists the texts whose claims differ (exit code 1 when any does).
 *
 *   npx tsx bench/claims-output-hash.ts [--data DIR] [--pages 300] --out before.json
 *   npx tsx bench/claims-output-hash.ts [--data DIR] [--pages 300] --compare before.json
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tagClaims } from '../pipeline/claims/index.js';
import { extractArticle } from '../pipeline/extract/index.js';
import { datasetsDir, readJsonl, requireFile } from './claims-datasets.js';
import { buildSites } from './fixtures-news.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const PAGES = Number(arg('--pages') ?? 300);
/** Any port: the pages are only read here, never served. */
const UNUSED_PORT = 8000;
/** A fixed date, so that relative dates read the same in every run. */
const PUBLISHED_AT = '2024-05-01T00:00:00.000Z';

const dir = datasetsDir();
const texts: { id: string; title: string; text: string; publishedAt: string | null }[] = [];
const sites = buildSites({ pages: PAGES, hosts: 20, port: UNUSED_PORT, now: new Date(PUBLISHED_AT) });
for (const [url, { body, type }] of sites.bodies) {
  if (!type.includes('html')) continue;
  const article = extractArticle({ html: body.toString('utf8'), url });
  texts.push({ id: url, title: article.title, text: article.text, publishedAt: article.publishedAt });
}
for (const split of ['train', 'dev']) {
  for (const a of readJsonl<{ id: string; title?: string; text: string; published?: string }>(requireFile(dir, `attribution-dev/polnear-${split}.jsonl`))) {
    texts.push({ id: `${split}/${a.id}`, title: a.title ?? '', text: a.text, publishedAt: a.published ?? PUBLISHED_AT });
  }
}
for (const file of ['quantulum3.jsonl', 'recognizers-text.jsonl']) {
  for (const q of readJsonl<{ id: string; text: string }>(requireFile(dir, `quantities-dev/${file}`))) {
    texts.push({ id: `${file}/${q.id}`, title: '', text: q.text, publishedAt: PUBLISHED_AT });
  }
}

const hashes: Record<string, string> = {};
for (const t of texts) {
  const claims = tagClaims({ articleId: t.id, title: t.title, text: t.text, publishedAt: t.publishedAt });
  // Ids may repeat across annotators of one article: the hash of every copy is kept apart.
  let key = t.id;
  for (let n = 2; key in hashes; n++) key = `${t.id}#${n}`;
  hashes[key] = createHash('sha256').update(JSON.stringify(claims)).digest('hex');
}
const all = createHash('sha256').update(JSON.stringify(hashes)).digest('hex');
console.log(`${Object.keys(hashes).length} texts, output hash ${all.slice(0, 16)}`);

const out = arg('--out');
if (out) writeFileSync(out, JSON.stringify(hashes));
const compare = arg('--compare');
if (compare) {
  const before = JSON.parse(readFileSync(compare, 'utf8')) as Record<string, string>;
  const differing = Object.keys({ ...before, ...hashes }).filter((k) => before[k] !== hashes[k]);
  console.log(`${differing.length} of ${Object.keys(hashes).length} texts differ from ${compare}`);
  for (const k of differing.slice(0, 20)) console.log(`  ${k}`);
  if (differing.length > 0) process.exitCode = 1;
}
