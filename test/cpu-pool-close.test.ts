/**
 * Closing the CPU pool while its threads are still starting: a crawl pass with
 * nothing to do ends before the threads are up, and the close must not read as a
 * start-up failure (warm() resolves); a pool that is open still reports one.
 */
import { describe, expect, it } from 'vitest';
import { CpuPool } from '../runtime/cpu-pool.js';

describe('CPU pool closed during warm-up', () => {
  it('warm() resolves when close() comes before the threads are up', async () => {
    const pool = new CpuPool({ threads: 2 });
    const warming = pool.warm();
    await pool.close();
    await expect(warming).resolves.toBeUndefined();
  });

  it('a pool closed after its warm-up starts again on the next one', async () => {
    const pool = new CpuPool({ threads: 1 });
    await pool.warm();
    await pool.close();
    await expect(pool.warm()).resolves.toBeUndefined();
    await pool.close();
  });
});
