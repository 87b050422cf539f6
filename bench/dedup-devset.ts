/**
 * Duplicate detection measured on the extraction dev set: its 421 distinct
 * articles plus planted copies of each (exact, ~5% and ~15% word edits, a new
 * headline, an extra boilerplate paragraph). The dataset is read in place from
 * ../shared/datasets (or --data DIR), never copied into the repository; a bench,
 * not a test, so that `npm test` reads only the repository. Exits 1 below the
 * targets (precision 0.98, recall 0.95, no false duplicate among distinct articles).
 * Run: npm run bench:dedup-devset [-- --data DIR]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMemoryDedupStore, dedupArticle, type DedupInput } from '../pipeline/dedup/index.js';
import type { DedupVerdict } from '../pipeline/types.js';
import { seededRandom } from '../test/helpers/seeded-random.js';
import { datasetsDir, requireFile } from './stories-data.js';

const TRUTH = join(datasetsDir(process.argv), 'extraction-dev', 'truth.jsonl');
const MIN_PRECISION = 0.98;
const MIN_RECALL = 0.95;
const BOILERPLATE =
  'Sign up for our morning newsletter to get the day’s top stories delivered to your inbox. ' +
  'By subscribing you agree to our terms of use and privacy policy. Follow us on social media for breaking news, ' +
  'live updates and exclusive video, and download our app to read offline.';

type CopyKind = 'exact' | 'edits5' | 'edits15' | 'headline' | 'boilerplate';
const KINDS: CopyKind[] = ['exact', 'edits5', 'edits15', 'headline', 'boilerplate'];

interface TruthRow {
  id: string;
  url: string;
  title: string;
  body: string;
  date: string;
}

/** Substitutes, deletes or inserts words at `rate` per word, keeping paragraphs. */
function editWords(text: string, rate: number, random: () => number, vocabulary: string[]): string {
  const pick = (): string => vocabulary[Math.floor(random() * vocabulary.length)] ?? 'word';
  return text
    .split('\n\n')
    .map((para) => {
      const out: string[] = [];
      for (const w of para.split(' ')) {
        const r = random();
        if (r >= rate) out.push(w);
        else if (r < rate * 0.5) out.push(pick());
        else if (r < rate * 0.75) continue;
        else out.push(w, pick());
      }
      return out.join(' ');
    })
    .join('\n\n');
}

function plant(row: TruthRow, kind: CopyKind, random: () => number, vocabulary: string[]): { title: string; text: string } {
  switch (kind) {
    case 'exact':
      return { title: row.title, text: row.body };
    case 'edits5':
      return { title: row.title, text: editWords(row.body, 0.05, random, vocabulary) };
    case 'edits15':
      return { title: editWords(row.title, 0.15, random, vocabulary), text: editWords(row.body, 0.15, random, vocabulary) };
    case 'headline':
      return { title: `${row.body.split(/\s+/).slice(0, 9).join(' ')}, report says`, text: row.body };
    case 'boilerplate':
      return { title: row.title, text: random() < 0.5 ? `${row.body}\n\n${BOILERPLATE}` : `${BOILERPLATE}\n\n${row.body}` };
  }
}

function inputOf(url: string, title: string, text: string, date: string, hoursLater: number): DedupInput {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
  const seen = new Date(Date.parse(day ?? '2023-12-01') + hoursLater * 3_600_000).toISOString();
  return { url, canonicalUrl: url, title, text, publishedAt: day, seenAt: seen };
}

const rows = readFileSync(requireFile(TRUTH), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as TruthRow);
const vocabulary = rows.flatMap((r) => r.body.split(/\s+/).slice(0, 40));
const random = seededRandom(20240523);
const store = createMemoryDedupStore();

const originals = new Map<string, DedupVerdict>();
const distinctVerdicts: DedupVerdict[] = [];
for (const row of rows) {
  const v = await dedupArticle(inputOf(row.url, row.title, row.body, row.date, 2), store);
  originals.set(row.id, v);
  distinctVerdicts.push(v);
}
const copies = rows.flatMap((row, i) => KINDS.map((kind) => ({ row, kind, i })));
// Copies arrive in a shuffled order, each on a host of its own.
for (let i = copies.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [copies[i], copies[j]] = [copies[j] as (typeof copies)[number], copies[i] as (typeof copies)[number]];
}
const found: Record<CopyKind, number> = { exact: 0, edits5: 0, edits15: 0, headline: 0, boilerplate: 0 };
const reasons = new Map<string, number>();
let wrongTarget = 0;
for (const { row, kind, i } of copies) {
  const { title, text } = plant(row, kind, random, vocabulary);
  const url = `https://copy-${kind}-${i}.example/news/${row.id}`;
  const v = await dedupArticle(inputOf(url, title, text, row.date, 10), store);
  if (v.status !== 'duplicate') continue;
  if (v.duplicateOf === originals.get(row.id)?.articleId) {
    found[kind]++;
    reasons.set(`${kind}/${v.duplicateReason}`, (reasons.get(`${kind}/${v.duplicateReason}`) ?? 0) + 1);
  } else wrongTarget++;
}
const falseAmongDistinct = distinctVerdicts.filter((v) => v.status === 'duplicate').length;
const truePositives = Object.values(found).reduce((a, b) => a + b, 0);
const precision = truePositives / (truePositives + wrongTarget + falseAmongDistinct);
const recall = truePositives / copies.length;
const stories = new Set(distinctVerdicts.map((v) => v.storyId)).size;
console.log(
  [
    `dedup dev set: ${rows.length} distinct articles, ${copies.length} planted copies`,
    `precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)} (found ${truePositives}, wrong target ${wrongTarget}, false among distinct ${falseAmongDistinct})`,
    `recall by kind: ${KINDS.map((k) => `${k} ${(found[k] / rows.length).toFixed(3)}`).join(', ')}`,
    `verdict reasons: ${[...reasons].map(([k, n]) => `${k} ${n}`).join(', ')}`,
    `stories among the ${rows.length} distinct articles: ${stories}`,
  ].join('\n'),
);
const pass = falseAmongDistinct === 0 && precision >= MIN_PRECISION && recall >= MIN_RECALL;
console.log(pass ? 'targets met' : `BELOW TARGET (precision >= ${MIN_PRECISION}, recall >= ${MIN_RECALL}, no false duplicate among distinct)`);
process.exitCode = pass ? 0 : 1;
