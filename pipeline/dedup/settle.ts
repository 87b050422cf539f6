/**
 * How a store in this process waits for the record of a claim owner that a
 * concurrent caller is still writing (DedupStore.settledArticle): that caller's
 * writes resolve without I/O, so it gets there within a few dozen promise turns;
 * waiting counts turns, not time. Invariant: gives up with null (a false negative).
 */
import type { StoredArticle } from './store.js';

/** Promise turns to wait at most: far more than a decision takes in one process. */
export const IN_PROCESS_SETTLE_TURNS = 1_000;

export async function settleInProcess(get: (articleId: string) => Promise<StoredArticle | null>, articleId: string): Promise<StoredArticle | null> {
  for (let turn = 0; ; turn++) {
    // Each await lets the other callers' pending steps run.
    const found = await get(articleId);
    if (found !== null || turn >= IN_PROCESS_SETTLE_TURNS) return found;
  }
}
