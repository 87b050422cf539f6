// A poll reads which of its feed's URL keys are already known in chunks, one
// Redis script call per chunk (workers/processors/poll.ts knownOwners), instead
// of one call per entry; a feed may list up to 10,000 entries.
import { describe, expect, it } from 'vitest';
import { knownOwners } from '../workers/processors/poll.js';
import { createRedisDedupStore } from '../workers/redis-dedup/store.js';
import { useTestRedis } from './helpers/redis-server.js';

const { client } = useTestRedis();

describe('poll lookup of known URL keys', () => {
  it('answers 600 keys in key order with 3 script calls', async () => {
    const redis = client();
    const store = createRedisDedupStore(redis, { prefix: 'pl1', now: () => Date.UTC(2026, 10, 20, 12) });
    const keys = Array.from({ length: 600 }, (_, i) => `news.example/world/story-${i}`);
    const known = keys.filter((_, i) => i % 3 === 0);
    for (const key of known) await store.claimUrlKeys([key], `id${key.length}`);
    await redis.config('RESETSTAT');
    const owners = await knownOwners(store, keys);
    expect(owners.map((o) => o !== null)).toEqual(keys.map((_, i) => i % 3 === 0));
    const stats = await redis.info('commandstats');
    const scripts = ['eval', 'evalsha'].reduce((n, cmd) => n + Number(new RegExp(`cmdstat_${cmd}:calls=(\\d+)`).exec(stats)?.[1] ?? 0), 0);
    expect(scripts).toBe(3);
  });
});
