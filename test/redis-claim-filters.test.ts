/**
 * The day filters of the Redis claim store (workers/redis-dedup/claims.ts): a
 * filter may say "maybe" for a key that is absent, never "absent" for a claim
 * that exists, so claims keep their first owner over the whole window whatever
 * the filter's load; a claim of fresh keys reads partitions only on filter hits;
 * and days written before the filters existed are still read.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DedupStore } from '../pipeline/dedup/index.js';
import { claimAddress, encodeId } from '../workers/redis-dedup/codec.js';
import { createRedisDedupStore } from '../workers/redis-dedup/store.js';
import { startTestRedis, type TestRedis } from './helpers/redis-server.js';

const DAY_MS = 86_400_000;
const WINDOW_DAYS = 7;
const LIVE_DAYS = WINDOW_DAYS + 2;
const SHARD_BITS = 8;
const KEYS_PER_ARTICLE = 41;
const START_DAY = Math.floor(Date.UTC(2024, 4, 2) / DAY_MS);

let server: TestRedis;
let redis: Redis;
let prefixSeq = 0;
beforeAll(async () => {
  server = await startTestRedis();
  redis = new Redis({ path: server.socketPath });
});
afterAll(async () => {
  redis?.disconnect();
  await server?.stop();
});

interface Clocked {
  store: DedupStore;
  prefix: string;
  setDay(day: number): void;
}

function openStore(articlesPerDay: number): Clocked {
  const prefix = `filter${++prefixSeq}`;
  let clock = START_DAY * DAY_MS + 3_600_000;
  const store = createRedisDedupStore(redis, { prefix, now: () => clock, windowDays: WINDOW_DAYS, shardBits: SHARD_BITS, articlesPerDay });
  return { store, prefix, setDay: (day) => (clock = (START_DAY + day) * DAY_MS + 3_600_000) };
}

const idOf = (day: number, n: number): string => `a${(day * 1_000_000 + n).toString(16).padStart(16, '0')}`;
const keysOf = (day: number, n: number): string[] => Array.from({ length: KEYS_PER_ARTICLE }, (_, k) => `b${k}.${day}.${n}`);

/** `articles` articles a day for `days` days, each claiming its own 41 band keys; returns them by owner. */
async function fillDays(s: Clocked, days: number, articles: number): Promise<Map<string, string[]>> {
  const owners = new Map<string, string[]>();
  for (let day = 0; day < days; day++) {
    s.setDay(day);
    for (let n = 0; n < articles; n++) {
      const id = idOf(day, n);
      const keys = keysOf(day, n);
      expect(await s.store.claimBands(keys, id)).toEqual(keys.map(() => id));
      owners.set(id, keys);
    }
  }
  return owners;
}

async function hgetCalls(): Promise<number> {
  const stats = await redis.info('commandstats');
  return Number(/cmdstat_hget:calls=(\d+)/.exec(stats)?.[1] ?? 0);
}

describe('Redis claim day filters', () => {
  it('keep every claim with its first owner across the window, the filters well sized or saturated', async () => {
    // 4,400 claims a day sized, 2,050 made: a light load. One article a day sized: every bit set.
    for (const articlesPerDay of [100, 1]) {
      const s = openStore(articlesPerDay);
      const owners = await fillDays(s, 5, 50);
      s.setDay(LIVE_DAYS - 1); // the first day's claims are still live on the window's last day
      for (const [id, keys] of owners) expect(await s.store.claimBands(keys, 'aintruder')).toEqual(keys.map(() => id));
      expect(await s.store.lookupUrl('https://never.example/claimed')).toBeNull();
    }
  });

  it('reads a partition for a fresh key only when the filter of that day says maybe', async () => {
    const s = openStore(100);
    await fillDays(s, 5, 50);
    s.setDay(5);
    const fresh = Array.from({ length: 20 }, (_, n) => keysOf(99, n));
    await redis.config('RESETSTAT');
    for (const [n, keys] of fresh.entries()) expect(await s.store.claimBands(keys, idOf(99, n))).toEqual(keys.map(() => idOf(99, n)));
    // Without the filters every fresh key reads all 9 live partitions (7,380 HGETs here);
    // with them, only false positives of the 5 filled days (well under 1% each at this load).
    const reads = await hgetCalls();
    expect(reads).toBeLessThan(fresh.length * KEYS_PER_ARTICLE * 0.1);
  });

  it('still reads days claimed before the filters existed, for as long as they are live', async () => {
    const s = openStore(100);
    // Claims as the layout without filters wrote them: partition hashes only, with their expiry.
    const legacy = [
      { day: 0, key: 'b3.legacy-old', owner: idOf(0, 7) },
      { day: 2, key: 'b4.legacy-today', owner: idOf(2, 8) },
    ];
    for (const { day, key, owner } of legacy) {
      const { shard, field } = claimAddress('b', key, SHARD_BITS);
      // Enough claims that the partition sampling sees the day (as any real day's traffic would).
      for (let sample = 0; sample < 2 ** SHARD_BITS; sample++) {
        await redis.hset(`${s.prefix}:d:c:${START_DAY + day}:${sample}`, Buffer.from(`filler${sample}`), encodeId(idOf(day, 1000 + sample)));
        await redis.expire(`${s.prefix}:d:c:${START_DAY + day}:${sample}`, 10 * 86_400);
      }
      await redis.hset(`${s.prefix}:d:c:${START_DAY + day}:${shard}`, field, encodeId(owner));
    }
    s.setDay(2);
    expect(await s.store.claimBands(['b3.legacy-old', 'b4.legacy-today', 'b5.new'], idOf(2, 9))).toEqual([idOf(0, 7), idOf(2, 8), idOf(2, 9)]);
    // The new claim went through the (new) filter of today: still found the next day, and so are the old ones.
    s.setDay(3);
    expect(await s.store.claimBands(['b5.new', 'b3.legacy-old', 'b4.legacy-today'], idOf(3, 1))).toEqual([idOf(2, 9), idOf(0, 7), idOf(2, 8)]);
    // A day with neither claims nor filter gets no filter: nothing to read there.
    expect(await redis.keys(`${s.prefix}:d:f:${START_DAY + 1}:*`)).toEqual([]);
  });

  it('finds every claim through a store sized otherwise on the same prefix (its bits are elsewhere)', async () => {
    const small = openStore(100);
    const owners = await fillDays(small, 3, 30);
    const prefix = small.prefix;
    let clock = (START_DAY + 3) * DAY_MS + 3_600_000;
    const resized = createRedisDedupStore(redis, { prefix, now: () => clock, windowDays: WINDOW_DAYS, shardBits: SHARD_BITS, articlesPerDay: 700 });
    for (const [id, keys] of owners) expect(await resized.claimBands(keys, 'aresized')).toEqual(keys.map(() => id));
    clock += DAY_MS;
    for (const [id, keys] of owners) expect(await resized.claimBands(keys, 'aresized')).toEqual(keys.map(() => id));
  });
});
