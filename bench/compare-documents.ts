/**
 * Two runs' output documents compared, for a speed change that must leave the output as it
 * was: `bench/pipeline.ts --keep-output FILE` at each build, then
 *
 *   npx tsx bench/compare-documents.ts before.ndjson after.ndjson
 *
 * Documents are matched by idempotency key, after what two runs cannot share is written alike
 * (the fixture's port, the ids hashed from URLs, the times). What a page alone decides (the
 * article, its claims, their status) must be equal: exit code 1 when any document is missing on
 * one side or differs there. Story and dedup fields depend on the order pages arrive in, which
 * no two runs of 8 concurrent fetches share: their differences are counted, not failed.
 */
import { readFileSync } from 'node:fs';

const [beforeFile, afterFile] = process.argv.slice(2);
if (!beforeFile || !afterFile) {
  console.error('usage: npx tsx bench/compare-documents.ts before.ndjson after.ndjson');
  process.exit(2);
}

/**
 * What differs between two runs of bench/pipeline.ts by construction: the fixture's port (in
 * every URL, so in every article, story and claim id), the times it stamps (fetched, processed,
 * and the fixture's own publication dates and bylines' weekdays, relative to its start).
 */
const PORT_RE = /(127\.0\.0\.\d+):\d+/g;
const ARTICLE_ID_RE = /\ba[0-9a-f]{16}\b/g;
const CLAIM_ID_RE = /"id":"[0-9a-f]{16}"/g;
const WEEKDAY_RE = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\b/g;
const TIME_RE = /"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z"/g;

/** Each document with the run's port, times and URL-derived ids written alike, by its normalised idempotency key. */
function documentsOf(file: string): Map<string, { page: string; order: string }> {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '');
  // An article id is a hash of its URL: named here by the URL without the port.
  const idNames = new Map<string, string>();
  for (const line of lines) {
    const doc = JSON.parse(line) as { article: { id: string; url: string } };
    idNames.set(doc.article.id, `A<${doc.article.url.replace(PORT_RE, '$1:P')}>`);
  }
  const out = new Map<string, { page: string; order: string }>();
  for (const line of lines) {
    const json = line
      .replace(PORT_RE, '$1:P')
      .replace(ARTICLE_ID_RE, (id) => idNames.get(id) ?? id)
      .replace(CLAIM_ID_RE, '"id":"C"')
      .replace(TIME_RE, '"T"')
      .replace(WEEKDAY_RE, 'DAY');
    const doc = JSON.parse(json) as { idempotencyKey: string; article: unknown; claims: unknown; claimsStatus: unknown; story: unknown; dedup: unknown };
    out.set(doc.idempotencyKey, {
      page: JSON.stringify([doc.article, doc.claims, doc.claimsStatus]),
      order: JSON.stringify([doc.story, doc.dedup]),
    });
  }
  return out;
}

const before = documentsOf(beforeFile);
const after = documentsOf(afterFile);
let differ = 0;
let missing = 0;
let orderDependent = 0;
for (const [key, doc] of before) {
  const other = after.get(key);
  if (other === undefined) missing += 1;
  else if (other.page !== doc.page) {
    differ += 1;
    if (differ <= 3) console.log(`differs: ${key}`);
  } else if (other.order !== doc.order) orderDependent += 1;
}
const extra = [...after.keys()].filter((k) => !before.has(k)).length;
console.log(
  `${before.size} documents before, ${after.size} after: ${differ} differ in article or claims, ${missing} missing after, ${extra} only after; ${orderDependent} differ only in story or dedup fields`,
);
process.exit(differ + missing + extra > 0 ? 1 : 0);
