/**
 * Golomb-Rice coding of a sorted set of distinct 16-bit values (the lede shingle
 * sets of stored articles). Invariant: decode(encode(x)) equals x for every
 * sorted unique input. About 10–12 bits a value for sets of 90–250 values
 * instead of 16: the sets are stored with every article, so their size is a
 * good part of the per-article memory of the durable stores.
 */

/** Parameter k costing the fewest bits for these gaps: each gap takes (gap >> k) + 1 + k bits. */
function bestParameter(values: ArrayLike<number>): number {
  let best = 0;
  let bestBits = Infinity;
  for (let k = 0; k < 16; k++) {
    let bits = values.length * (k + 1);
    let prev = -1;
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      bits += (v - prev - 1) >>> k;
      prev = v;
    }
    if (bits < bestBits) {
      bestBits = bits;
      best = k;
    }
  }
  return best;
}

/** Bytes: the parameter k, then per value the gap to the previous one (unary quotient, k-bit remainder), LSB first. */
export function encodeSortedSet16(values: Uint16Array): Uint8Array {
  const k = bestParameter(values);
  let bits = 0;
  let prev = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    bits += ((v - prev - 1) >>> k) + 1 + k;
    prev = v;
  }
  const out = new Uint8Array(1 + Math.ceil(bits / 8));
  out[0] = k;
  // Bits written inline (no helper call per bit): the Redis store codes a set per record write.
  let pos = 8;
  prev = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    const gap = v - prev - 1;
    prev = v;
    for (let q = gap >>> k; q > 0; q--, pos++) out[pos >>> 3] = (out[pos >>> 3] as number) | (1 << (pos & 7));
    pos++;
    for (let b = 0; b < k; b++, pos++) if (((gap >>> b) & 1) !== 0) out[pos >>> 3] = (out[pos >>> 3] as number) | (1 << (pos & 7));
  }
  return out;
}

/** The `count` values of an encodeSortedSet16 output. */
export function decodeSortedSet16(bytes: Uint8Array, count: number): Uint16Array {
  const out = new Uint16Array(count);
  const k = bytes[0] ?? 0;
  // Bits read inline: every candidate record read decodes a set (up to ~40 an article).
  let pos = 8;
  let prev = -1;
  for (let i = 0; i < count; i++) {
    let q = 0;
    while ((((bytes[pos >>> 3] as number) >>> (pos & 7)) & 1) === 1) {
      q++;
      pos++;
    }
    pos++;
    let r = 0;
    for (let b = 0; b < k; b++, pos++) r |= (((bytes[pos >>> 3] as number) >>> (pos & 7)) & 1) << b;
    prev = prev + 1 + ((q << k) | r);
    out[i] = prev;
  }
  return out;
}
