// Hand-written scanners of the claim tagger (pipeline/claims/text.ts) stand in for
// regexes on hot paths; each must give what its regex gives, on every input.
import { describe, expect, it } from 'vitest';
import { execAll, isSpaceCode, lastWords, trailingWord } from '../pipeline/claims/text.js';
import { seededRandom } from './helpers/seeded-random.js';

const lastWordByRegex = (s: string): { index: number; word: string } | null => {
  const m = /\s*\b([a-z]+)\s*$/i.exec(s);
  return m ? { index: m.index, word: m[1] ?? '' } : null;
};

/**
 * Characters where the scanners could go wrong: digits, ASCII letters of both
 * cases, apostrophes, underscores and hyphens (word characters or not), every
 * kind of white space, non-ASCII letters that a case-insensitive regex might
 * take for ASCII ones (Kelvin sign, long s, dotted capital I), and the two
 * halves of a surrogate pair.
 */
const ALPHABET = [
  '0',
  '1',
  '7',
  '9',
  ',',
  ',',
  '.',
  '.',
  "'",
  "'",
  'a',
  'b',
  'Z',
  'K',
  's',
  'I',
  '_',
  '-',
  ' ',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u2003',
  '\u2028',
  '\u3000',
  '\ufeff',
  '\u200b',
  '\u180e',
  '\u212a',
  '\u017f',
  '\u0130',
  '\u03a3',
  '\u00e9',
  '\u00c9',
  '\u2019',
  '"',
  '$',
  '%',
  '\ud83d',
  '\ude00',
];

/** Inputs on which `got` and `want` differ (compared as JSON), the first ten. */
function mismatches<T>(inputs: readonly T[], got: (x: T) => unknown, want: (x: T) => unknown): Array<{ input: T; got: unknown; want: unknown }> {
  const out: Array<{ input: T; got: unknown; want: unknown }> = [];
  for (const input of inputs) {
    const g = JSON.stringify(got(input));
    const w = JSON.stringify(want(input));
    if (g !== w && out.length < 10) out.push({ input, got: g, want: w });
  }
  return out;
}

function randomStrings(count: number, seed: number, maxLength = 24): string[] {
  const r = seededRandom(seed);
  return Array.from({ length: count }, () => {
    let s = '';
    for (let j = Math.floor(r() * maxLength); j > 0; j--) s += ALPHABET[Math.floor(r() * ALPHABET.length)];
    return s;
  });
}

describe('claims text scanners', () => {
  it('isSpaceCode is \\s on every UTF-16 code unit', () => {
    const codes = Array.from({ length: 0x10000 }, (_, c) => c);
    expect(mismatches(codes, isSpaceCode, (c) => /\s/.test(String.fromCharCode(c)))).toEqual([]);
  });

  it('trailingWord finds what /\\s*\\b([a-z]+)\\s*$/i finds', () => {
    const cases = ['the troops he ', 'Lee also', 'x9also', 'under_score', '  ', '', 'K\u212aK', 'end.'];
    expect(mismatches([...cases, ...randomStrings(50_000, 12)], trailingWord, lastWordByRegex)).toEqual([]);
  });

  it('lastWords gives the last words of the whole string lower-cased', () => {
    // Long strings too, so that the end lower-cased first is too short and grows.
    const inputs = [...randomStrings(20_000, 14), ...randomStrings(5_000, 15, 400), 'x'.repeat(300), `${'ab '.repeat(100)}\u03a3 c`];
    for (const n of [1, 3, 40]) {
      expect(
        mismatches(
          inputs,
          (s) => lastWords(s, n),
          (s) => (s.toLowerCase().match(/[a-z']+/g) ?? []).slice(-n),
        ),
      ).toEqual([]);
    }
  });

  it('execAll gives the matches of matchAll, empty ones included', () => {
    const regexes = [/\S+/g, /,\s+(?:while|but)\s+|;\s+/g, /a*/g, /(?:)/gu, /\d*|[a-z]/gi];
    const inputs = ['', 'a b', ...randomStrings(5_000, 13)];
    for (const re of regexes) {
      expect(
        mismatches(
          inputs,
          (s) => execAll(re, s).map((m) => [m.index, m[0]]),
          (s) => [...s.matchAll(re)].map((m) => [m.index, m[0]]),
        ),
      ).toEqual([]);
      expect(re.lastIndex).toBe(0);
    }
  });
});
