// A worker is stuck (workers/liveness.ts) only when work waits and nothing completes.
import { describe, expect, it } from 'vitest';
import { isStuck } from '../workers/liveness.js';

describe('worker liveness', () => {
  it('is stuck only when work waits and nothing completed for longer than the timeout', () => {
    expect(isStuck({ nowMs: 10_000, lastProgressMs: 0, pendingJobs: 3, timeoutMs: 5_000 })).toBe(true);
    expect(isStuck({ nowMs: 10_000, lastProgressMs: 0, pendingJobs: 0, timeoutMs: 5_000 })).toBe(false);
    expect(isStuck({ nowMs: 10_000, lastProgressMs: 8_000, pendingJobs: 3, timeoutMs: 5_000 })).toBe(false);
  });
});
