/**
 * Insert-or-get table for the memory store's claims (URL keys, text hashes, band
 * buckets): open addressing over a 64-bit hash of each key in typed arrays, owner
 * ids interned once. A JS Map holds at most 2^24 entries and costs about 80 bytes
 * and one GC-traced string per entry; a million articles make ~50 million claims,
 * so this keeps them in ~12 bytes each, outside the traced heap.
 * Invariant: first writer wins; two keys share an entry only on a 64-bit hash
 * collision (the Redis store has the same bound: 8-byte fields).
 */
import { fmix32, hashString32 } from './hash.js';

const INITIAL_SLOTS = 1 << 12;
/** Grow (double) past this fill ratio: linear probing stays short below it. */
const MAX_LOAD = 0.7;
const SECOND_HASH_SEED = 0x3c6ef372;

/** A second, independent 32-bit string hash (multiply-rotate per code unit, murmur finish). */
function hashString32b(s: string): number {
  let h = SECOND_HASH_SEED;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x5bd1e995);
    h = (h << 13) | (h >>> 19);
  }
  return fmix32((h ^ s.length) >>> 0);
}

export class ClaimTable {
  private hi = new Uint32Array(INITIAL_SLOTS);
  private lo = new Uint32Array(INITIAL_SLOTS);
  /** Owner index + 1; 0 marks an empty slot. */
  private owner = new Uint32Array(INITIAL_SLOTS);
  private used = 0;
  private readonly ids: string[] = [];
  private readonly idIndex = new Map<string, number>();

  /** Owner of a key, or null. */
  get(key: string): string | null {
    const slot = this.find(hashString32(key), hashString32b(key));
    const o = this.owner[slot] ?? 0;
    return o === 0 ? null : (this.ids[o - 1] ?? null);
  }

  /** Insert-or-get: the owner of the key after the call. */
  claim(key: string, id: string): string {
    const h1 = hashString32(key);
    const h2 = hashString32b(key);
    const slot = this.find(h1, h2);
    const o = this.owner[slot] ?? 0;
    if (o !== 0) return this.ids[o - 1] ?? id;
    this.hi[slot] = h1;
    this.lo[slot] = h2;
    this.owner[slot] = this.intern(id) + 1;
    if (++this.used > this.owner.length * MAX_LOAD) this.grow();
    return id;
  }

  get size(): number {
    return this.used;
  }

  private intern(id: string): number {
    let i = this.idIndex.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.ids.push(id);
      this.idIndex.set(id, i);
    }
    return i;
  }

  /** The slot holding (h1, h2), or the empty slot where it belongs. */
  private find(h1: number, h2: number): number {
    const mask = this.owner.length - 1;
    let slot = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
    while (this.owner[slot] !== 0 && (this.hi[slot] !== h1 || this.lo[slot] !== h2)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { hi, lo, owner } = this;
    const slots = owner.length * 2;
    this.hi = new Uint32Array(slots);
    this.lo = new Uint32Array(slots);
    this.owner = new Uint32Array(slots);
    for (let i = 0; i < owner.length; i++) {
      const o = owner[i] ?? 0;
      if (o === 0) continue;
      const slot = this.find(hi[i] ?? 0, lo[i] ?? 0);
      this.hi[slot] = hi[i] ?? 0;
      this.lo[slot] = lo[i] ?? 0;
      this.owner[slot] = o;
    }
  }
}
