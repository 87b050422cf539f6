/**
 * The CPU pool's threads run at a lower priority than the event loop's thread
 * (runtime/thread-priority.ts), so that on busy cores the event loop is not
 * kept waiting behind parses. Read back from /proc (Linux, where nice is per thread).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CpuPool } from '../runtime/cpu-pool.js';
import { POOL_THREAD_NICE_STEP } from '../runtime/thread-priority.js';

/** Nice value of each thread of this process, by tid (field 19 of /proc/<pid>/task/<tid>/stat). */
function threadNices(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync(`/proc/${process.pid}/task`)) {
    const stat = readFileSync(`/proc/${process.pid}/task/${tid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), from field 3 on.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(Number(tid), Number(fields[16]));
  }
  return out;
}

const pool = new CpuPool({ threads: 2 });
afterAll(async () => {
  await pool.close();
});

describe('CPU pool thread priority', () => {
  it('pool threads run at the lowered priority; the event loop thread keeps its own', async () => {
    const before = threadNices();
    await pool.warm();
    const after = threadNices();
    const own = before.get(process.pid) ?? 0;
    const lowered = [...after].filter(([tid, nice]) => !before.has(tid) && nice === Math.min(19, own + POOL_THREAD_NICE_STEP));
    expect(lowered.length).toBe(2);
    expect(after.get(process.pid)).toBe(own);
  });
});
