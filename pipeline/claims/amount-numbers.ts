/**
 * Numbers as written in news: digits with separators and decimals, signs,
 * fractions ("1/4", "2 1/2", "½"), number words ("two hundred and six",
 * "one billion and a half million", "two-thirds", "five eighths") and scale
 * words ("4.2 billion", "13 lakh"). Only the number: units, currencies and
 * bounds are read around it by amounts.ts.
 */
import { SCALE_WORDS, table } from './amount-lexicon.js';

/** A word, number or mark with offsets into the sentence. */
export interface AToken {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN_RE =
  /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d.,])|\d+(?:\.\d+)?(?:[eE][-+\u2212]?\d+(?![A-Za-z]))?|\.\d+|[A-Za-z\u00B5\u00B0]+(?:'[A-Za-z]+)*|\S/g;

/** Tokens of a sentence; offsets are UTF-16 indices into it. */
export function tokenizeAmounts(s: string): AToken[] {
  const out: AToken[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(s); m !== null; m = TOKEN_RE.exec(s)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const UNITS: Readonly<Record<string, number>> = table({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
const TENS: Readonly<Record<string, number>> = table({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
/** Denominators written as words ("two thirds", "five eighths", "one twenty-fifth"). */
const DENOMINATORS: Readonly<Record<string, number>> = table({
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
  hundredth: 100,
  hundredths: 100,
  thousandth: 1000,
  thousandths: 1000,
});
const UNICODE_FRACTIONS: Readonly<Record<string, number>> = table({ '½': 0.5, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 0.25, '¾': 0.75, '⅛': 0.125, '⅕': 0.2 });

/** A number read over tokens[first..next). */
export interface ReadNumber {
  value: number;
  next: number;
  /** Written with digits (years, times and dates are digits). */
  digits: boolean;
  /** A fraction written in words or as a/b: a share of something. */
  fraction: boolean;
  /** A scale word or letter was applied ("4.2 billion"). */
  scaled: boolean;
}

export const isDigitToken = (t: AToken | undefined): boolean => t !== undefined && /^\.?\d/.test(t.text);
export const glued = (a: AToken | undefined, b: AToken | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;
const word = (tokens: readonly AToken[], i: number): string => tokens[i]?.lower ?? '';

/** Words that can start a number written in words. */
export function opensNumberWord(w: string): boolean {
  return w in UNITS || w in TENS || w === 'a' || w === 'an' || w === 'minus' || w === 'negative' || w === 'half';
}

/** Read the number starting at tokens[i] (digits or words), or null. */
export function readNumber(tokens: readonly AToken[], i: number): ReadNumber | null {
  const t = tokens[i];
  if (t === undefined) return null;
  if (t.lower === 'minus' || t.lower === 'negative' || ((t.text === '-' || t.text === '\u2212') && isDigitToken(tokens[i + 1]) && glued(t, tokens[i + 1]))) {
    const n = readNumber(tokens, i + 1);
    return n === null ? null : { ...n, value: -n.value };
  }
  if (isDigitToken(t)) return readDigits(tokens, i);
  const u = UNICODE_FRACTIONS[t.text];
  if (u !== undefined) return { value: u, next: i + 1, digits: true, fraction: true, scaled: false };
  return readWords(tokens, i);
}

function readDigits(tokens: readonly AToken[], i: number): ReadNumber {
  const t = tokens[i] as AToken;
  let value = Number(t.text.replace(/[,\s\u00A0\u202F]/g, '').replace('\u2212', '-'));
  let next = i + 1;
  let fraction = false;
  const a = tokens[next];
  const b = tokens[next + 1];
  // "1/4", "2 1/2" (not dates such as 1/2/2020).
  if (
    a?.text === '/' &&
    glued(t, a) &&
    isDigitToken(b) &&
    glued(a, b) &&
    tokens[next + 2]?.text !== '/' &&
    /^\d+$/.test(t.text) &&
    /^\d+$/.test(b?.text ?? '')
  ) {
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
  const uf = UNICODE_FRACTIONS[tokens[next]?.text ?? ''];
  if (uf !== undefined && glued(tokens[next - 1], tokens[next])) return { value: value + uf, next: next + 1, digits: true, fraction: false, scaled: false };
  if (word(tokens, next) === 'dozen' || word(tokens, next) === 'dozens') return { value: value * 12, next: next + 1, digits: true, fraction, scaled: true };
  if (
    word(tokens, next) === 'and' &&
    word(tokens, next + 1) === 'a' &&
    DENOMINATORS[word(tokens, next + 2)] !== undefined &&
    word(tokens, next + 2) !== 'second'
  ) {
    return { value: value + 1 / (DENOMINATORS[word(tokens, next + 2)] ?? 1), next: next + 3, digits: true, fraction: false, scaled: false };
  }
  const scale = SCALE_WORDS[word(tokens, next)];
  if (scale !== undefined && word(tokens, next) !== 'hundred') return { value: round(value * scale), next: next + 1, digits: true, fraction, scaled: true };
  if (word(tokens, next) === 'hundred' && !glued(tokens[next - 1], tokens[next])) {
    const more = SCALE_WORDS[word(tokens, next + 1)];
    return { value: value * 100 * (more ?? 1), next: next + (more ? 2 : 1), digits: true, fraction, scaled: true };
  }
  return { value, next, digits: true, fraction, scaled: false };
}

/**
 * "twenty-five", "two hundred and six", "a hundred and two", "three million,
 * two hundred & forty", "two and a half", "two-thirds", "a dozen".
 */
function readWords(tokens: readonly AToken[], i: number): ReadNumber | null {
  let total = 0;
  let current = 0;
  let j = i;
  let seen = false;
  let lastWasScale = false;
  if (word(tokens, j) === 'a' || word(tokens, j) === 'an') {
    const w = word(tokens, j + 1);
    if (w === 'dozen') return { value: 12, next: j + 2, digits: false, fraction: false, scaled: false };
    const d = DENOMINATORS[w];
    if (d !== undefined && w !== 'second') return { value: 1 / d, next: j + 2, digits: false, fraction: true, scaled: false };
    if (!(w in SCALE_WORDS) || w === 'mn' || w === 'bn') return null;
    current = 1;
    j++;
    seen = true;
  }
  while (j < tokens.length) {
    const w = word(tokens, j);
    if (seen && w === 'and' && word(tokens, j + 1) === 'a' && DENOMINATORS[word(tokens, j + 2)] !== undefined) {
      // "two and a half", "five and a quarter", "one billion and a half million"
      const part = 1 / (DENOMINATORS[word(tokens, j + 2)] ?? 1);
      const scale = SCALE_WORDS[word(tokens, j + 3)];
      if (scale !== undefined && scale >= 1e3) return done(total + current + part * scale, j + 4);
      return done(total + current + part, j + 3);
    }
    if (w === 'dozen' || w === 'dozens') {
      if (!seen) break;
      current *= 12;
    } else if (w in UNITS) current += UNITS[w] ?? 0;
    else if (w in TENS) current += TENS[w] ?? 0;
    else if (seen && w === 'hundred') current = Math.max(current, 1) * 100;
    else if (seen && (w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion' || w === 'lakh' || w === 'crore')) {
      total += Math.max(current, 1) * (SCALE_WORDS[w] ?? 1);
      current = 0;
      lastWasScale = true;
      seen = true;
      j++;
      if ((tokens[j]?.text === ',' || tokens[j]?.text === '&') && startsNumberWord(word(tokens, j + 1))) j++;
      continue;
    } else if (seen && (w === '-' || w === 'and' || w === '&') && startsNumberWord(word(tokens, j + 1))) {
      j++;
      continue;
    } else break;
    lastWasScale = false;
    seen = true;
    j++;
  }
  if (!seen) {
    if (word(tokens, i) === 'half') {
      if (word(tokens, i + 1) === 'a' && word(tokens, i + 2) === 'dozen') return { value: 6, next: i + 3, digits: false, fraction: false, scaled: false };
      return { value: 0.5, next: i + 1, digits: false, fraction: true, scaled: false };
    }
    return null;
  }
  const value = total + current;
  // "two thirds", "five eighths", "one-half", "one twenty-fifth"
  const k = tokens[j]?.text === '-' ? j + 1 : j;
  const denom = DENOMINATORS[word(tokens, k)] ?? ordinalDenominator(tokens, k);
  if (denom !== null && value > 0 && value < 100) {
    const used = DENOMINATORS[word(tokens, k)] !== undefined ? 1 : 3;
    // "one third" is a fraction; "the third" is an ordinal (no number before it).
    if (!(value === 1 && word(tokens, k) === 'second')) return { value: value / denom, next: k + used, digits: false, fraction: true, scaled: false };
  }
  return done(value, j);

  function done(v: number, next: number): ReadNumber {
    return { value: v, next, digits: false, fraction: false, scaled: total > 0 || lastWasScale };
  }
}

function startsNumberWord(w: string): boolean {
  return w in UNITS || w in TENS || w === 'a';
}

/** "twenty-fifth" as a denominator after a numerator word. */
function ordinalDenominator(tokens: readonly AToken[], k: number): number | null {
  const tens = TENS[word(tokens, k)];
  if (tens === undefined || tokens[k + 1]?.text !== '-') return null;
  const ord = ORDINAL_UNITS[word(tokens, k + 2)];
  return ord === undefined ? null : tens + ord;
}

const ORDINAL_UNITS: Readonly<Record<string, number>> = table({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
});

/** Scaled decimals as written: 16.4 million is 16400000, not 16399999.999999998. */
export function round(v: number): number {
  return Number(v.toPrecision(12));
}
