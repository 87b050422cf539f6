import { describe, expect, it } from 'vitest';
import { embeddedCpuThreads } from '../runtime/cpu-pool.js';

describe('embeddedCpuThreads', () => {
  it('leaves a core to the event loop, keeps at least one thread and at most four', () => {
    expect(embeddedCpuThreads(1)).toBe(1);
    expect(embeddedCpuThreads(2)).toBe(1);
    expect(embeddedCpuThreads(3)).toBe(2);
    expect(embeddedCpuThreads(16)).toBe(4);
  });
});
