/**
 * Scores the extract stage on the shared extraction dev set.
 *
 *   npx tsx bench/extract-dev.ts [--limit N] [--out pred.jsonl] [--data DIR]
 *
 * Reads ../shared/datasets/extraction-dev (truth.jsonl + html/<id>.html.gz), runs
 * extractArticle on each page with the line's URL, writes {"id","body"} lines and
 * runs the shared scorer on them. The data set is for internal use: it is read
 * in place and never copied into this repository.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle, EXTRACTOR_VERSION } from '../pipeline/extract/index.js';
import { argValue, openDevSet } from './extraction-dev-set.js';

const devSet = openDevSet();
const { scorer, truthFile } = devSet;
const outFile = resolve(argValue('--out') ?? join('/tmp', `wirewatch-extract-dev-${process.pid}.jsonl`));
const truth = devSet.truth<{ id: string; url: string }>();

const lines: string[] = [];
let extractMs = 0;
for (const t of truth) {
  const html = devSet.html(t.id);
  const started = performance.now();
  let body = '';
  try {
    body = extractArticle({ html, url: t.url }).text;
  } catch (err) {
    console.error(`${t.id}: ${(err as Error).message}`);
  }
  extractMs += performance.now() - started;
  lines.push(JSON.stringify({ id: t.id, body }));
}
writeFileSync(outFile, `${lines.join('\n')}\n`);

const args = [scorer, '--truth', truthFile, '--pred', outFile, ...(process.argv.includes('--json') ? ['--json'] : [])];
const scored = spawnSync(process.execPath, args, { encoding: 'utf8' });
process.stdout.write(scored.stdout);
process.stderr.write(scored.stderr);
console.log(`extractor ${EXTRACTOR_VERSION}: ${truth.length} pages in ${(extractMs / 1000).toFixed(1)} s `
  + `(${(truth.length / (extractMs / 1000)).toFixed(1)} pages/s); predictions in ${outFile}`);
process.exit(scored.status ?? 1);
