// The document's wordCount (pipeline/word-count.ts) is a hand-written scan; it
// must count exactly what the regular expression it replaced counts.
import { describe, expect, it } from 'vitest';
import { countWords } from '../pipeline/word-count.js';

const byRegex = (t: string): number => (t.match(/[\p{L}\p{N}]+/gu) ?? []).length;

describe('countWords', () => {
  it('counts runs of letters and digits in any script', () => {
    expect(countWords("Seoul's spy agency: 6,000 troops — 北朝鮮 兵士 ٣٤ 𝐀𝐁.")).toBe(11); // Seoul, s, spy, agency, 6, 000, troops, 北朝鮮, 兵士, ٣٤, 𝐀𝐁
    expect(countWords('')).toBe(0);
    expect(countWords(' \n—…')).toBe(0);
  });

  it('equals the regular expression on 50,000 random strings of mixed scripts, marks and lone surrogates', () => {
    const chars = ['a', 'Z', '7', ' ', '-', "'", '\n', 'é', 'ß', '北', '٣', '²', '\u0301', '—', '𝐀', '😀', '\ud800', '\udc00', '\u00a0', 'Ω'];
    let seed = 11;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 50_000; i++) {
      let s = '';
      for (let j = next(16); j > 0; j--) s += chars[next(chars.length)];
      expect(countWords(s), JSON.stringify(s)).toBe(byRegex(s));
    }
  });
});
