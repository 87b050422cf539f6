// Document frequencies of the Redis dedup store are written in batches
// (workers/redis-dedup/term-buffer.ts): the worker reads its own unwritten counts,
// others see them after a flush, and a batch writes each term once with its sum.
import { describe, expect, it } from 'vitest';
import { createRedisDedupStore } from '../workers/redis-dedup/store.js';
import { FLUSH_EVERY_ARTICLES, FLUSH_EVERY_MS } from '../workers/redis-dedup/term-buffer.js';
import { useTestRedis } from './helpers/redis-server.js';

const { client } = useTestRedis();

const NOW = Date.UTC(2026, 10, 20, 12);

describe('Redis term counts in batches', () => {
  it('a worker reads its own unwritten counts; another worker sees them after flush()', async () => {
    const mine = createRedisDedupStore(client(), { prefix: 'tb1', now: () => NOW });
    const other = createRedisDedupStore(client(), { prefix: 'tb1', now: () => NOW });
    await mine.addDocumentTerms(['seoul', 'troops', 'troops']);
    await mine.addDocumentTerms(['seoul']);
    expect(await mine.termStats(['seoul', 'troops', 'kyiv'])).toEqual({ documents: 2, df: [2, 1, 0] });
    expect(await other.termStats(['seoul', 'troops'])).toEqual({ documents: 0, df: [0, 0] });
    await mine.flush();
    const third = createRedisDedupStore(client(), { prefix: 'tb1', now: () => NOW });
    expect(await third.termStats(['seoul', 'troops'])).toEqual({ documents: 2, df: [2, 1] });
    // A worker that read them before keeps its reading for at most one flush interval.
    await new Promise((r) => setTimeout(r, FLUSH_EVERY_MS + 100));
    expect(await other.termStats(['seoul', 'troops'])).toEqual({ documents: 2, df: [2, 1] });
    // Written once: the worker's own view does not count them twice.
    expect(await mine.termStats(['seoul'])).toEqual({ documents: 2, df: [2] });
  });

  it(`writes a full batch of ${FLUSH_EVERY_ARTICLES} articles by itself, each term once with its sum`, async () => {
    const redis = client();
    const mine = createRedisDedupStore(redis, { prefix: 'tb2', now: () => NOW });
    const other = createRedisDedupStore(client(), { prefix: 'tb2', now: () => NOW });
    await redis.config('RESETSTAT');
    for (let i = 0; i < FLUSH_EVERY_ARTICLES; i++) await mine.addDocumentTerms(['harbour', `ship${i % 4}`]);
    expect(await other.termStats(['harbour', 'ship0'])).toEqual({ documents: FLUSH_EVERY_ARTICLES, df: [FLUSH_EVERY_ARTICLES, FLUSH_EVERY_ARTICLES / 4] });
    const hincrby = Number(/cmdstat_hincrby:calls=(\d+)/.exec(await redis.info('commandstats'))?.[1] ?? 0);
    expect(hincrby).toBe(5); // harbour + 4 ships, not 128
  });

  it('writes within a second without a full batch', async () => {
    const mine = createRedisDedupStore(client(), { prefix: 'tb3', now: () => NOW });
    const other = createRedisDedupStore(client(), { prefix: 'tb3', now: () => NOW });
    await mine.addDocumentTerms(['flood']);
    await new Promise((r) => setTimeout(r, 1300));
    expect(await other.termStats(['flood'])).toEqual({ documents: 1, df: [1] });
  });
});
