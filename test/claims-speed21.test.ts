// Fast paths of the claim tagger written for its CPU (tokenizers, the measure key search, the sentence splitter's
// tests): each must give what the plainer form it replaced gives, on every input.
import { describe, expect, it } from 'vitest';
import { isAllDigits, tokenizeAmounts } from '../pipeline/claims/amount-numbers.js';
import { CUE_PREFIX_WORDS, hasQuoteMarks, isCuePrefix } from '../pipeline/claims/attribution-cues.js';
import { DEFAULT_MEASURES, type MeasureHit, findMeasures } from '../pipeline/claims/measures.js';
import { measuresByEveryRegex } from './helpers/measures-reference.js';
import { opensSentence } from '../pipeline/claims/sentences.js';
import { FUNCTION_WORDS, guessLanguage } from '../pipeline/claims/language.js';
import { countWords, execAll, tokenize } from '../pipeline/claims/text.js';
import { randomGlued, seededRandom } from './helpers/seeded-random.js';

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
      /\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:\.\d+)?(?![\d,]|\.\d|-\d{3}(?!\d|\s\d)|\s[A-Z]{2,}\b)|\d+(?:\.\d+)?(?:[eE][-+\u2212]?\d+(?![A-Za-z]))?/
        .source;
    const re = new RegExp(`${number}|\\.\\d+|[A-Za-z\\u00B5\\u03BC\\u00B0]+(?:'[A-Za-z]+)*|\\S`, 'g');
    expect(inputs.filter((s) => asStrings(tokenizeAmounts(s)).join('|') !== tokensByRegex(re, s).join('|')).slice(0, 5)).toEqual([]);
    expect(inputs.filter((s) => tokenizeAmounts(s).some((t) => t.lower !== t.text && /'[A-Za-z]+'/.test(t.text))).length).toBeGreaterThan(200);
  });
});

describe('measure key words', () => {
  it('findMeasures finds what every phrase regex finds, with and without a letter glued after a digit or an underscore', () => {
    const words = [...new Set(DEFAULT_MEASURES.flatMap((e) => e.phrase.split(/\s+/)))].filter((w) => w !== '<Place>');
    const pieces = [...words, ...`KILLED|Wounded|in|Kyiv|5|_|9_|x|-|'|,|.| | | | |\u00e9|\u212a|3killed|_wounded|9In|12Dead| 5| 7_`.split('|')];
    const sentences = randomGlued(pieces, 12_000, 2102, 12);
    const fast = (s: string): string[] => findMeasures(s, DEFAULT_MEASURES).map((h: MeasureHit) => `${h.start}-${h.end} ${h.entry.phrase}`);
    expect(sentences.filter((s) => fast(s).join('|') !== measuresByEveryRegex(s).join('|')).slice(0, 5)).toEqual([]);
    const glued = /[0-9_][A-Za-z]/;
    // Keys glued after a digit or an underscore (which the key search, a word boundary in front, passes over) stand in
    // sentences where phrases are found, and so do sentences without one.
    expect(sentences.filter((s) => glued.test(s) && fast(s).length > 0).length).toBeGreaterThan(300);
    expect(sentences.filter((s) => !glued.test(s) && fast(s).length > 0).length).toBeGreaterThan(1_000);
  });
});

describe('sentence splitter', () => {
  it('opensSentence accepts the characters its regex accepts, and not the end of a line', () => {
    const re = /[A-Z0-9"'\u201C\u2018(]/;
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (opensSentence(c) !== re.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
    expect(opensSentence(-1)).toBe(false);
  });
});

describe('word tests', () => {
  const inputs = randomGlued(`n|N|'|\u2019|t|T|n't|N\u2019T|ly|LY|don|can|k|1|0|9|\u0661| |_|.|x`.split('|'), 30_000, 2103, 7);

  it("isCuePrefix takes a negated auxiliary as /n['\u2019]t$/ finds it", () => {
    // Words ending in "ly" take the adverb path, which did not change; every other word is a prefix word or one the regex takes.
    const byRegex = (word: string): boolean => CUE_PREFIX_WORDS.has(word.toLowerCase()) || /n['\u2019]t$/.test(word.toLowerCase());
    const words = [...inputs, 'has', 'HAD', 'Would', 'not', 'can', "didn't", 'WON\u2019T', "n't", 'N\u2019T', "can't"].filter((w) => !/ly$/i.test(w));
    expect(words.filter((w) => isCuePrefix(w) !== byRegex(w)).slice(0, 5)).toEqual([]);
    expect(words.filter((w) => /n['\u2019]t$/i.test(w)).length).toBeGreaterThan(500);
  });

  it('isAllDigits accepts what /^\\d+$/ accepts', () => {
    expect(inputs.filter((w) => isAllDigits(w) !== /^\d+$/.test(w)).slice(0, 5)).toEqual([]);
    expect(inputs.filter((w) => /^\d+$/.test(w)).length).toBeGreaterThan(300);
  });
});

describe('word counts', () => {
  it("countWords counts what /[A-Za-z0-9][\\w'-]*/g matches", () => {
    const inputs = randomGlued(TOKEN_PIECES, 20_000, 2104, 14);
    expect(inputs.filter((s) => countWords(s) !== (s.match(/[A-Za-z0-9][\w'-]*/g) ?? []).length).slice(0, 5)).toEqual([]);
    // The same regex object serves every call: a count after a long string starts again from its beginning.
    expect([countWords('a b c d e f'), countWords('x'), countWords('')]).toEqual([6, 1, 0]);
  });
});

describe('quotation marks', () => {
  it('hasQuoteMarks, its last answer kept, answers as its regex does when strings repeat and alternate', () => {
    const pieces = `a|'|''|"|\u201C|\u201D|\u201E|\u00AB|\u00BB|\u2018|\u2019|\u201A| |x`.split('|');
    const distinct = randomGlued(pieces, 2_000, 2105, 8);
    const r = seededRandom(2106);
    // Each string asked once, twice in a row, or again after others; equal strings built apart are asked too.
    const asked = Array.from({ length: 20_000 }, (_, k) => {
      const s = distinct[Math.floor(r() * (k % 3 === 0 ? 20 : distinct.length))] as string;
      return r() < 0.3 ? [...s].join('') : s;
    });
    const re = /["\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019]|''/;
    expect(asked.filter((s) => hasQuoteMarks(s) !== re.test(s)).slice(0, 5)).toEqual([]);
    expect(asked.filter((s) => re.test(s)).length).toBeGreaterThan(5_000);
    expect(asked.filter((s) => !re.test(s)).length).toBeGreaterThan(1_000);
  });
});

/** guessLanguage as it was first written (every letter counted, a map of hits by language name), over the same word lists. */
function guessLanguageAsWritten(input: { title: string; text: string }): string {
  const lists = FUNCTION_WORDS;
  const langs = new Map<string, Set<string>>();
  for (const [lang, words] of Object.entries(lists)) for (const w of words.split(' ')) langs.set(w, (langs.get(w) ?? new Set()).add(lang));
  const marker = new Map([...langs].filter(([, set]) => set.size === 1).map(([w, set]): [string, string] => [w, [...set][0] as string]));
  const sample = `${input.title}\n${input.text.slice(0, 2400)}`;
  let letters = 0;
  let latin = 0;
  let ascii = true;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c | 32) >= 97 && (c | 32) <= 122) {
      letters++;
      latin++;
    } else if (c >= 0x80 && !(c >= 0x2000 && c <= 0x206f)) {
      ascii = false;
      const cp = sample.codePointAt(i) as number;
      const ch = String.fromCodePoint(cp);
      if (cp > 0xffff) i++;
      if (/^\p{L}$/u.test(ch)) {
        letters++;
        if (/^\p{Script=Latin}$/u.test(ch)) latin++;
      }
    }
  }
  if (letters > 0 && (letters - latin) / letters > 0.5) return 'und';
  const hits = new Map<string, number>();
  let words = 0;
  let english = 0;
  let foreign = 0;
  const re = ascii ? /[a-z]+/g : /\p{L}+/gu;
  const lower = sample.toLowerCase();
  for (let m = re.exec(lower); m !== null && ++words <= 300; m = re.exec(lower)) {
    const lang = marker.get(m[0]);
    if (lang === undefined) continue;
    const n = (hits.get(lang) ?? 0) + 1;
    hits.set(lang, n);
    if (lang === 'en') english = n;
    else foreign = Math.max(foreign, n);
    if (foreign + 300 - words <= 2 * english) return 'en';
  }
  const [best, count] = [...hits].filter(([lang]) => lang !== 'en').reduce((a, b) => (b[1] > a[1] ? b : a), ['en', 0]);
  return count >= 3 && count > 2 * english ? best : 'en';
}

describe('language guess', () => {
  it('guessLanguage answers as it was first written, on samples of ASCII and beyond', () => {
    const pieces = [
      ...'the of and said it der die und nicht le la et des que el los y una il di che de het een och att w na ve bir dan yang'.split(' '),
      ...'The Der Le DIE élu été för się çok Кремль 北京 \u212a \u0130 \u2019 \u2014 \u20ac 5 , .'.split(' '),
      ' ',
      ' ',
      ' ',
      '\n',
      'x',
    ];
    const r = seededRandom(2107);
    const texts = Array.from({ length: 4_000 }, (_, k) => {
      // Few kinds of words in some texts, so that no language wins early and every verdict is reached.
      const kinds = 2 + Math.floor(r() * (k % 2 === 0 ? 6 : pieces.length - 2));
      const start = Math.floor(r() * (pieces.length - kinds));
      let s = '';
      for (let j = Math.floor(r() * 500); j > 0; j--) s += `${pieces[start + Math.floor(r() * kinds)]}${r() < 0.85 ? ' ' : ''}`;
      return s;
    });
    const inputs = texts.map((text, k) => ({ title: k % 3 === 0 ? 'Der Titel' : '', text }));
    expect(inputs.filter((x) => guessLanguage(x) !== guessLanguageAsWritten(x)).slice(0, 3)).toEqual([]);
    const verdicts = new Set(inputs.map((x) => guessLanguage(x)));
    // English, other languages and 'und' are all reached.
    expect(verdicts.has('en') && verdicts.has('und') && verdicts.size >= 5).toBe(true);
  });
});
