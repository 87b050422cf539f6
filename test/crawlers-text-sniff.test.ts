import { describe, expect, it } from 'vitest';
import { notTextReason, TEXT_SNIFF_BYTES } from '../crawlers/text-sniff.js';

/** The byte test as the WHATWG sniffing table states it, one byte at a time. */
const isBinaryDataByte = (b: number): boolean => b <= 0x08 || b === 0x0b || (b >= 0x0e && b <= 0x1a) || (b >= 0x1c && b <= 0x1f);

/** Deterministic bytes: mostly ASCII letters, `binary` of them binary data bytes (some past the sample). */
function body(length: number, binary: number, seed: number): Buffer {
  let x = seed;
  const next = (): number => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x;
  };
  const bytes = Buffer.alloc(length, 0x61);
  for (let i = 0; i < binary; i++) bytes[next() % length] = [0x00, 0x07, 0x0b, 0x0e, 0x1a, 0x1c, 0x1f][next() % 7] as number;
  // Tab, line feed, form feed, carriage return and escape are text.
  for (let i = 0; i < binary; i++) bytes[next() % length] = [0x09, 0x0a, 0x0c, 0x0d, 0x1b][next() % 5] as number;
  return bytes;
}

describe('notTextReason', () => {
  it('counts binary data bytes in the sample exactly as the per-byte table does, at and around the 1% share', () => {
    for (const length of [100, 5000, TEXT_SNIFF_BYTES + 5000]) {
      const sample = Math.min(length, TEXT_SNIFF_BYTES);
      for (const binary of [0, Math.floor(sample / 100) - 1, Math.floor(sample / 100), Math.floor(sample / 100) + 2, sample / 10]) {
        for (const seed of [1, 2, 3]) {
          const bytes = body(length, Math.floor(binary), seed);
          const count = [...bytes.subarray(0, sample)].filter(isBinaryDataByte).length;
          const expected = count > sample * 0.01 ? 'binary bytes' : null;
          expect(notTextReason(bytes, 'text/html; charset=utf-8'), `${length} bytes, ${count} binary`).toBe(expected);
        }
      }
    }
  });
});
