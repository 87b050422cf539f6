/**
 * The Redis store's term statistics as last read, kept by this worker for at most
 * one term-count flush interval: articles read minutes apart share most of their
 * words. Invariant: staleness stays within what term-buffer.ts accepts, and this
 * worker's own counts are exact: its unwritten ones are added by the caller, and a
 * flush drops the cache, so they are never counted twice or missed.
 */
import { FLUSH_EVERY_MS } from './term-buffer.js';

export interface StoredTermStats {
  documents: number;
  df: number[];
}

export class TermStatsCache {
  readonly #maxAgeMs: number;
  readonly #now: () => number;
  #epoch = Number.NaN;
  #startedAtMs = 0;
  #documents: number | null = null;
  readonly #df = new Map<string, number>();
  /** Bumped by every drop: a read that started before one must not fill the new cache. */
  #generation = 0;

  constructor(options: { maxAgeMs?: number; now?: () => number } = {}) {
    this.#maxAgeMs = options.maxAgeMs ?? FLUSH_EVERY_MS;
    this.#now = options.now ?? Date.now;
  }

  /** Forget everything: this worker's counts were just written. */
  drop(): void {
    this.#generation++;
    this.#documents = null;
    this.#df.clear();
  }

  /** Stored statistics of `terms` in `epoch`: cached ones as they are, the rest through `fetch` (one call). */
  async read(epoch: number, terms: string[], fetch: (missing: string[]) => Promise<StoredTermStats>): Promise<StoredTermStats> {
    const now = this.#now();
    if (epoch !== this.#epoch || now - this.#startedAtMs > this.#maxAgeMs) {
      this.drop();
      this.#epoch = epoch;
      this.#startedAtMs = now;
    }
    // Taken before the await: a drop meanwhile empties the map, not this answer.
    const df = terms.map((t) => this.#df.get(t));
    const missing = [...new Set(terms.filter((_, i) => df[i] === undefined))];
    let documents = this.#documents;
    if (missing.length === 0 && documents !== null) return { documents, df: df as number[] };

    const generation = this.#generation;
    const fetched = await fetch(missing);
    const byTerm = new Map(missing.map((t, i) => [t, fetched.df[i] ?? 0]));
    documents = fetched.documents;
    if (generation === this.#generation && epoch === this.#epoch) {
      this.#documents = documents;
      for (const [t, n] of byTerm) this.#df.set(t, n);
    }
    return { documents, df: terms.map((t, i) => df[i] ?? byTerm.get(t) ?? 0) };
  }
}
