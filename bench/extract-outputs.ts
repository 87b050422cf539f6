/**
 * Same-output check for speed work on the extractor: one line per page with a
 * hash of everything `extractArticle` returns (title, text, byline, dates, flags,
 * method, ...), over the dev set and the golden pages in test/fixtures/pages.
 * Each page is read as it comes and once more without its meta tags and JSON-LD
 * (the way many pages of the open web come), so the date and byline readers that
 * stand behind the structured data are covered too.
 *
 *   npx tsx bench/extract-outputs.ts --out before.txt [--data DIR] [--limit N]
 *   npx tsx bench/extract-outputs.ts --compare before.txt [--data DIR] [--limit N]
 *
 * --compare exits with code 1 and lists the pages whose output differs (each
 * field that changed, with both values cut short) when any does.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../pipeline/extract/index.js';
import type { ExtractedArticle } from '../pipeline/types.js';
import { argValue, openDevSet } from './extraction-dev-set.js';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/pages');
/** How much of a differing value is printed. */
const SHOWN_CHARS = 160;

interface Source {
  key: string;
  url: string;
  html: string;
}

function* sources(): Generator<Source> {
  const devSet = openDevSet();
  for (const t of devSet.truth<{ id: string; url: string }>()) yield { key: t.id, url: t.url, html: devSet.html(t.id) };
  for (const slug of readdirSync(GOLDEN_DIR).sort()) {
    const html = readFileSync(join(GOLDEN_DIR, slug, 'source.html'), 'utf8');
    yield { key: `golden/${slug}`, url: `https://example.com/${slug}`, html };
  }
}

const withoutMetadata = (html: string) => html.replace(/<meta[^>]*>/gi, '').replace(/<script[^>]*ld\+json[^>]*>[\s\S]*?<\/script>/gi, '');

/** Every field, in a fixed order, so that the hash does not hang on property order. */
function canonical(a: ExtractedArticle): string {
  const sorted = Object.fromEntries(Object.entries(a).sort(([x], [y]) => x.localeCompare(y)));
  return JSON.stringify(sorted);
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);

const lines: string[] = [];
const outputs = new Map<string, string>();
for (const s of sources()) {
  for (const [variant, html] of [
    ['full', s.html],
    ['bare', withoutMetadata(s.html)],
  ] as const) {
    const key = `${s.key}#${variant}`;
    const json = canonical(extractArticle({ html, url: s.url }));
    outputs.set(key, json);
    lines.push(`${key} ${hash(json)}`);
  }
}

const out = argValue('--out');
if (out) {
  writeFileSync(out, `${lines.join('\n')}\n`);
  // The full outputs beside the hashes, so that a later --compare can say what changed.
  writeFileSync(`${out}.json`, JSON.stringify(Object.fromEntries(outputs)));
  console.log(`${lines.length} outputs hashed into ${out}`);
}

const compare = argValue('--compare');
if (compare) {
  const before = new Map(
    readFileSync(compare, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' ') as [string, string]),
  );
  let full: Record<string, string> = {};
  try {
    full = JSON.parse(readFileSync(`${compare}.json`, 'utf8')) as Record<string, string>;
  } catch {
    // Hashes alone still tell same from different.
  }
  let differ = 0;
  for (const line of lines) {
    const [key, now] = line.split(' ') as [string, string];
    if (before.get(key) === now) continue;
    differ++;
    console.log(`differs: ${key}${before.has(key) ? '' : ' (not in the earlier run)'}`);
    const was = full[key] ? (JSON.parse(full[key]) as Record<string, unknown>) : null;
    const is = JSON.parse(outputs.get(key) ?? '{}') as Record<string, unknown>;
    for (const field of Object.keys(is)) {
      const a = JSON.stringify(was?.[field]);
      const b = JSON.stringify(is[field]);
      if (was && a !== b) console.log(`  ${field}: ${a?.slice(0, SHOWN_CHARS)}\n    now ${b.slice(0, SHOWN_CHARS)}`);
    }
  }
  console.log(`${lines.length - differ}/${lines.length} outputs identical to ${compare}`);
  if (differ > 0) process.exit(1);
}
