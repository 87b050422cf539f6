// normalizeSpace matches only the white space it changes (pipeline/extract/dom.ts);
// its output must equal replacing every run, on every mix of white space.
import { describe, expect, it } from 'vitest';
import { normalizeSpace } from '../pipeline/extract/dom.js';

const everyRun = (t: string): string => t.replace(/[\s\u00a0\u200b\u2028\u2029]+/g, ' ').trim();

describe('normalizeSpace', () => {
  it('turns each run of white space or zero-width spaces into one space and trims', () => {
    expect(normalizeSpace('  Officials\u00a0said\u200b\u200bit  was\n\tfine.\u2028 ')).toBe('Officials said it was fine.');
    expect(normalizeSpace('\u200bx\u3000y\ufeff')).toBe('x y');
  });

  it('equals replacing every run on 50,000 random strings of letters and white space', () => {
    const chars = ['a', 'b', ' ', ' ', '\n', '\t', '\r', '\u00a0', '\u200b', '\u2028', '\u2029', '\u3000', '\ufeff', '\u2003'];
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 50_000; i++) {
      let s = '';
      for (let j = next(14); j > 0; j--) s += chars[next(chars.length)];
      expect(normalizeSpace(s), JSON.stringify(s)).toBe(everyRun(s));
    }
  });
});
