// The lock around dedup decisions (workers/redis-dedup/lock.ts): one decision at a time
// over every process, and a holder that died frees it when its key expires.
import { describe, expect, it } from 'vitest';
import { DedupLock } from '../workers/redis-dedup/lock.js';
import { useTestRedis } from './helpers/redis-server.js';

const { client } = useTestRedis();

describe('DedupLock', () => {
  it('runs one decision at a time across processes (own connections) and within one', async () => {
    const locks = [new DedupLock(client(), 'lock1:lock'), new DedupLock(client(), 'lock1:lock'), new DedupLock(client(), 'lock1:lock')];
    let inside = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (locks[i % 3] as DedupLock).run(async () => {
          inside++;
          most = Math.max(most, inside);
          await new Promise((r) => setTimeout(r, 2));
          order.push(i);
          inside--;
        }),
      ),
    );
    expect(most).toBe(1);
    expect(order).toHaveLength(30);
  });

  it('a failed decision frees the lock and its error reaches the caller', async () => {
    const lock = new DedupLock(client(), 'lock2:lock');
    await expect(
      lock.run(async () => {
        throw new Error('store down');
      }),
    ).rejects.toThrow('store down');
    expect(await lock.run(async () => 'next')).toBe('next');
  });

  it('a holder that died (its key left behind) blocks others only until the key expires', async () => {
    const redis = client();
    await redis.set('lock3:lock', 'dead-holder', 'PX', 300);
    const started = performance.now();
    expect(await new DedupLock(redis, 'lock3:lock').run(async () => 'decided')).toBe('decided');
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('does not release a lock another holder took after its own expired', async () => {
    const redis = client();
    const lock = new DedupLock(redis, 'lock4:lock', { holdMs: 100 });
    await lock.run(async () => {
      await new Promise((r) => setTimeout(r, 200)); // the key expired meanwhile
      await redis.set('lock4:lock', 'other-holder', 'PX', 5000);
    });
    expect(await redis.get('lock4:lock')).toBe('other-holder');
  });
});
