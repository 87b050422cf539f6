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

export { type AToken, glued, isDigitToken, type ReadNumber };

export { opensNumberWord };

const TOKEN_RE =
  /\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:\.\d+)?(?![\d,]|\.\d)|\d+(?:\.\d+)?(?:[eE][-+\u2212]?\d+(?![A-Za-z]))?|\.\d+|[A-Za-z\u00B5\u03BC\u00B0]+(?:'[A-Za-z]+)*|\S/g;

/** Tokens of a sentence; offsets are UTF-16 indices into it. */
export function tokenizeAmounts(s: string): AToken[] {
  const out: AToken[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(s); m !== null; m = TOKEN_RE.exec(s)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
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
  const u = UNICODE_FRACTIONS[t.text];
  if (u !== undefined) return { value: u, next: i + 1, digits: true, fraction: true, scaled: false };
  return readWordNumber(tokens, i);
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
  const power = readPower(tokens, next, value);
  if (power !== null) return { value: power.value, next: power.next, digits: true, fraction: false, scaled: true };
  const w = word(tokens, next);
  // "3 hundred and 21", "4 thousand 3 hundred", "15 and a half", "3 million and a half", "3 dozen": the word grammar goes on.
  if (!fraction && /^\d+$/.test(t.text) && !glued(t, tokens[next]) && WORD_CONTINUATIONS.has(w)) {
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
