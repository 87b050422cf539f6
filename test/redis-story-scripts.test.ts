/**
 * The Redis store's story side runs as Lua scripts (workers/redis-dedup/stories.ts):
 * they must answer exactly as the memory store does, also for inputs far larger
 * than a usual article's (Lua's unpack() has a stack limit).
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryDedupStore } from '../pipeline/dedup/index.js';
import { openStory } from '../pipeline/dedup/story.js';
import { createRedisDedupStore } from '../workers/redis-dedup/store.js';
import { startTestRedis, type TestRedis } from './helpers/redis-server.js';

let server: TestRedis;
let client: Redis;
beforeAll(async () => {
  server = await startTestRedis();
  client = new Redis({ path: server.socketPath });
});
afterAll(async () => {
  client?.disconnect();
  await server?.stop();
});

describe('story scripts of the Redis dedup store', () => {
  it('term statistics of a 12,000-term document match the memory store', async () => {
    const redisStore = createRedisDedupStore(client, { prefix: 'long' });
    const memory = createMemoryDedupStore();
    const terms = Array.from({ length: 12_000 }, (_, i) => `t${i}`);
    for (const store of [redisStore, memory]) {
      await store.addDocumentTerms(terms);
      await store.addDocumentTerms(terms.slice(0, 10).concat(['extra', 'extra']));
    }
    const asked = ['t0', 't9', 't10', 't11999', 'extra', 'missing', 't0'];
    const expected = await memory.termStats(asked);
    expect(expected).toEqual({ documents: 2, df: [2, 2, 1, 1, 1, 0, 2] });
    expect(await redisStore.termStats(asked)).toEqual(expected);
    const all = await redisStore.termStats(terms);
    expect(all.df.length).toBe(12_000);
    expect(all.df.slice(0, 11)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1]);
  });

  it("term statistics of terms holding the scripts' separators (newline, NUL) and of no terms match the memory store", async () => {
    const redisStore = createRedisDedupStore(client, { prefix: 'separators' });
    const memory = createMemoryDedupStore();
    const odd = ['a\nb', 'a', 'b', 'c\u0000d', 'é\u0001', ''];
    for (const store of [redisStore, memory]) {
      await store.addDocumentTerms(odd);
      await store.addDocumentTerms(['a', 'a\nb']);
      await store.addDocumentTerms([]);
    }
    const asked = ['a\nb', 'a', 'b', 'c\u0000d', 'é\u0001', '', 'c', 'd', 'missing'];
    const expected = await memory.termStats(asked);
    expect(expected).toEqual({ documents: 3, df: [2, 2, 1, 1, 1, 1, 0, 0, 0] });
    expect(await redisStore.termStats(asked)).toEqual(expected);
    // A second worker's store, where every term is missing; its write makes the first one's cached terms stale.
    const other = createRedisDedupStore(client, { prefix: 'separators' });
    expect(await other.termStats(asked)).toEqual(expected);
    for (const store of [other, memory]) await store.addDocumentTerms(['a\nb', 'c\u0000d']);
    expect(await redisStore.termStats(asked)).toEqual(await memory.termStats(asked));
    expect(await redisStore.termStats([])).toEqual(await memory.termStats([]));
  });

  it('story candidates come in the memory store order over a long posting sequence, ties and time limits included', async () => {
    const redisStore = createRedisDedupStore(client, { prefix: 'order' });
    const memory = createMemoryDedupStore();
    const vocabulary = Array.from({ length: 40 }, (_, i) => `w${i}`);
    // A fixed pseudo-random sequence: stories re-posted, terms shared, caps reached.
    let x = 7;
    const next = (n: number): number => ((x = (x * 48_271) % 2_147_483_647), x % n);
    for (let i = 0; i < 300; i++) {
      const storyId = `s${next(60)}`;
      const terms = Array.from({ length: 1 + next(8) }, () => vocabulary[next(vocabulary.length)] as string);
      // Coarse times: many ties (broken by id), and postings that come late (never moving back).
      const timeMs = next(50) * 1000;
      for (const store of [redisStore, memory]) await store.addStoryPostings(storyId, terms, 5, timeMs);
    }
    for (let q = 0; q < 20; q++) {
      const query = Array.from({ length: 1 + next(24) }, () => vocabulary[next(vocabulary.length)] as string);
      const limit = 1 + next(20);
      const sinceMs = next(3) === 0 ? 0 : next(40) * 1000;
      const expected = await memory.findStories(query, limit, sinceMs);
      if (sinceMs === 0) expect(expected.length).toBeGreaterThan(0);
      expect(await redisStore.findStories(query, limit, sinceMs)).toEqual(expected);
    }
  });

  it('story reads: a copy is handed out only while the record keeps its nonce, across workers', async () => {
    const workerA = createRedisDedupStore(client, { prefix: 'nonce' });
    const connectionB = new Redis({ path: server.socketPath });
    try {
      const workerB = createRedisDedupStore(connectionB, { prefix: 'nonce' });
      const first = { ...openStory('a1', '2026-11-20T10:00:00.000Z'), outlets: ['one.example'] };
      await workerA.putStory(first);
      // Read together in one tick (one script call), and a missing story among them.
      const [fromB, missing, again] = await Promise.all([workerB.getStoryState('a1'), workerB.getStoryState('none'), workerB.getStoryState('a1')]);
      expect(fromB).toEqual(first);
      expect(missing).toBeNull();
      expect(again).toEqual(first);
      const unchanged = await workerB.getStoryState('a1');
      expect(unchanged).toBe(fromB);
      // Worker A changes the story: worker B's copy is stale and must not be handed out.
      const second = { ...first, memberCount: 2, outlets: ['one.example', 'two.example'] };
      await workerA.putStory(second);
      expect(await workerB.getStoryState('a1')).toEqual(second);
      expect(await workerA.getStoryState('a1')).toEqual(second);
      expect(await workerB.getStory('a1')).toMatchObject({ storyId: 'a1', memberCount: 2, outlets: ['one.example', 'two.example'] });
      // A record written before nonces (plain JSON) is still read.
      await client.set('nonce:d:s:old', JSON.stringify({ ...first, storyId: 'old' }));
      expect(await workerB.getStoryState('old')).toEqual({ ...first, storyId: 'old' });
      expect((await workerB.getStory('old'))?.storyId).toBe('old');
      // Only the nonce comes back for an unchanged story: the record is not sent again.
      const before = Number(/total_net_output_bytes:(\d+)/.exec(await client.info('stats'))?.[1]);
      await Promise.all(Array.from({ length: 50 }, () => workerB.getStoryState('a1')));
      const after = Number(/total_net_output_bytes:(\d+)/.exec(await client.info('stats'))?.[1]);
      expect(after - before).toBeLessThan(50 * JSON.stringify(second).length);
    } finally {
      connectionB.disconnect();
    }
  });
});
