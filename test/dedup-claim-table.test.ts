/**
 * The memory store's claim table: a batch of claims (claimMany, which hashes
 * and touches every slot before probing) must answer exactly as the same claims
 * one at a time, across growth and with owners interleaved.
 */
import { describe, expect, it } from 'vitest';
import { ClaimTable } from '../pipeline/dedup/claim-table.js';
import { seededRandom } from './helpers/seeded-random.js';

const KIND = 0x62;

describe('claim table', () => {
  it('claimMany answers as one claim after another, through growth and interleaved owners', () => {
    const random = seededRandom(3);
    const batched = new ClaimTable();
    const single = new ClaimTable();
    for (let article = 0; article < 3_000; article++) {
      // Keys from a small space, so later articles meet owned keys; repeats inside a batch too.
      const keys = Array.from({ length: 12 }, () => `b${Math.floor(random() * 20_000)}`);
      const id = `a${article % 7 === 0 ? article - 1 : article}`;
      expect(batched.claimMany(KIND, keys, id)).toEqual(keys.map((k) => single.claim(KIND, k, id)));
    }
    expect(batched.size).toBe(single.size);
    expect(batched.size).toBeGreaterThan(4_096 * 0.7);
  });

  it('keeps the first owner and keeps kinds apart', () => {
    const t = new ClaimTable();
    expect(t.claimMany(KIND, ['x', 'y'], 'a1')).toEqual(['a1', 'a1']);
    expect(t.claim(0x74, 'x', 'a2')).toBe('a2');
    expect(t.claimMany(KIND, ['y', 'z', 'x'], 'a3')).toEqual(['a1', 'a3', 'a1']);
    expect(t.get(KIND, 'z')).toBe('a3');
    expect(t.get(KIND, 'w')).toBeNull();
  });
});
