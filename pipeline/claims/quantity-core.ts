/**
 * The amount itself, without bound words: one parser per written form.
 * Each returns the token span it used so the caller can look around it.
 */
import { FRACTIONS, MULTIPLIERS, NUMBER_WORDS, VAGUE_MULTIPLES, VAGUE_PLURALS, parseNumberWords } from './number-words.js';
import type { Token } from './text.js';

/** A parsed amount over tokens[first..next). */
export interface Core {
  first: number;
  next: number;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: 'share' | null;
  /** True for 'range' amounts: "several hundred", "thousands", "between 5 and 7". */
  range: boolean;
  vague: boolean;
  /** Written in digits (only these can be years, dates, money...). */
  digits: boolean;
}

/** Adjectives of "a <adj> number of": vague amounts without a value. */
const VAGUE_ADJECTIVES: ReadonlySet<string> = new Set([
  'significant',
  'large',
  'substantial',
  'considerable',
  'growing',
  'small',
  'unknown',
  'undisclosed',
  'sizeable',
  'sizable',
  'huge',
  'limited',
]);
/** "one in three" is a share only for small denominators. */
const MAX_SHARE_DENOMINATOR = 100;
const PERCENT = 100;

/**
 * A Core as one object literal. Not `{ ...base(first, next), value }`: parseCore runs at every token that may open an
 * amount, and a spread copies an object built only to be copied (measured, with the constant tables below:
 * scanQuantities 0.94–0.96× on the sentences findFigures reads on the bench pages).
 */
function core(
  first: number,
  next: number,
  value: number | null,
  low: number | null,
  high: number | null,
  unit: 'share' | null,
  range: boolean,
  vague: boolean,
  digits: boolean,
): Core {
  return { first, next, value, low, high, unit, range, vague, digits };
}

/** Words before a fraction word that make it one ("a third", "one quarter"). */
const A_OR_ONE: ReadonlySet<string> = new Set(['a', 'one']);
/** "three out of five", "one in three", "one of every four": the words between numerator and denominator. */
const SHARE_FORMS: ReadonlyArray<readonly string[]> = [['out', 'of'], ['in'], ['of', 'every']];
/** What joins the two ends of a range ("500 to 700", "500-700"). */
const RANGE_WORDS: ReadonlySet<string> = new Set(['to', '-', '\u2013']);

/** Parse the amount starting at tokens[i], or null. */
export function parseCore(tokens: readonly Token[], i: number): Core | null {
  const t = tokens[i];
  // Runs at every token of every sentence with a figure: most tokens can open no amount.
  if (t === undefined || (!OPENING_WORDS.has(t.lower) && !startsWithDigit(t.text))) return null;
  return parseBetween(tokens, i) ?? parseVaguePhrase(tokens, i) ?? parseVagueAmount(tokens, i) ?? parseFraction(tokens, i) ?? parseNumber(tokens, i);
}

function word(tokens: readonly Token[], i: number): string {
  return tokens[i]?.lower ?? '';
}

/** "between 500 and 700", "from 500 to 700". */
function parseBetween(tokens: readonly Token[], i: number): Core | null {
  const w = word(tokens, i);
  if (w !== 'between' && w !== 'from') return null;
  const a = parseSimple(tokens, i + 1);
  if (a === null || word(tokens, a.next) !== (w === 'between' ? 'and' : 'to')) return null;
  const b = parseSimple(tokens, a.next + 1);
  if (b === null || b.value < a.value) return null;
  return core(i, b.next, null, a.value, b.value, null, true, false, a.digits);
}

/** "a significant number of": something is counted, no figure is given. */
function parseVaguePhrase(tokens: readonly Token[], i: number): Core | null {
  if (word(tokens, i) !== 'a') return null;
  // Quotes may wrap the phrase: 'a "significant number" of'.
  let j = i + 1;
  if (tokens[j]?.text === '"') j++;
  if (!VAGUE_ADJECTIVES.has(word(tokens, j))) return null;
  j++;
  if (word(tokens, j) !== 'number') return null;
  j++;
  if (tokens[j]?.text === '"') j++;
  if (word(tokens, j) !== 'of') return null;
  return core(i, j + 1, null, null, null, null, false, true, false);
}

/** VAGUE_MULTIPLES split once: parseCore runs at every token of every sentence. */
const VAGUE_MULTIPLE_WORDS = Object.entries(VAGUE_MULTIPLES).map(([phrase, [lowMul, highMul]]) => ({ words: phrase.split(' '), lowMul, highMul }));

/**
 * Every word a parser below accepts first: parseBetween, parseVaguePhrase ("a"),
 * parseVagueAmount, parseFraction (number words, "a", "one", fraction words)
 * and parseSimple (digits, "a", number words).
 */
const OPENING_WORDS: ReadonlySet<string> = new Set([
  'between',
  'from',
  'a',
  'one',
  'tens',
  'hundreds',
  ...Object.keys(VAGUE_PLURALS),
  ...VAGUE_MULTIPLE_WORDS.map((m) => m.words[0] ?? ''),
  ...NUMBER_WORDS,
  ...Object.keys(FRACTIONS),
]);

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** "thousands of", "tens of thousands", "several hundred", "a few thousand". */
function parseVagueAmount(tokens: readonly Token[], i: number): Core | null {
  const w = word(tokens, i);
  if ((w === 'tens' || w === 'hundreds') && word(tokens, i + 1) === 'of' && word(tokens, i + 2) === 'thousands') {
    const low = (w === 'tens' ? 20 : 200) * 1_000;
    return core(i, skipOf(tokens, i + 3), null, low, null, null, true, false, false);
  }
  const plural = VAGUE_PLURALS[w];
  if (plural !== undefined) return core(i, skipOf(tokens, i + 1), null, plural, null, null, true, false, false);
  for (const { words, lowMul, highMul } of VAGUE_MULTIPLE_WORDS) {
    if (words[0] !== w || !words.every((pw, k) => word(tokens, i + k) === pw)) continue;
    const scale = MULTIPLIERS[word(tokens, i + words.length)];
    if (scale === undefined) continue;
    return core(i, skipOf(tokens, i + words.length + 1), null, lowMul * scale, highMul * scale, null, true, false, false);
  }
  return null;
}

/** "half of", "a third of", "two-thirds of", "three quarters of". */
function parseFraction(tokens: readonly Token[], i: number): Core | null {
  let j = i;
  let numerator = 1;
  const words = parseNumberWords(tokens, i);
  if (words !== null && words.value > 1) {
    numerator = words.value;
    j += words.used;
    if (tokens[j]?.text === '-') j++;
  } else if (A_OR_ONE.has(word(tokens, j)) && FRACTIONS[word(tokens, j + 1)] !== undefined) {
    j++;
  }
  const frac = FRACTIONS[word(tokens, j)];
  if (frac === undefined) return null;
  // "half" alone must govern a group: "half of the troops", "half the troops".
  const after = word(tokens, j + 1);
  if (after !== 'of' && after !== 'the') return null;
  return core(i, skipOf(tokens, j + 1), numerator * frac, null, null, 'share', false, false, false);
}

/** Digits or number words, with scale, percent, "out of" shares and ranges. */
function parseNumber(tokens: readonly Token[], i: number): Core | null {
  const n = parseSimple(tokens, i);
  if (n === null) return null;
  const w = word(tokens, n.next);
  if (w === '%' || w === 'percent' || (w === 'per' && word(tokens, n.next + 1) === 'cent')) {
    return core(i, n.next + (w === 'per' ? 2 : 1), n.value / PERCENT, null, null, 'share', false, false, n.digits);
  }
  const share = parseShare(tokens, n.next, n.value);
  if (share !== null) return core(i, share.next, share.value, null, null, 'share', false, false, n.digits);
  const range = parseRangeEnd(tokens, n.next, n.value);
  if (range !== null) return core(i, range.next, null, n.value, range.value, null, true, false, n.digits);
  return core(i, n.next, n.value, null, null, null, false, false, n.digits);
}

/** "three out of five", "one in three", "one of every four" after a numerator. */
function parseShare(tokens: readonly Token[], at: number, numerator: number): { value: number; next: number } | null {
  for (const form of SHARE_FORMS) {
    if (!form.every((f, k) => word(tokens, at + k) === f)) continue;
    const d = parseSimple(tokens, at + form.length);
    if (d === null || d.value <= numerator || d.value > MAX_SHARE_DENOMINATOR) continue;
    return { value: numerator / d.value, next: skipOf(tokens, d.next) };
  }
  return null;
}

/** "500 to 700", "500-700" after a first number. */
function parseRangeEnd(tokens: readonly Token[], at: number, low: number): { value: number; next: number } | null {
  const sep = tokens[at];
  if (sep === undefined || !RANGE_WORDS.has(sep.lower)) return null;
  const b = parseSimple(tokens, at + 1);
  if (b === null || b.value <= low) return null;
  return { value: b.value, next: b.next };
}

/** A plain number: digits (with a scale word) or number words ("a dozen", "two hundred"). */
function parseSimple(tokens: readonly Token[], i: number): { value: number; next: number; digits: boolean } | null {
  const t = tokens[i];
  if (t === undefined) return null;
  if (startsWithDigit(t.text)) {
    const value = Number(t.text.includes(',') ? t.text.replace(/,/g, '') : t.text);
    const scale = MULTIPLIERS[word(tokens, i + 1)];
    if (scale !== undefined) return { value: value * scale, next: i + 2, digits: true };
    return { value, next: i + 1, digits: true };
  }
  if (t.lower === 'a' && (word(tokens, i + 1) === 'dozen' || MULTIPLIERS[word(tokens, i + 1)] !== undefined)) {
    const w = word(tokens, i + 1);
    return { value: w === 'dozen' ? 12 : (MULTIPLIERS[w] ?? 1), next: i + 2, digits: false };
  }
  const words = parseNumberWords(tokens, i);
  if (words === null) return null;
  const dozen = word(tokens, i + words.used) === 'dozen';
  return { value: dozen ? words.value * 12 : words.value, next: i + words.used + (dozen ? 1 : 0), digits: false };
}

/** Step over "of" after an amount ("thousands of soldiers"). */
function skipOf(tokens: readonly Token[], j: number): number {
  return word(tokens, j) === 'of' ? j + 1 : j;
}
