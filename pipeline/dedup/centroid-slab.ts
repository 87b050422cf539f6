/**
 * The memory store's story centroids, outside the garbage-collected heap: term
 * numbers and weights in large typed-array pages, a centroid a block of them.
 * Kept as arrays of each story (a term string per entry and a weight per
 * entry), they were most of the bytes the heap held per article (about 1.3 KB
 * a story), and every major collection traced them again: on the 1M-article
 * stream the collector's work, and the cost per article, grew with the store.
 * A story that gains a member is written again, so a freed block goes back to
 * a free list of its size and the next centroid of that size takes it.
 */

/** Entries of one page: 64k terms (256 KB) beside 64k weights (512 KB). */
const PAGE_ENTRIES = 1 << 16;
/** Blocks come in multiples of this many entries (a centroid holds at most STORY_CENTROID_TERMS, far below a page). */
const BLOCK_STEP = 8;

export class CentroidSlab {
  readonly #terms: Uint32Array[] = [];
  readonly #weights: Float64Array[] = [];
  #used = PAGE_ENTRIES;
  /** Free blocks by size class (entries / BLOCK_STEP). */
  readonly #free: number[][] = [];

  /** Stores `length` term numbers and weights; the handle locates them. */
  put(terms: ArrayLike<number>, weights: ArrayLike<number>, length: number): number {
    const handle = this.#allocate(length);
    const page = Math.floor(handle / PAGE_ENTRIES);
    const at = handle % PAGE_ENTRIES;
    const t = this.#terms[page] as Uint32Array;
    const w = this.#weights[page] as Float64Array;
    for (let i = 0; i < length; i++) {
      t[at + i] = terms[i] as number;
      w[at + i] = weights[i] as number;
    }
    return handle;
  }

  /** Calls `each` with the term number and weight of every entry, in order. */
  read(handle: number, length: number, each: (term: number, weight: number) => void): void {
    const page = Math.floor(handle / PAGE_ENTRIES);
    const at = handle % PAGE_ENTRIES;
    const t = this.#terms[page] as Uint32Array;
    const w = this.#weights[page] as Float64Array;
    for (let i = 0; i < length; i++) each(t[at + i] as number, w[at + i] as number);
  }

  /** Gives a block back (the story was written again); its next user overwrites it. */
  free(handle: number, length: number): void {
    if (length === 0) return;
    (this.#free[sizeClass(length)] ??= []).push(handle);
  }

  #allocate(length: number): number {
    if (length === 0) return 0;
    const size = sizeClass(length);
    const reused = this.#free[size]?.pop();
    if (reused !== undefined) return reused;
    const entries = size * BLOCK_STEP;
    if (this.#used + entries > PAGE_ENTRIES) {
      // The rest of the page (less than one largest block) stays unused.
      this.#terms.push(new Uint32Array(PAGE_ENTRIES));
      this.#weights.push(new Float64Array(PAGE_ENTRIES));
      this.#used = 0;
    }
    const handle = (this.#terms.length - 1) * PAGE_ENTRIES + this.#used;
    this.#used += entries;
    return handle;
  }
}

function sizeClass(length: number): number {
  return Math.ceil(length / BLOCK_STEP);
}
