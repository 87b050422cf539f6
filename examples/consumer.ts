/**
 * A downstream consumer of wirewatch's output queue, as a separate program
 * would write it: a BullMQ Worker on `wirewatch-articles` (key prefix
 * `wirewatch`). Each job's data is one `wirewatch.article/v1` document
 * (schema/article.v1.json). Delivery is at least once: drop repeated
 * `idempotencyKey`s. Completing the job marks it consumed.
 *
 *   REDIS_URL=redis://127.0.0.1:6379 npx tsx examples/consumer.ts
 */
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { ArticleDocument } from '../pipeline/output.js';

const connection = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
const seen = new Set<string>(); // use a durable store (a unique index) in production

const worker = new Worker<ArticleDocument>(
  'wirewatch-articles',
  async (job) => {
    const doc = job.data;
    if (doc.schema !== 'wirewatch.article/v1') throw new Error(`unknown document schema ${doc.schema}`);
    if (seen.has(doc.idempotencyKey)) return;
    seen.add(doc.idempotencyKey);
    const figures = doc.claims.filter((c) => c.value !== null).map((c) => `${c.bound ?? ''}${c.value} ${c.measure ?? ''} (${c.source ?? 'unnamed'})`);
    console.log(`${doc.article.publishedAt ?? '?'} ${doc.article.siteName ?? doc.provenance.feedId}: ${doc.article.title}`);
    console.log(`  story ${doc.story.id}${doc.dedup.duplicateOf ? `, same report as ${doc.dedup.duplicateOf}` : ''}; ${figures.join('; ')}`);
  },
  { connection, prefix: 'wirewatch', concurrency: 4 },
);
worker.on('error', (err) => console.error('consumer error:', err.message));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void worker.close().then(() => connection.quit());
  });
}
