/**
 * Insert-or-get table for the memory store's claims (URL keys, text hashes, band
 * buckets): open addressing over a 64-bit hash of each key in typed arrays, owner
 * ids listed once per run of claims by one article. A JS Map holds at most 2^24
 * entries and costs about 80 bytes and one GC-traced string per entry; a million
 * articles make ~50 million claims, so this keeps them in ~12 bytes each,
 * outside the traced heap.
 * Invariant: first writer wins; two keys share an entry only on a 64-bit hash
 * collision (the Redis store has the same bound: 8-byte fields).
 */
import { FNV_OFFSET, FNV_PRIME, fmix32 } from './hash.js';

const INITIAL_SLOTS = 1 << 12;
/** Grow (double) past this fill ratio: linear probing stays short below it. */
const MAX_LOAD = 0.7;
const SECOND_HASH_SEED = 0x3c6ef372;
/**
 * Words per slot: first hash, second hash, owner index + 1 (0 marks an empty
 * slot). One array with the three side by side: a probe touches one cache line
 * instead of three, which is most of a claim's cost once the table outgrows the
 * caches (a million articles make a table of over a gigabyte).
 */
const STRIDE = 3;

/**
 * Two independent 32-bit hashes of the kind code unit followed by the key, in
 * one pass over it (FNV-1a + fmix32, and multiply-rotate + fmix32), written to
 * `out[at]` and `out[at + 1]`. No kind + key string is built.
 */
function hashKeyInto(kind: number, key: string, out: Uint32Array, at: number): void {
  let h1 = Math.imul(FNV_OFFSET ^ kind, FNV_PRIME);
  let h2 = Math.imul(SECOND_HASH_SEED ^ kind, 0x5bd1e995);
  h2 = (h2 << 13) | (h2 >>> 19);
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, FNV_PRIME);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 = (h2 << 13) | (h2 >>> 19);
  }
  out[at] = fmix32(h1);
  out[at + 1] = fmix32((h2 ^ (key.length + 1)) >>> 0);
}

/** The slot where probing for a key starts. */
function homeSlot(h1: number, h2: number, mask: number): number {
  return (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
}

export class ClaimTable {
  private slots = new Uint32Array(INITIAL_SLOTS * STRIDE);
  private capacity = INITIAL_SLOTS;
  private used = 0;
  private readonly ids: string[] = [];
  /** The last id listed: an article claims ~50 keys in a row. */
  private lastId = '';
  private lastIndex = -1;
  /** Scratch of claimMany: the two hashes of each key of the batch. */
  private batchHashes = new Uint32Array(128);
  /** What claimMany's touch loop read, kept so that the loads are not optimised away. */
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: written only, on purpose (see above)
  private touched = 0;

  /** The two hashes of the key get and claim look up. */
  private readonly pair = new Uint32Array(2);

  /** Owner of a key of a kind (one code unit that keeps key kinds apart), or null. */
  get(kind: number, key: string): string | null {
    const pair = this.pair;
    hashKeyInto(kind, key, pair, 0);
    const at = this.find(pair[0] as number, pair[1] as number);
    const o = this.slots[at + 2] as number;
    return o === 0 ? null : (this.ids[o - 1] ?? null);
  }

  /** Insert-or-get: the owner of the key after the call. */
  claim(kind: number, key: string, id: string): string {
    const pair = this.pair;
    hashKeyInto(kind, key, pair, 0);
    return this.claimHashed(pair[0] as number, pair[1] as number, id);
  }

  private claimHashed(h1: number, h2: number, id: string): string {
    const at = this.find(h1, h2);
    const o = this.slots[at + 2] as number;
    if (o !== 0) return this.ids[o - 1] ?? id;
    this.slots[at] = h1;
    this.slots[at + 1] = h2;
    this.slots[at + 2] = this.intern(id) + 1;
    if (++this.used > this.capacity * MAX_LOAD) this.grow();
    return id;
  }

  /**
   * `keys.map((k) => this.claim(kind, k, id))`, in two passes: every key is
   * hashed first, then the slots are probed one after the other. Once the table
   * outgrows the CPU caches each probe is a cache miss; with the hashing (a
   * hundred instructions a key) out of the way, the probes of consecutive keys
   * are close enough for the CPU to overlap their misses.
   */
  claimMany(kind: number, keys: readonly string[], id: string): string[] {
    const count = keys.length;
    if (this.batchHashes.length < count * 2) this.batchHashes = new Uint32Array(count * 2);
    const hashes = this.batchHashes;
    for (let i = 0; i < count; i++) hashKeyInto(kind, keys[i] as string, hashes, 2 * i);
    // Touch every home slot before probing any: the loads are independent, so the
    // CPU has many cache and TLB misses in flight instead of one at a time.
    const slots = this.slots;
    const mask = this.capacity - 1;
    let touched = 0;
    for (let i = 0; i < count; i++) touched ^= slots[homeSlot(hashes[2 * i] as number, hashes[2 * i + 1] as number, mask) * STRIDE + 2] as number;
    this.touched = touched;
    const owners = new Array<string>(count);
    for (let i = 0; i < count; i++) owners[i] = this.claimHashed(hashes[2 * i] as number, hashes[2 * i + 1] as number, id);
    return owners;
  }

  get size(): number {
    return this.used;
  }

  /**
   * Index of `id` in `ids`. An id is listed again only when claims of other
   * articles came in between (concurrent callers), so the list stays about one
   * entry per article without an id → index Map, which at a million articles
   * cost more in rehashing and GC tracing than the claims' own lookups.
   */
  private intern(id: string): number {
    if (id !== this.lastId) {
      this.lastId = id;
      this.lastIndex = this.ids.length;
      this.ids.push(id);
    }
    return this.lastIndex;
  }

  /** The array offset of the slot holding (h1, h2), or of the empty slot where it belongs. */
  private find(h1: number, h2: number): number {
    const slots = this.slots;
    const mask = this.capacity - 1;
    let slot = homeSlot(h1, h2, mask);
    for (;;) {
      const at = slot * STRIDE;
      if (slots[at + 2] === 0 || (slots[at] === h1 && slots[at + 1] === h2)) return at;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Uint32Array(this.capacity * STRIDE);
    for (let at = 0; at < old.length; at += STRIDE) {
      const o = old[at + 2] as number;
      if (o === 0) continue;
      const h1 = old[at] as number;
      const h2 = old[at + 1] as number;
      const to = this.find(h1, h2);
      this.slots[to] = h1;
      this.slots[to + 1] = h2;
      this.slots[to + 2] = o;
    }
  }
}
