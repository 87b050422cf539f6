/**
 * Append-only typed-array pages for what the memory store keeps per article
 * (pipeline/dedup/memory-store.ts): a record's arrays, copied in one after the
 * other, located by a handle. A record replaced by a revision leaves its old
 * entries behind (revisions are rare).
 */

/** Entries of one slab page (2 MB). */
const SLAB_PAGE = 1 << 20;

/**
 * The 16-bit arrays of stored articles (sketch, lede set), packed into large
 * shared pages. Kept as their own typed arrays, a million records hold two
 * million small ArrayBuffers, each with a backing store the GC tracks: in the
 * profile of the 1M-article index run, copying them into the store took 5 % of
 * the processing time (2.5× its share at 100k), besides their GC work.
 */
export class Slab16 {
  private readonly pages: Uint16Array[] = [];
  private used = SLAB_PAGE;

  /** Stores the arrays one after the other; the handle locates them. */
  put(a: Uint16Array, b: Uint16Array): number {
    const length = a.length + b.length;
    if (this.used + length > SLAB_PAGE) {
      // An oversized pair gets a page of its own.
      this.pages.push(new Uint16Array(Math.max(SLAB_PAGE, length)));
      this.used = 0;
    }
    const page = this.pages.length - 1;
    const at = this.used;
    const target = this.pages[page] as Uint16Array;
    target.set(a, at);
    target.set(b, at + a.length);
    this.used += length;
    return page * SLAB_PAGE + at;
  }

  /** A copy of `length` entries from `offset` entries past the handle. */
  get(handle: number, offset: number, length: number): Uint16Array {
    const page = this.pages[Math.floor(handle / SLAB_PAGE)] as Uint16Array;
    const at = (handle % SLAB_PAGE) + offset;
    return page.slice(at, at + length);
  }
}

/** Entries of one page of the 64-bit slab (2 MB). */
const SLAB64_PAGE = 1 << 18;

/**
 * An article's figure lists and entity numbers, as doubles, one after the
 * other. As arrays of each record (four an article, most of them short), they
 * were the most numerous objects the store held.
 */
export class Slab64 {
  private readonly pages: Float64Array[] = [];
  private used = SLAB64_PAGE;

  /** Reserves `length` entries; the handle locates them (write them with `set`). */
  reserve(length: number): number {
    if (length === 0) return 0;
    if (this.used + length > SLAB64_PAGE) {
      this.pages.push(new Float64Array(Math.max(SLAB64_PAGE, length)));
      this.used = 0;
    }
    const handle = (this.pages.length - 1) * SLAB64_PAGE + this.used;
    this.used += length;
    return handle;
  }

  set(handle: number, offset: number, value: number): void {
    const page = this.pages[Math.floor(handle / SLAB64_PAGE)] as Float64Array;
    page[(handle % SLAB64_PAGE) + offset] = value;
  }

  /** `length` entries from `offset` entries past the handle, as a plain array. */
  list(handle: number, offset: number, length: number): number[] {
    const out: number[] = [];
    if (length === 0) return out;
    const page = this.pages[Math.floor(handle / SLAB64_PAGE)] as Float64Array;
    const at = (handle % SLAB64_PAGE) + offset;
    for (let i = 0; i < length; i++) out.push(page[at + i] as number);
    return out;
  }
}
