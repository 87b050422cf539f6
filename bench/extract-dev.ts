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
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractArticle, EXTRACTOR_VERSION } from '../pipeline/extract/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const sharedDir = resolve(here, '../../shared');

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dataDir = resolve(argValue('--data') ?? join(sharedDir, 'datasets/extraction-dev'));
const limit = Number(argValue('--limit') ?? Infinity);
const outFile = resolve(argValue('--out') ?? join('/tmp', `wirewatch-extract-dev-${process.pid}.jsonl`));
const scorer = join(sharedDir, 'bench/score-extraction.mjs');
const truthFile = join(dataDir, 'truth.jsonl');

if (!existsSync(truthFile) || !existsSync(join(dataDir, 'html'))) {
  console.error(`extraction dev set not found at ${dataDir} (expected truth.jsonl and html/).\n`
    + 'It lives beside the project in ../shared/datasets/extraction-dev; pass --data DIR to point elsewhere.');
  process.exit(2);
}

interface TruthLine { id: string; url: string }
const truth = readFileSync(truthFile, 'utf8').split('\n').filter(Boolean)
  .map((line) => JSON.parse(line) as TruthLine)
  .slice(0, Number.isFinite(limit) ? limit : undefined);

const lines: string[] = [];
let extractMs = 0;
for (const t of truth) {
  // Always UTF-8: 34 pages declare no charset.
  const html = new TextDecoder('utf-8').decode(gunzipSync(readFileSync(join(dataDir, 'html', `${t.id}.html.gz`))));
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
