// The Redis dedup store reads term statistics through a per-worker cache
// (workers/redis-dedup/term-stats-cache.ts): repeated terms cost no Redis read while
// no other worker counted documents, and every read is exact, also across workers.
import { describe, expect, it } from 'vitest';
import { createRedisDedupStore } from '../workers/redis-dedup/store.js';
import { TermStatsCache, type TermStatsFetch } from '../workers/redis-dedup/term-stats-cache.js';
import { useTestRedis } from './helpers/redis-server.js';

const { client } = useTestRedis();
const NOW = Date.UTC(2026, 10, 20, 12);

/** A fetch that answers from a table (its document count can change) and records what it was asked. */
function table(df: Record<string, number>, counter: { documents: number }): { fetch: TermStatsFetch; asked: string[][] } {
  const asked: string[][] = [];
  const count = (terms: string[]): number[] => terms.map((t) => df[t] ?? 0);
  return {
    asked,
    fetch: async (expected, missing, known) => {
      asked.push(expected === counter.documents ? missing : [...missing, ...known]);
      return { documents: counter.documents, missing: count(missing), known: expected === counter.documents ? null : count(known) };
    },
  };
}

describe('term statistics cache', () => {
  it('asks only for terms it has not read while the document count holds, and answers in the order asked', async () => {
    const cache = new TermStatsCache();
    const counter = { documents: 10 };
    const source = table({ seoul: 3, troops: 2, kyiv: 1 }, counter);
    expect(await cache.read(['seoul', 'troops', 'seoul'], source.fetch)).toEqual({ documents: 10, df: [3, 2, 3] });
    expect(await cache.read(['kyiv', 'troops'], source.fetch)).toEqual({ documents: 10, df: [1, 2] });
    expect(await cache.read(['troops', 'seoul', 'kyiv'], source.fetch)).toEqual({ documents: 10, df: [2, 3, 1] });
    expect(source.asked).toEqual([['seoul', 'troops'], ['kyiv'], []]);
  });

  it('counts its own writes, and reads everything again when another worker counted', async () => {
    const cache = new TermStatsCache();
    const df: Record<string, number> = { flood: 4, dam: 1 };
    const counter = { documents: 9 };
    const source = table(df, counter);
    await cache.read(['flood', 'dam'], source.fetch);
    // Own write: the cache follows it, the server agrees, no term is asked again.
    cache.wrote(['flood']);
    counter.documents = 10;
    df.flood = 5;
    expect(await cache.read(['flood', 'dam'], source.fetch)).toEqual({ documents: 10, df: [5, 1] });
    expect(source.asked.at(-1)).toEqual([]);
    // Another worker's write: the count differs, every term comes again.
    counter.documents = 11;
    df.dam = 2;
    expect(await cache.read(['flood', 'dam'], source.fetch)).toEqual({ documents: 11, df: [5, 2] });
    expect(source.asked.at(-1)).toEqual(['flood', 'dam']);
  });

  it("on Redis: a second article with the same terms reads no term; two workers read each other's counts at once", async () => {
    const redis = client();
    const store = createRedisDedupStore(redis, { prefix: 'tsc1', now: () => NOW });
    const other = createRedisDedupStore(client(), { prefix: 'tsc1', now: () => NOW });
    const hmgets = async (): Promise<number> => Number(/cmdstat_hmget:calls=(\d+)/.exec(await redis.info('commandstats'))?.[1] ?? 0);
    await store.termStats(['seoul', 'troops']);
    await redis.config('RESETSTAT');
    await store.termStats(['troops', 'seoul']);
    expect(await hmgets()).toBe(0);
    await store.addDocumentTerms(['seoul', 'seoul']);
    expect(await store.termStats(['seoul', 'troops'])).toEqual({ documents: 1, df: [1, 0] });
    expect(await hmgets()).toBe(0);
    // The other worker sees the count at once (no buffer), and this one sees the other's.
    expect(await other.termStats(['seoul', 'troops'])).toEqual({ documents: 1, df: [1, 0] });
    await other.addDocumentTerms(['troops']);
    expect(await store.termStats(['seoul', 'troops'])).toEqual({ documents: 2, df: [1, 1] });
  });
});
