/**
 * Hashing for signatures: FNV-1a over UTF-16 code units, finished with murmur3's
 * fmix32, all in Math.imul 32-bit arithmetic. Cheap on short tokens (no
 * allocation, no BigInt), which is where the time of a signature goes.
 * Whole-string fingerprints (ids, text hashes) use node:crypto instead.
 */
import { createHash } from 'node:crypto';

/** FNV-1a 32-bit parameters, shared by every hand-inlined FNV loop of the stage. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** murmur3 finaliser: spreads every input bit over the whole word. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 32-bit hash of a string (FNV-1a + fmix32), with an optional seed. */
export function hashString32(s: string, seed = 0): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return fmix32(h);
}

/** Order-dependent combination of two 32-bit hashes (boost::hash_combine style). */
export function combine32(h: number, v: number): number {
  return fmix32((Math.imul(h ^ v, 0x9e3779b1) + 0x7f4a7c15) >>> 0);
}

/**
 * Hex digest prefix of SHA-256: 16 hex chars = 64 bits, collision-free at our scale.
 * Only the 8 bytes kept are encoded: a slice of the whole hex digest would keep
 * the 64-character digest alive as long as the stored fingerprint.
 */
export function fingerprint64(s: string): string {
  return createHash('sha256').update(s).digest().toString('hex', 0, 8);
}

/**
 * Fingerprint of a token sequence from its token hashes (SHA-256 of their bytes,
 * 64 bits kept): no joined string to build and encode. Two different texts get
 * the same fingerprint only if every differing token collides in 32 bits, and
 * such texts differ in a few words at most, so they are copies anyway.
 */
export function tokensFingerprint(tokenHashes: Uint32Array): string {
  const bytes = new Uint8Array(tokenHashes.buffer, tokenHashes.byteOffset, tokenHashes.byteLength);
  return createHash('sha256').update(bytes).digest().toString('hex', 0, 8);
}

/**
 * Stable article id from its canonical URL key: 'a' + 16 hex chars. The letter
 * prefix keeps it from ever being all digits; it never contains ':' (queue job ids).
 */
export function articleIdFor(canonicalUrlKey: string): string {
  return `a${fingerprint64(canonicalUrlKey)}`;
}
