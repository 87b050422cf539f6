/**
 * One-permutation MinHash (OPH) over word shingles, with rotation densification,
 * and LSH band keys. Invariant: equal signature entries estimate Jaccard
 * similarity without bias; a band key is equal for two signatures only when all
 * rows of the band are equal (up to a 64-bit hash collision, which verification
 * catches). Signatures are typed arrays and every hash is Math.imul arithmetic:
 * this runs on every article.
 */
import { SKETCH_BITS } from './constants.js';
import { combine32, fmix32, hashString32 } from './hash.js';

const EMPTY = 0xffffffff;
/** Odd constant added per bin of distance when an empty bin borrows a neighbour's value. */
const DENSIFY_STEP = 0x9e3779b1;
const VALUE_SEED = 0x5bd1e995;
const SHINGLE_PRIME = 0x9e3779b1;
const BAND_SEED_A = 0x27d4eb2f;
const BAND_SEED_B = 0x165667b1;

/** Hashes of the tokens, computed once and shared by the shingle sizes. */
export function tokenHashes(tokens: readonly string[]): Uint32Array {
  const out = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) out[i] = hashString32(tokens[i] ?? '');
  return out;
}

/**
 * Hashes of the word k-shingles (a text shorter than k words gives one shingle
 * of all its words, so that short texts still have a signature), into `out`
 * when it is long enough (a scratch buffer: the result is then a view of it).
 */
export function shingleHashes(words: Uint32Array, k: number, out?: Uint32Array): Uint32Array {
  const n = shingleCount(words.length, k);
  const hashes = out !== undefined && out.length >= n ? out.subarray(0, n) : new Uint32Array(n);
  for (let i = 0; i < n; i++) hashes[i] = shingleHash(words, words.length, i, k);
  return hashes;
}

function shingleCount(words: number, k: number): number {
  return words < k ? Math.min(words, 1) : words - k + 1;
}

/**
 * Rotate-multiply per word and one finaliser per shingle: order-dependent and
 * about 4× cheaper than a full mix per word.
 */
function shingleHash(words: Uint32Array, count: number, i: number, k: number): number {
  let h = k;
  const end = Math.min(i + k, count);
  for (let j = i; j < end; j++) h = Math.imul(((h << 5) | (h >>> 27)) ^ (words[j] as number), SHINGLE_PRIME);
  return fmix32(h >>> 0);
}

/** Initial state of a 5-shingle's hash after its first word, rotated: `rotl(5, 5)`. */
const FIVE_ROTATED = (5 << 5) | (5 >>> 27);

/**
 * `ophSignature(shingleHashes(words[0..count), k), size)` written into `sig`
 * (its length is the size), without the shingle array: the body's shingles are
 * only ever folded into its signature. This loop runs once per word of every
 * article, so both fmix32 calls are written out (no call, no `>>> 0` boxing
 * between them) and 5-word shingles, the tier-1 size, get an unrolled loop:
 * together about half the cost of the plain loop.
 */
export function shingleSignature(words: Uint32Array, count: number, k: number, sig: Uint32Array): Uint32Array {
  sig.fill(EMPTY);
  const size = sig.length;
  const n = shingleCount(count, k);
  const mask = (size & (size - 1)) === 0 ? size - 1 : -1;
  const unrolled = k === 5 && count >= 5;
  for (let i = 0; i < n; i++) {
    let h: number;
    if (unrolled) {
      h = Math.imul(FIVE_ROTATED ^ (words[i] as number), SHINGLE_PRIME);
      h = Math.imul(((h << 5) | (h >>> 27)) ^ (words[i + 1] as number), SHINGLE_PRIME);
      h = Math.imul(((h << 5) | (h >>> 27)) ^ (words[i + 2] as number), SHINGLE_PRIME);
      h = Math.imul(((h << 5) | (h >>> 27)) ^ (words[i + 3] as number), SHINGLE_PRIME);
      h = Math.imul(((h << 5) | (h >>> 27)) ^ (words[i + 4] as number), SHINGLE_PRIME);
    } else {
      h = k;
      // biome-ignore lint/complexity/useMathMinMax: a compare, not a call, in the per-shingle loop
      const end = i + k < count ? i + k : count;
      for (let j = i; j < end; j++) h = Math.imul(((h << 5) | (h >>> 27)) ^ (words[j] as number), SHINGLE_PRIME);
    }
    // h = fmix32(h): the shingle hash.
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    const bin = mask >= 0 ? h & mask : (h >>> 0) % size;
    // v = fmix32(h ^ VALUE_SEED): the bin value.
    let v = h ^ VALUE_SEED;
    v ^= v >>> 16;
    v = Math.imul(v, 0x85ebca6b);
    v ^= v >>> 13;
    v = Math.imul(v, 0xc2b2ae35);
    v ^= v >>> 16;
    v >>>= 0;
    if (v < (sig[bin] as number)) sig[bin] = v;
  }
  if (n > 0) densify(sig);
  return sig;
}

/** Scratch of shingleSet, reused by a caller that sorts many sets: bucket offsets of one radix pass, and the half-sorted values. */
export class RadixScratch {
  readonly counts = new Uint32Array(256);
  low = new Uint16Array(1024);

  /** The half-sorted values' buffer, at least `length` long. */
  lowFor(length: number): Uint16Array {
    if (this.low.length < length) this.low = new Uint16Array(length);
    return this.low;
  }
}

/**
 * Sorted unique low 16 bits of shingle hashes, for exact Jaccard on short texts
 * (title + lede, ~100 shingles): half the bytes of full hashes, and two unrelated
 * ledes share a value by chance ~0.15 times, which moves their Jaccard by under 0.001.
 * Written into `out` when it is long enough (the result is then a view of it).
 * Two byte-wise counting passes (LSD radix sort): linear, and measured about
 * twice as fast as copying to a Uint16Array and sorting it.
 */
export function shingleSet(shingles: Uint32Array, out?: Uint16Array, scratch: RadixScratch = new RadixScratch()): Uint16Array {
  const length = shingles.length;
  const low = scratch.lowFor(length);
  const sorted = out !== undefined && out.length >= length ? out : new Uint16Array(length);
  radixPass(shingles, length, 0, low, scratch.counts);
  radixPass(low, length, 8, sorted, scratch.counts);
  let n = 0;
  for (let i = 0; i < length; i++) if (n === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i] as number;
  return out === sorted ? sorted.subarray(0, n) : n === length ? sorted : sorted.slice(0, n);
}

/** One stable counting pass on byte `shift` of the low 16 bits of `from`, into `to`. */
function radixPass(from: Uint32Array | Uint16Array, length: number, shift: number, to: Uint16Array, counts: Uint32Array): void {
  counts.fill(0);
  for (let i = 0; i < length; i++) {
    const b = ((from[i] as number) >>> shift) & 0xff;
    counts[b] = (counts[b] as number) + 1;
  }
  let sum = 0;
  for (let b = 0; b < 256; b++) {
    const c = counts[b] as number;
    counts[b] = sum;
    sum += c;
  }
  for (let i = 0; i < length; i++) {
    const v = (from[i] as number) & 0xffff;
    const b = (v >>> shift) & 0xff;
    const at = counts[b] as number;
    counts[b] = at + 1;
    to[at] = v;
  }
}

/** Exact Jaccard of two sorted unique hash sets. */
export function exactJaccard(a: Uint16Array | Uint32Array, b: Uint16Array | Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/**
 * OPH signature of K bins: a shingle falls in bin (h mod K) and each bin keeps its
 * smallest re-mixed value. Empty bins borrow the next non-empty bin to the right
 * (circular), offset by the distance, so that sparse texts stay comparable.
 * Written into `out` when it has `size` bins.
 */
export function ophSignature(shingles: Uint32Array, size: number, out?: Uint32Array): Uint32Array {
  const sig = out !== undefined && out.length === size ? out.fill(EMPTY) : new Uint32Array(size).fill(EMPTY);
  // A power-of-two size (the usual 128) takes a mask instead of a division.
  const mask = (size & (size - 1)) === 0 ? size - 1 : -1;
  for (let i = 0; i < shingles.length; i++) {
    const h = shingles[i] ?? 0;
    const bin = mask >= 0 ? h & mask : h % size;
    const v = fmix32((h ^ VALUE_SEED) >>> 0);
    if (v < (sig[bin] ?? EMPTY)) sig[bin] = v;
  }
  if (shingles.length > 0) densify(sig);
  return sig;
}

/** Fills empty bins from their right neighbours (at least one bin is full). */
function densify(sig: Uint32Array): void {
  const size = sig.length;
  for (let i = 0; i < size; i++) {
    if (sig[i] !== EMPTY) continue;
    let d = 1;
    while (sig[(i + d) % size] === EMPTY) d++;
    // Borrowed values are marked as such by the offset; EMPTY itself is never produced here
    // because the source bin is not EMPTY and a collision with it only costs one bin of accuracy.
    sig[i] = ((sig[(i + d) % size] ?? 0) + Math.imul(d, DENSIFY_STEP)) >>> 0;
  }
}

const SKETCH_MASK = (1 << SKETCH_BITS) - 1;
/** Chance that two unequal bins agree in their low SKETCH_BITS bits. */
const SKETCH_CHANCE = 2 ** -SKETCH_BITS;

/**
 * The low SKETCH_BITS bits of each bin (b-bit MinHash, Li & König 2010): what is
 * stored with every article, 1 byte a bin in the Redis record. Written into
 * `into` when it has as many bins.
 */
export function sketchOf(sig: Uint32Array, into?: Uint16Array): Uint16Array {
  const out = into !== undefined && into.length === sig.length ? into : new Uint16Array(sig.length);
  for (let i = 0; i < sig.length; i++) out[i] = (sig[i] as number) & SKETCH_MASK;
  return out;
}

/**
 * OPH estimate of the Jaccard similarity from two signatures or sketches: the
 * fraction of bins equal in their low SKETCH_BITS bits, less the chance
 * agreement of unequal bins (1/256, unbiased b-bit estimate, clamped at 0).
 * Comparing low bits only, records stored with 16-bit bins compare with new ones.
 */
export function estimateJaccard(a: Uint32Array | Uint16Array, b: Uint32Array | Uint16Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let eq = 0;
  for (let i = 0; i < n; i++) if ((((a[i] as number) ^ (b[i] as number)) & SKETCH_MASK) === 0) eq++;
  if (eq === n) return 1;
  return Math.max(0, (eq / n - SKETCH_CHANCE) / (1 - SKETCH_CHANCE));
}

const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** 8 lower-case hex digits of a 32-bit value (table lookups: this runs 48 times per article). */
function hex32(v: number): string {
  return `${HEX_BYTE[v >>> 24]}${HEX_BYTE[(v >>> 16) & 0xff]}${HEX_BYTE[(v >>> 8) & 0xff]}${HEX_BYTE[v & 0xff]}`;
}

/**
 * LSH band keys `<tier><band>.<64-bit hex>`: two independent 32-bit hashes of the
 * band's rows. The tier prefix keeps the two indexes apart in one key space.
 */
export function bandKeys(sig: Uint32Array, bands: number, rows: number, tier: string): string[] {
  const keys: string[] = new Array<string>(bands);
  for (let b = 0; b < bands; b++) {
    let h1 = BAND_SEED_A ^ b;
    let h2 = BAND_SEED_B ^ b;
    for (let r = b * rows; r < (b + 1) * rows; r++) {
      const v = sig[r] ?? 0;
      h1 = combine32(h1, v);
      h2 = combine32(h2, v ^ 0xa5a5a5a5);
    }
    keys[b] = `${tier}${b}.${hex32(h1)}${hex32(h2)}`;
  }
  return keys;
}
