// TermCountBatch (pipeline/dedup/term-batch.ts): counts per distinct term, hands
// them over once, and takes back the counts of a failed write.
import { describe, expect, it } from 'vitest';
import { TermCountBatch } from '../pipeline/dedup/term-batch.js';

describe('TermCountBatch', () => {
  it('counts each distinct term once per document; take() empties it; restore() puts counts back', () => {
    const batch = new TermCountBatch();
    batch.add(['seoul', 'troops', 'troops']);
    batch.add(['seoul']);
    expect(batch.pending(['seoul', 'troops', 'kyiv'])).toEqual({ documents: 2, df: [2, 1, 0] });
    const taken = batch.take();
    expect(taken.documents).toBe(2);
    expect(Object.fromEntries(taken.df)).toEqual({ seoul: 2, troops: 1 });
    expect(batch.pending(['seoul'])).toEqual({ documents: 0, df: [0] });
    batch.add(['seoul']);
    batch.restore(taken);
    expect(batch.pending(['seoul', 'troops'])).toEqual({ documents: 3, df: [3, 1] });
  });
});
