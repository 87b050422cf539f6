// The Redis dedup store keeps article records parsed per worker (workers/redis-dedup/store.ts,
// ParsedRecords): a record read again with the same bytes is the same object, and a record
// another worker rewrote reads as rewritten at once.
import { describe, expect, it } from 'vitest';
import { createRedisDedupStore } from '../workers/redis-dedup/store.js';
import { SAMPLE_ARTICLE } from './helpers/dedup-sample.js';
import { useTestRedis } from './helpers/redis-server.js';

const { client } = useTestRedis();
const NOW = Date.UTC(2026, 10, 20, 12);

describe('parsed article records of the Redis dedup store', () => {
  it("hands out one frozen object while the bytes hold, and another worker's rewrite at the next read", async () => {
    const store = createRedisDedupStore(client(), { prefix: 'records', now: () => NOW });
    const other = createRedisDedupStore(client(), { prefix: 'records', now: () => NOW });
    await store.putArticle(SAMPLE_ARTICLE);
    const first = await store.getArticle(SAMPLE_ARTICLE.articleId);
    expect(first).toEqual(SAMPLE_ARTICLE);
    expect(Object.isFrozen(first)).toBe(true);
    expect(await store.getArticle(SAMPLE_ARTICLE.articleId)).toBe(first);
    const revised = { ...SAMPLE_ARTICLE, textHash: 'ffffffffffffffff', duplicateOf: 'aother', similarity: 0.5 };
    await other.putArticle(revised);
    const after = await store.getArticle(SAMPLE_ARTICLE.articleId);
    expect(after).not.toBe(first);
    expect(after).toEqual(revised);
    expect(await store.settledArticle?.(SAMPLE_ARTICLE.articleId)).toBe(after);
  });
});
