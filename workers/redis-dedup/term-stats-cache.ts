/**
 * The Redis store's term statistics as this worker last knew them, checked
 * against the document counter at every read, so that every story decision reads
 * exact counts (the numbers the memory and SQLite stores give on the same stream).
 * Invariant: the cache holds the stored counts as of document count `documents`;
 * this worker's own writes update both, and a read the counter contradicts starts
 * the cache again from the server's answer.
 */

export interface StoredTermStats {
  documents: number;
  df: number[];
}

/** Fetches the stored counts: `missing` always; `known` too when the counter is not `expected`. */
export type TermStatsFetch = (
  expected: number,
  missing: string[],
  known: string[],
) => Promise<{ documents: number; missing: number[]; known: number[] | null }>;

/** Terms kept before the cache starts over (a worker's vocabulary of a few days). */
const MAX_CACHED_TERMS = 500_000;

export class TermStatsCache {
  /** Stored documents the cached counts are as of; -1: nothing cached. */
  #documents = -1;
  readonly #df = new Map<string, number>();

  /** This worker wrote one document with these (distinct) terms; the caller sends it before its next read. */
  wrote(terms: Iterable<string>): void {
    if (this.#documents < 0) return;
    this.#documents += 1;
    for (const t of terms) {
      const n = this.#df.get(t);
      if (n !== undefined) this.#df.set(t, n + 1);
    }
  }

  async read(terms: string[], fetch: TermStatsFetch): Promise<StoredTermStats> {
    if (this.#df.size > MAX_CACHED_TERMS) this.#reset();
    const unique = [...new Set(terms)];
    const missing = unique.filter((t) => !this.#df.has(t));
    const known = unique.filter((t) => this.#df.has(t));
    if (missing.length === 0 && this.#documents >= 0 && known.length === 0) return { documents: this.#documents, df: [] };
    const answer = await fetch(this.#documents, missing, known);
    if (answer.known !== null) {
      // Another worker counted meanwhile: what was cached is stale.
      this.#reset();
      for (const [i, t] of known.entries()) this.#df.set(t, answer.known[i] ?? 0);
    }
    this.#documents = answer.documents;
    for (const [i, t] of missing.entries()) this.#df.set(t, answer.missing[i] ?? 0);
    return { documents: this.#documents, df: terms.map((t) => this.#df.get(t) ?? 0) };
  }

  #reset(): void {
    this.#documents = -1;
    this.#df.clear();
  }
}
