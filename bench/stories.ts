/**
 * Story grouping on the event-labelled stories-dev files: each file replayed in
 * publication order through the real dedup stage (memory store), the plain
 * TF-IDF baseline (stories-baseline.ts) beside it in the same run, both scored
 * as the dataset's score.py scores them (pairwise and B-cubed P/R/F1), and the
 * tuning and check halves of each file (the model was fitted on the even half,
 * story-model.ts). Then basil-triplets once through the Redis store (same
 * decisions expected). Redis memory per live article: bench:dedup (a stream
 * at a live rate; this file's nine years replayed in minutes keep every day's
 * claim filter alive, since Redis expires by its own clock).
 * Run: npm run bench:stories [-- --data DIR] [-- --no-redis]
 */
import { join } from 'node:path';
import { createMemoryDedupStore, dedupArticle, type DedupStore } from '../pipeline/dedup/index.js';
import { createRedisDedupStore } from '../workers/redis-dedup/store.js';
import { withRedis } from './dedup-redis.js';
import { createBaseline } from './stories-baseline.js';
import { datasetsDir, formatScore, loadLabelled, scoreClusters, type LabelledArticle } from './stories-data.js';
import { halfOf } from './stories-fit.js';

const FILES = ['gva-incidents', 'basil-triplets'];
const REDIS_FILE = 'basil-triplets';
const dir = join(datasetsDir(process.argv), 'stories-dev');
const timeOf = (a: LabelledArticle): number => Date.parse(a.published);

/** Story id per article through the dedup stage; the clock hook follows the articles. */
async function grouped(rows: readonly LabelledArticle[], store: DedupStore, onArticle?: (a: LabelledArticle) => void): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const a of rows) {
    onArticle?.(a);
    const seenAt = `${a.published}T12:00:00.000Z`;
    const v = await dedupArticle({ url: a.url, canonicalUrl: a.url, title: a.title, text: a.text, publishedAt: a.published, seenAt }, store);
    out.set(a.id, v.storyId);
  }
  return out;
}

function baseline(rows: readonly LabelledArticle[]): Map<string, string> {
  const b = createBaseline();
  return new Map(rows.map((a) => [a.id, b.add(a.id, a.title, a.text, timeOf(a))]));
}

const data = new Map(FILES.map((f) => [f, loadLabelled(join(dir, `${f}.jsonl`))]));
for (const [file, rows] of data) {
  const cpu = process.cpuUsage();
  const ours = await grouped(rows, createMemoryDedupStore());
  const used = process.cpuUsage(cpu);
  const cpuSecs = (used.user + used.system) / 1e6;
  console.log(formatScore(`${file}: dedup stage`, scoreClusters(rows, ours)), ` ${(rows.length / cpuSecs).toFixed(0)} articles/CPU-s`);
  console.log(formatScore(`${file}: TF-IDF baseline`, scoreClusters(rows, baseline(rows))));
  for (const half of ['even', 'odd'] as const) {
    const part = halfOf(rows, half);
    console.log(
      formatScore(`${file} ${half} half (${half === 'even' ? 'tuning' : 'check'})`, scoreClusters(part, await grouped(part, createMemoryDedupStore()))),
    );
  }
}

if (!process.argv.includes('--no-redis')) {
  const rows = data.get(REDIS_FILE) ?? [];
  await withRedis(async (redis) => {
    let clock = 0;
    const store = createRedisDedupStore(redis, { prefix: 'stories', now: () => clock });
    const ids = await grouped(rows, store, (a) => {
      clock = timeOf(a) + 12 * 3_600_000;
    });
    await store.flush();
    const memory = await grouped(rows, createMemoryDedupStore());
    const same = rows.filter((a) => ids.get(a.id) === memory.get(a.id)).length;
    console.log(formatScore(`${REDIS_FILE}: dedup stage on Redis`, scoreClusters(rows, ids)));
    console.log(`Redis: ${same}/${rows.length} story ids as the memory store's (memory per live article: bench:dedup)`);
  });
}
