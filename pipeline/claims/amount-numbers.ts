/**
 * Numbers as written in news: digits with separators and decimals, signs,
 * fractions ("1/4", "2 1/2", "½"), number words ("two hundred and six",
 * "one billion and a half million", "two-thirds", "five eighths") and scale
 * words ("4.2 billion", "13 lakh"). Only the number: units, currencies and
 * bounds are read around it by amounts.ts.
 */
import { SCALE_WORDS, SPELLED_SCALE_WORDS, table } from './amount-lexicon.js';
import { type AToken, glued, isDigitToken, type ReadNumber } from './amount-tokens.js';
import { opensNumberWord, readWordNumber } from './amount-words.js';
import { isSpaceCode, mayLowerCase } from './text.js';

export { type AToken, glued, isDigitToken, type ReadNumber };

export { opensNumberWord };

/**
 * A number as TOKEN_RE read it: Indian and Western separators, spaced thousands, decimals, an exponent. Spaced
 * thousands never end before a hyphen and three digits closing a word, nor before a word in capitals: "40 737-800 jets"
 * and "40 737 MAX jets" are 40 of a model.
 */
const NUMBER_TOKEN_RE =
  /\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:\.\d+)?(?![\d,]|\.\d|-\d{3}(?!\d|\s\d)|\s[A-Z]{2,}\b)|\d+(?:\.\d+)?(?:[eE][-+\u2212]?\d+(?![A-Za-z]))?/y;

/**
 * Tokens of a sentence; offsets are UTF-16 indices into it. The tokens of
 * `/NUMBER_TOKEN_RE|\.\d+|[A-Za-z\u00B5\u03BC\u00B0]+(?:'[A-Za-z]+)*|\S/g`, read
 * by hand: that regex built a match array for every token of every sentence
 * with an amount, and the loop over character codes tokenises in about a third
 * of its time (measured on the bench pages); the number regex reads what
 * follows a digit. `lower` is the token itself unless it has a capital. A word
 * is read in this loop, its capitals noted on the way, rather than by a
 * function passed to a shared loop and a second scan for capitals (measured
 * with tokenize: 0.82–0.90×). test/claims-speed21.test.ts checks it against
 * the regex.
 */
export function tokenizeAmounts(s: string): AToken[] {
  const out: AToken[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    let e: number;
    let lower = false;
    // The loop of tokenize (text.ts) with this reader's letters (the micro and degree signs) and apostrophes (any number
    // between letters): written out in both rather than behind a flag or a callback, which cost per token (measured).
    if (isAsciiLetterCode(c)) {
      // A word: its lower case differs only with a capital or a letter beyond ASCII (the micro signs).
      lower = c <= 90;
      e = i + 1;
      for (let d = s.charCodeAt(e); isLetterRunCode(d); d = s.charCodeAt(++e)) if (d <= 90 || d > 127) lower = true;
      while (s.charCodeAt(e) === APOSTROPHE && isAsciiLetterCode(s.charCodeAt(e + 1))) {
        e += 1;
        for (let d = s.charCodeAt(e); isAsciiLetterCode(d); d = s.charCodeAt(++e)) if (d <= 90) lower = true;
      }
    } else {
      e = tokenEnd(s, i, c);
      lower = mayLowerCase(s, i, e);
    }
    const text = s.slice(i, e);
    out.push({ text, lower: lower ? text.toLowerCase() : text, start: i, end: e });
    i = e;
  }
  return out;
}

/** Where the token starting at s[i] (code c, not white space) ends. */
function tokenEnd(s: string, i: number, c: number): number {
  if (isDigitCode(c)) {
    NUMBER_TOKEN_RE.lastIndex = i;
    NUMBER_TOKEN_RE.test(s);
    return NUMBER_TOKEN_RE.lastIndex;
  }
  if (c === DOT && isDigitCode(s.charCodeAt(i + 1))) return digitsEnd(s, i + 1);
  if (!isLetterRunCode(c)) return i + 1;
  let e = i + 1;
  while (isLetterRunCode(s.charCodeAt(e))) e++;
  // "country's", "rock'n'roll": an apostrophe between letters keeps the word.
  while (s.charCodeAt(e) === APOSTROPHE && isAsciiLetterCode(s.charCodeAt(e + 1))) {
    e += 2;
    while (isAsciiLetterCode(s.charCodeAt(e))) e++;
  }
  return e;
}

const DOT = 46;
const APOSTROPHE = 39;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** A letter of a word token: ASCII letters, the micro signs and the degree sign ("µg", "°C"). */
const isLetterRunCode = (c: number): boolean => isAsciiLetterCode(c) || c === 0xb5 || c === 0x3bc || c === 0xb0;

function digitsEnd(s: string, from: number): number {
  let e = from;
  while (isDigitCode(s.charCodeAt(e))) e++;
  return e;
}

const UNICODE_FRACTIONS: Readonly<Record<string, number>> = table({
  '½': 0.5,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '¼': 0.25,
  '¾': 0.75,
  '⅛': 0.125,
  '⅜': 0.375,
  '⅝': 0.625,
  '⅞': 0.875,
  '⅕': 0.2,
  '⅖': 0.4,
  '⅗': 0.6,
  '⅘': 0.8,
  '⅙': 1 / 6,
  '⅚': 5 / 6,
  '⅐': 1 / 7,
  '⅑': 1 / 9,
  '⅒': 0.1,
});

/**
 * The value of a fraction sign ("½"), else undefined. Only a one-character token is looked up: most tokens after a
 * number are words, and a table lookup by a freshly cut string hashes it first (profiled).
 */
function unicodeFraction(text: string): number | undefined {
  return text.length === 1 ? UNICODE_FRACTIONS[text] : undefined;
}

const word = (tokens: readonly AToken[], i: number): string => tokens[i]?.lower ?? '';

/** Read the number starting at tokens[i] (digits or words), or null. */
export function readNumber(tokens: readonly AToken[], i: number): ReadNumber | null {
  const t = tokens[i];
  if (t === undefined) return null;
  if (t.lower === 'minus' || t.lower === 'negative' || ((t.text === '-' || t.text === '\u2212') && isDigitToken(tokens[i + 1]) && glued(t, tokens[i + 1]))) {
    const n = readNumber(tokens, i + 1);
    return n === null ? null : { ...n, value: -n.value };
  }
  if (isDigitToken(t)) return readDigits(tokens, i);
  const u = unicodeFraction(t.text);
  if (u !== undefined) return { value: u, next: i + 1, digits: true, fraction: true, scaled: false };
  return readWordNumber(tokens, i);
}

function readDigits(tokens: readonly AToken[], i: number): ReadNumber {
  const t = tokens[i] as AToken;
  // Most numbers are plain digits: their value needs no separators taken out, and /^\d+$/ is asked of them twice below.
  const plain = isAllDigits(t.text);
  let value = Number(plain ? t.text : t.text.replace(/[,\s\u00A0\u202F]/g, '').replace('\u2212', '-'));
  let next = i + 1;
  let fraction = false;
  const a = tokens[next];
  const b = tokens[next + 1];
  // "1/4", "2 1/2" (not dates such as 1/2/2020).
  if (a?.text === '/' && glued(t, a) && isDigitToken(b) && glued(a, b) && tokens[next + 2]?.text !== '/' && plain && /^\d+$/.test(b?.text ?? '')) {
    const d = Number(b?.text);
    if (d > 0) return { value: value / d, next: next + 2, digits: true, fraction: true, scaled: false };
  }
  if (/^\d+$/.test(a?.text ?? '') && tokens[next + 1]?.text === '/' && glued(tokens[next + 1], tokens[next + 2]) && !glued(t, a)) {
    const n = Number(a?.text);
    const d = Number(tokens[next + 2]?.text);
    if (d > n && n > 0) {
      value += n / d;
      next += 3;
      fraction = true;
    }
  }
  const uf = unicodeFraction(tokens[next]?.text ?? '');
  if (uf !== undefined && glued(tokens[next - 1], tokens[next])) return { value: value + uf, next: next + 1, digits: true, fraction: false, scaled: false };
  const power = readPower(tokens, next, value);
  if (power !== null) return { value: power.value, next: power.next, digits: true, fraction: false, scaled: true };
  const w = word(tokens, next);
  // "3 hundred and 21", "4 thousand 3 hundred", "15 and a half", "3 million and a half", "3 dozen": the word grammar goes on.
  if (!fraction && plain && !glued(t, tokens[next]) && WORD_CONTINUATIONS.has(w)) {
    const n = readWordNumber(tokens, i, { value, next });
    if (n !== null && n.next > next) return n;
  }
  const scale = SCALE_WORDS[w];
  if (scale !== undefined && w !== 'hundred') return { value: round(value * scale), next: next + 1, digits: true, fraction, scaled: true };
  if (w === 'hundred' && !glued(tokens[next - 1], tokens[next])) {
    const more = SCALE_WORDS[word(tokens, next + 1)];
    return { value: value * 100 * (more ?? 1), next: next + (more ? 2 : 1), digits: true, fraction, scaled: true };
  }
  return { value, next, digits: true, fraction, scaled: false };
}

/** Whether `text` is what /^\d+$/ accepts: one ASCII digit or more, nothing else. */
export function isAllDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let k = 0; k < text.length; k++) if (!isDigitCode(text.charCodeAt(k))) return false;
  return true;
}

/** Words after digits that the word grammar continues. */
const WORD_CONTINUATIONS = new Set(['and', '&', ...SPELLED_SCALE_WORDS, 'dozen', 'dozens', 'dz', 'dzs', 'doz', 'dozs']);

/** "1.3x10^6", "2.48×10−5", "5.5x10-3", "8x2^10", "2.5^-1": powers after a number. */
function readPower(tokens: readonly AToken[], at: number, value: number): { value: number; next: number } | null {
  const x = tokens[at];
  if (x === undefined || !glued(tokens[at - 1], x)) return null;
  if ((x.lower === 'x' || x.text === '\u00D7') && glued(x, tokens[at + 1]) && /^\d+$/.test(tokens[at + 1]?.text ?? '')) {
    const base = Number(tokens[at + 1]?.text);
    const e = readExponent(tokens, at + 2, base === 10);
    return e === null ? null : { value: round(value * base ** e.exp), next: e.next };
  }
  if (x.text !== '^') return null;
  const e = readExponent(tokens, at, false);
  return e === null ? null : { value: round(value ** e.exp), next: e.next };
}

const SIGNS = new Set(['-', '\u2212', '+']);

/** The exponent at tokens[k]: "^6", "^-4", or (base 10) "−5" glued. */
function readExponent(tokens: readonly AToken[], k: number, bareMinus: boolean): { exp: number; next: number } | null {
  let j = k;
  let sign = 1;
  const t = tokens[j];
  if (t === undefined || !glued(tokens[j - 1], t)) return null;
  if (t.text === '^') j++;
  else if (!(bareMinus && (t.text === '-' || t.text === '\u2212'))) return null;
  while (SIGNS.has(tokens[j]?.text ?? '') && glued(tokens[j - 1], tokens[j])) {
    if (tokens[j]?.text !== '+') sign = -sign;
    j++;
  }
  const d = tokens[j];
  if (d === undefined || !/^\d+$/.test(d.text) || !glued(tokens[j - 1], d)) return null;
  return { exp: sign * Number(d.text), next: j + 1 };
}

/** Scaled decimals as written: 16.4 million is 16400000, not 16399999.999999998. */
export function round(v: number): number {
  return Number(v.toPrecision(12));
}
