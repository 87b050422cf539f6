/**
 * mulberry32: a small, fast, seedable PRNG. The same seed gives the same
 * sequence, so generated test streams and bench fixtures are reproducible.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` strings of up to `maxPieces - 1` pieces drawn from `pieces` and glued together. */
export function randomGlued(pieces: readonly string[], count: number, seed: number, maxPieces: number): string[] {
  const r = seededRandom(seed);
  return Array.from({ length: count }, () => {
    let s = '';
    for (let j = Math.floor(r() * maxPieces); j > 0; j--) s += pieces[Math.floor(r() * pieces.length)];
    return s;
  });
}
