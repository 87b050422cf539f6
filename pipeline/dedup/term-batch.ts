/**
 * Document-frequency increments counted in memory and written in batches, for
 * a store whose per-article write of a few hundred terms costs more than the
 * decision itself (SQLite: random upserts in a large table). Only for a store
 * that is the one decider of its state: the Redis store, shared by workers,
 * writes each decision's counts at once so that every worker reads them. A batch sums each term once over its articles; reads add the
 * counts not yet written (`pending`), so the writer's own answers stay exact.
 * Pure: the stores write what `take()` hands them.
 */

/** Articles per batch: a crash loses at most this many articles' counts (statistics that only weight terms). */
export const TERM_BATCH_ARTICLES = 64;

export interface TermCounts {
  documents: number;
  df: Map<string, number>;
}

export class TermCountBatch {
  #documents = 0;
  #df = new Map<string, number>();

  get documents(): number {
    return this.#documents;
  }

  /** Counts one document and each of its distinct terms. */
  add(terms: string[]): void {
    this.#documents += 1;
    for (const t of new Set(terms)) this.#df.set(t, (this.#df.get(t) ?? 0) + 1);
  }

  /** The unwritten counts of these terms, and of documents. */
  pending(terms: string[]): { documents: number; df: number[] } {
    return { documents: this.#documents, df: terms.map((t) => this.#df.get(t) ?? 0) };
  }

  /** Hands over the counts so far and starts an empty batch. */
  take(): TermCounts {
    const taken = { documents: this.#documents, df: this.#df };
    this.#documents = 0;
    this.#df = new Map();
    return taken;
  }

  /** Adds counts back (a write that failed), to go out with the next batch. */
  restore(counts: TermCounts): void {
    this.#documents += counts.documents;
    for (const [t, n] of counts.df) this.#df.set(t, (this.#df.get(t) ?? 0) + n);
  }
}
