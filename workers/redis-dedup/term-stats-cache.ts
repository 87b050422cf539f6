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

/**
 * A term's count in a box, so that a write costs one lookup a term, not a get and
 * a set: the map holds hundreds of thousands of terms (each lookup a cache miss or
 * two) and a document writes some 300.
 */
interface Count {
  n: number;
}

export class TermStatsCache {
  /** Stored documents the cached counts are as of; -1: nothing cached. */
  #documents = -1;
  readonly #df = new Map<string, Count>();

  /** This worker wrote one document with these (distinct) terms; the caller sends it before its next read. */
  wrote(terms: Iterable<string>): void {
    if (this.#documents < 0) return;
    this.#documents += 1;
    for (const t of terms) {
      const count = this.#df.get(t);
      if (count !== undefined) count.n += 1;
    }
  }

  async read(terms: string[], fetch: TermStatsFetch): Promise<StoredTermStats> {
    if (this.#df.size > MAX_CACHED_TERMS) this.#reset();
    // Each distinct term once, in order of first appearance: one lookup to sort it.
    const known: string[] = [];
    const missing: string[] = [];
    const asked = new Set<string>();
    for (const t of terms) {
      if (asked.has(t)) continue;
      asked.add(t);
      (this.#df.has(t) ? known : missing).push(t);
    }
    if (missing.length === 0 && this.#documents >= 0 && known.length === 0) return { documents: this.#documents, df: [] };
    const answer = await fetch(this.#documents, missing, known);
    if (answer.known !== null) {
      // Another worker counted meanwhile: what was cached is stale.
      this.#reset();
      for (const [i, t] of known.entries()) this.#df.set(t, { n: answer.known[i] ?? 0 });
    }
    this.#documents = answer.documents;
    for (const [i, t] of missing.entries()) this.#df.set(t, { n: answer.missing[i] ?? 0 });
    return { documents: this.#documents, df: terms.map((t) => this.#df.get(t)?.n ?? 0) };
  }

  #reset(): void {
    this.#documents = -1;
    this.#df.clear();
  }
}
