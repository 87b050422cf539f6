// Fast paths of the claim tagger written for its CPU (the tokenizers): each must give what the plainer form it replaced gives, on every input.
import { describe, expect, it } from 'vitest';
import { tokenizeAmounts } from '../pipeline/claims/amount-numbers.js';
import { execAll, tokenize } from '../pipeline/claims/text.js';
import { seededRandom } from './helpers/seeded-random.js';

/** `count` strings of up to `maxPieces - 1` pieces drawn from `pieces` and glued together. */
function randomGlued(pieces: readonly string[], count: number, seed: number, maxPieces: number): string[] {
  const r = seededRandom(seed);
  return Array.from({ length: count }, () => {
    let s = '';
    for (let j = Math.floor(r() * maxPieces); j > 0; j--) s += pieces[Math.floor(r() * pieces.length)];
    return s;
  });
}

/** Tokens as the regex forms give them: text, its lower case, offsets. */
function tokensByRegex(re: RegExp, s: string): string[] {
  return execAll(re, s).map((m) => `${m.index}-${m.index + m[0].length}:${m[0]}:${m[0].toLowerCase()}`);
}
const asStrings = (tokens: ReadonlyArray<{ text: string; lower: string; start: number; end: number }>): string[] =>
  tokens.map((t) => `${t.start}-${t.end}:${t.text}:${t.lower}`);

/**
 * Letters of both cases, apostrophes (inner, doubled, closing), digits with separators, the micro and degree signs,
 * blanks of every kind, accented and other non-ASCII letters that change case, and a surrogate pair's halves.
 */
const TOKEN_PIECES =
  `a|Z|q|B|rock|N|Roll|'|''|s|rock'N'roll|Rock'n'Roll|O'Neil's|don't|LEE'S|x'|1|2,000|3.5|0.4|1,00|12 345|1e5|2E-3|\u2212|-|.|,|%|$|\u00b5|\u03bc|\u00b0|\u00e9|\u00c9|\u0130|\u212a|\u03a3|\u00b5G| | | |\t|\n|\u00a0|\u202f|\u2009|\u3000|\ud83d|\ude00|_|x`.split(
    '|',
  );

describe('tokenizers', () => {
  const inputs = randomGlued(TOKEN_PIECES, 40_000, 2101, 14);

  it('tokenize gives the tokens of its regex, each with its lower case', () => {
    const re = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+(?:'[A-Za-z]+)?|\S/g;
    expect(inputs.filter((s) => asStrings(tokenize(s)).join('|') !== tokensByRegex(re, s).join('|')).slice(0, 5)).toEqual([]);
    // Words with capitals, inner apostrophes and numbers are all met.
    expect(inputs.filter((s) => tokenize(s).some((t) => t.lower !== t.text && t.text.includes("'"))).length).toBeGreaterThan(1_000);
  });

  it('tokenizeAmounts gives the tokens of its regex, each with its lower case', () => {
    const number =
      /\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:\.\d+)?(?![\d,]|\.\d|-\d{3}(?!\d|\s\d))|\d+(?:\.\d+)?(?:[eE][-+\u2212]?\d+(?![A-Za-z]))?/
        .source;
    const re = new RegExp(`${number}|\\.\\d+|[A-Za-z\\u00B5\\u03BC\\u00B0]+(?:'[A-Za-z]+)*|\\S`, 'g');
    expect(inputs.filter((s) => asStrings(tokenizeAmounts(s)).join('|') !== tokensByRegex(re, s).join('|')).slice(0, 5)).toEqual([]);
    expect(inputs.filter((s) => tokenizeAmounts(s).some((t) => t.lower !== t.text && /'[A-Za-z]+'/.test(t.text))).length).toBeGreaterThan(200);
  });
});
