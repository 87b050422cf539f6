// The Redis dedup store reads term statistics through a per-worker cache
// (workers/redis-dedup/term-stats-cache.ts): repeated terms cost no Redis read, the
// worker's own writes drop it, and it never outlives one flush interval.
import { describe, expect, it } from 'vitest';
import { createRedisDedupStore } from '../workers/redis-dedup/store.js';
import { TermStatsCache, type StoredTermStats } from '../workers/redis-dedup/term-stats-cache.js';
import { useTestRedis } from './helpers/redis-server.js';

const { client } = useTestRedis();
const NOW = Date.UTC(2026, 10, 20, 12);

/** A fetch that answers from a table and records what it was asked. */
function table(df: Record<string, number>, documents: number): { fetch: (missing: string[]) => Promise<StoredTermStats>; asked: string[][] } {
  const asked: string[][] = [];
  return { asked, fetch: async (missing) => (asked.push(missing), { documents, df: missing.map((t) => df[t] ?? 0) }) };
}

describe('term statistics cache', () => {
  it('asks only for terms it has not read, once each, and answers in the order asked', async () => {
    const cache = new TermStatsCache({ now: () => 0 });
    const source = table({ seoul: 3, troops: 2, kyiv: 1 }, 10);
    expect(await cache.read(1, ['seoul', 'troops', 'seoul'], source.fetch)).toEqual({ documents: 10, df: [3, 2, 3] });
    expect(await cache.read(1, ['kyiv', 'troops'], source.fetch)).toEqual({ documents: 10, df: [1, 2] });
    expect(await cache.read(1, ['troops', 'seoul', 'kyiv'], source.fetch)).toEqual({ documents: 10, df: [2, 3, 1] });
    expect(source.asked).toEqual([['seoul', 'troops'], ['kyiv']]);
  });

  it('forgets its readings after maxAgeMs, at a new epoch, and on drop()', async () => {
    let now = 0;
    const cache = new TermStatsCache({ maxAgeMs: 1000, now: () => now });
    const source = table({ flood: 4 }, 9);
    await cache.read(1, ['flood'], source.fetch);
    now = 999;
    await cache.read(1, ['flood'], source.fetch);
    expect(source.asked).toHaveLength(1);
    now = 1001;
    await cache.read(1, ['flood'], source.fetch);
    await cache.read(2, ['flood'], source.fetch);
    cache.drop();
    await cache.read(2, ['flood'], source.fetch);
    expect(source.asked).toHaveLength(4);
  });

  it('a read that was in flight during a drop answers but does not fill the cache', async () => {
    const cache = new TermStatsCache({ now: () => 0 });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = async (missing: string[]): Promise<StoredTermStats> => (await gate, { documents: 1, df: missing.map(() => 1) });
    const pending = cache.read(1, ['port'], slow);
    cache.drop();
    release();
    expect(await pending).toEqual({ documents: 1, df: [1] });
    const source = table({ port: 5 }, 6);
    expect(await cache.read(1, ['port'], source.fetch)).toEqual({ documents: 6, df: [5] });
  });

  it('on Redis: a second article with the same terms sends no term-statistics script', async () => {
    const redis = client();
    const store = createRedisDedupStore(redis, { prefix: 'tsc1', now: () => NOW });
    const scriptCalls = async (): Promise<number> => {
      const stats = await redis.info('commandstats');
      // A script's first call on a server is EVALSHA, answered NOSCRIPT, then EVAL (workers/lua-script.ts).
      return ['eval', 'evalsha'].reduce((n, cmd) => n + Number(new RegExp(`cmdstat_${cmd}:calls=(\\d+)`).exec(stats)?.[1] ?? 0), 0);
    };
    await redis.config('RESETSTAT');
    await store.termStats(['seoul', 'troops']);
    expect(await scriptCalls()).toBeGreaterThan(0);
    await redis.config('RESETSTAT');
    await store.termStats(['troops', 'seoul']);
    expect(await scriptCalls()).toBe(0);
    // The worker's own counts stay exact: unwritten, then written (the write drops the cache).
    await store.addDocumentTerms(['seoul']);
    expect(await store.termStats(['seoul', 'troops'])).toEqual({ documents: 1, df: [1, 0] });
    await store.flush();
    expect(await store.termStats(['seoul', 'troops'])).toEqual({ documents: 1, df: [1, 0] });
  });
});
