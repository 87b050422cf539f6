import { describe, expect, it } from 'vitest';
import { InOrder } from '../local/in-order.js';

describe('InOrder', () => {
  it('gives turns in ticket order, whatever order the work finishes in', async () => {
    const order = new InOrder();
    const passed: number[] = [];
    const tickets = [0, 1, 2, 3].map(() => order.ticket());
    // The last page is ready first, the first one last.
    const runs = [3, 2, 1, 0].map(async (i) => {
      await new Promise((r) => setTimeout(r, (3 - i) * 5));
      await tickets[i]!.turn();
      passed.push(i);
      tickets[i]!.done();
    });
    await Promise.all(runs);
    expect(passed).toEqual([0, 1, 2, 3]);
  });

  it('a ticket whose page fails still lets the next ones pass once done', async () => {
    const order = new InOrder();
    const failed = order.ticket();
    const next = order.ticket();
    let nextPassed = false;
    const waiting = next.turn().then(() => (nextPassed = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(nextPassed).toBe(false);
    failed.done();
    await waiting;
    expect(nextPassed).toBe(true);
  });
});
