/**
 * Numbers written in words, as news and speech write them: "two hundred and
 * six", "three lakh crore", "five and a half million", "one million and a
 * half", "two hundred point zero three", fractions ("two-thirds", "three
 * quarters billion", "one hundred and three quarters", "one twenty-fifth"),
 * "X over Y" / "X in Y" / "X out of Y" shares, and the mixed forms
 * ("3 hundred and 21", "4 thousand 3 hundred", "6 crore and two hundred").
 *
 * Ordinals are no fractions: a singular denominator ("fifth", "third") only
 * counts after "one" or "a" ("one fifth", "a third"), so "the fifth" and
 * "one hundred fifth" stay ordinals; "second(s)" is always time.
 */
import { table } from './amount-lexicon.js';
import type { AToken, ReadNumber } from './amount-tokens.js';

export const UNIT_WORDS: Readonly<Record<string, number>> = table({
  zero: 0,
  nought: 0,
  naught: 0,
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
export const TENS_WORDS: Readonly<Record<string, number>> = table({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
/** Scale words of a number written in words; "lakh crore" multiplies (1e12). */
/** Words after a fraction that make it a fraction of a rate's point ("a quarter point", "a quarter-point"). */
const POINT_AFTER: ReadonlySet<string> = new Set(['point', 'points', 'percentage']);
const WORD_SCALES: Readonly<Record<string, number>> = table({
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
});
const DOZEN_WORDS = new Set(['dozen', 'dozens', 'dz', 'dzs', 'doz', 'dozs']);

/** [singular, plural, value] of an ordinal word used as a denominator. */
type OrdinalForms = readonly [string, string, number];

/** Ordinals three to nine: denominators on their own ("a third") and in compounds ("twenty-fifth"). */
const SMALL_ORDINALS: readonly OrdinalForms[] = [
  ['third', 'thirds', 3],
  ['fourth', 'fourths', 4],
  ['fifth', 'fifths', 5],
  ['sixth', 'sixths', 6],
  ['seventh', 'sevenths', 7],
  ['eighth', 'eighths', 8],
  ['ninth', 'ninths', 9],
];

/** Word → [value, plural?], for both forms of each ordinal. */
function ordinalTable(forms: readonly OrdinalForms[]): Readonly<Record<string, readonly [number, boolean]>> {
  return table(
    Object.fromEntries(
      forms.flatMap(([one, many, v]) => [
        [one, [v, false] as const],
        [many, [v, true] as const],
      ]),
    ),
  );
}

/** Denominators: [value, plural?]. "second" is left out: it is time. */
const DENOMINATORS = ordinalTable([
  ['half', 'halves', 2],
  ['quarter', 'quarters', 4],
  ...SMALL_ORDINALS,
  ['tenth', 'tenths', 10],
  ['eleventh', 'elevenths', 11],
  ['twelfth', 'twelfths', 12],
  ['thirteenth', 'thirteenths', 13],
  ['fifteenth', 'fifteenths', 15],
  ['twentieth', 'twentieths', 20],
  ['thirtieth', 'thirtieths', 30],
  ['fortieth', 'fortieths', 40],
  ['fiftieth', 'fiftieths', 50],
  ['hundredth', 'hundredths', 100],
  ['thousandth', 'thousandths', 1e3],
  ['millionth', 'millionths', 1e6],
  ['billionth', 'billionths', 1e9],
  ['trillionth', 'trillionths', 1e12],
]);
/** Every denominator word ("third", "fifths", "hundredth"...). */
export const DENOMINATOR_WORDS: readonly string[] = Object.keys(DENOMINATORS);

/** "twenty-fifth", "twenty firsts": the unit part of a compound ordinal denominator. */
const ORDINAL_UNITS = ordinalTable([['first', 'firsts', 1], ['second', 'seconds', 2], ...SMALL_ORDINALS]);

const word = (tokens: readonly AToken[], i: number): string => tokens[i]?.lower ?? '';
const isInt = (t: AToken | undefined): boolean => t !== undefined && /^\d{1,3}$/.test(t.text);

/** Words that can start a number written in words. */
export const NUMBER_OPENERS: ReadonlySet<string> = new Set([
  ...Object.keys(UNIT_WORDS),
  ...Object.keys(TENS_WORDS),
  'a',
  'an',
  'minus',
  'negative',
  'half',
  'quarter',
  'hundred',
]);
export function opensNumberWord(w: string): boolean {
  return NUMBER_OPENERS.has(w);
}
function startsNumberWord(w: string): boolean {
  return w in UNIT_WORDS || w in TENS_WORDS || w === 'a';
}

const result = (value: number, next: number, fraction: boolean, scaled: boolean, digits = false): ReadNumber => ({ value, next, digits, fraction, scaled });

type Last = 'unit' | 'tens' | 'hundred' | 'scale';

/**
 * A number in words at tokens[i], or the continuation of digits that a
 * scale word follows (`start`: "3 hundred and 21"). Null when none.
 */
export function readWordNumber(tokens: readonly AToken[], i: number, start?: { value: number; next: number }, unscaled = false): ReadNumber | null {
  const w0 = word(tokens, i);
  if (start === undefined) {
    const lead = readLead(tokens, i);
    if (lead !== null) return lead;
  }
  let total = 0;
  let current = 0;
  let small = 0;
  let last: Last | null = null;
  let lastScale = 1;
  let scaled = false;
  let afterAnd = false;
  let andMark: { total: number; current: number; j: number } | null = null;
  let j = i;
  let single = true;
  if (start !== undefined) {
    current = start.value;
    small = start.value;
    last = 'unit';
    j = start.next;
  } else if (w0 === 'a' || w0 === 'an') {
    if (word(tokens, i + 1) !== 'hundred' && WORD_SCALES[word(tokens, i + 1)] === undefined) return null;
    current = 1;
    small = 1;
    last = 'unit';
    j = i + 1;
  }
  const digitsStart = start !== undefined;
  while (j < tokens.length) {
    const t = tokens[j] as AToken;
    const w = t.lower;
    const u = UNIT_WORDS[w];
    const tens = TENS_WORDS[w];
    const scale = WORD_SCALES[w];
    if (u !== undefined) {
      if (last === 'unit' || (last === 'tens' && (u >= 10 || u === 0))) break;
      current += u;
      small += u;
      last = 'unit';
    } else if (tens !== undefined) {
      if (last === 'unit' || last === 'tens') break;
      current += tens;
      small += tens;
      last = 'tens';
    } else if (isInt(t) && (afterAnd || last === 'scale') && last !== 'unit' && last !== 'tens') {
      // "4 thousand 3 hundred and 21": digits inside a number only after a scale word or "and".
      const v = Number(t.text);
      if (!afterAnd && word(tokens, j + 1) !== 'hundred' && WORD_SCALES[word(tokens, j + 1)] === undefined) break;
      if (afterAnd && v >= 100) break;
      current += v;
      small += v;
      last = v >= 20 && v % 10 === 0 ? 'tens' : 'unit';
    } else if (w === 'hundred') {
      if (last === 'hundred' || (last === null && WORD_SCALES[word(tokens, j + 1)] === undefined)) break;
      if (current >= 100 && andMark !== null) {
        // "3 hundred and 2 hundred": two numbers; give back "and 2".
        ({ total, current } = andMark);
        j = andMark.j;
        break;
      }
      current = Math.max(current, 1) * 100;
      small = 0;
      last = 'hundred';
      scaled = true;
    } else if (scale !== undefined) {
      if (last === null) break;
      if (last === 'scale') {
        // "three lakh crore", "a thousand million"
        if (scale <= lastScale) break;
        total *= scale;
        lastScale = scale;
        j++;
        continue;
      }
      total += Math.max(current, 1) * scale;
      current = 0;
      small = 0;
      last = 'scale';
      lastScale = scale;
      scaled = true;
    } else if (DOZEN_WORDS.has(w) && last !== null && last !== 'scale') {
      current += small * 11;
      small *= 12;
      scaled = true;
    } else if (w === '-' && last !== null && word(tokens, j + 1) === 'and' && readFraction(tokens, j + 3 - (tokens[j + 2]?.text === '-' ? 0 : 1)) !== null) {
      // "seven-and-a-half": the hyphens of a compound fraction.
      j++;
      continue;
    } else if (w === '-' && (last === 'tens' || last === 'unit') && startsNumberWord(word(tokens, j + 1))) {
      // "twenty-five", "ninety - five hundred"
      j++;
      continue;
    } else if ((w === 'and' || w === '&') && last !== null) {
      const f = readFraction(tokens, j + 1);
      if (f !== null) {
        const sc = WORD_SCALES[word(tokens, f.next)];
        // "five and a half million", "one billion and three quarters million"
        if (sc !== undefined && f.next > j + 1)
          return result(total + (last === 'scale' ? f.value * sc : (current + f.value) * sc), f.next + 1, false, true, digitsStart);
        // "one million and a half": the fraction is of the last scale.
        const v = last === 'scale' ? total + f.value * lastScale : total + current + f.value;
        return result(v, f.next, false, scaled, digitsStart);
      }
      const nxt = tokens[j + 1];
      if ((last === 'hundred' || last === 'scale') && (startsNumberWord(word(tokens, j + 1)) || isInt(nxt))) {
        afterAnd = true;
        andMark = { total, current, j };
        j++;
        continue;
      }
      break;
    } else if (w === ',' && last === 'scale' && startsNumberWord(word(tokens, j + 1))) {
      j++;
      continue;
    } else if (w === 'point' && last !== null && last !== 'scale') {
      const d = readDecimals(tokens, j + 1);
      if (d === null) break;
      const v = total + current + d.value;
      const sc = WORD_SCALES[word(tokens, d.next)];
      return sc !== undefined ? result(v * sc, d.next + 1, false, true, digitsStart) : result(v, d.next, false, scaled, digitsStart);
    } else break;
    if (w !== 'and') afterAnd = false;
    j++;
    if (j - i > 1) single = false;
  }
  if (last === null) return null;
  // "3 million, a record": a comma that no number word followed is no part of the number.
  if (word(tokens, j - 1) === ',') j--;
  const value = total + current;
  // "two thirds", "one-fifth", "ninety-five hundred fifths", "three twenty-firsts"
  const d = denominatorAt(tokens, j);
  // "the past two quarters" are periods; "three quarters of", "three quarters billion", "and three quarters" and "a
  // quarter point" (of a rate) are fractions.
  const period =
    d !== null &&
    !unscaled &&
    d.value === 4 &&
    /^quarters?$/.test(word(tokens, d.next - 1)) &&
    word(tokens, d.next) !== 'of' &&
    !POINT_AFTER.has(word(tokens, d.next)) &&
    !(word(tokens, d.next) === '-' && POINT_AFTER.has(word(tokens, d.next + 1))) &&
    WORD_SCALES[word(tokens, d.next)] === undefined;
  if (d !== null && !period && !digitsStart && (d.plural ? value !== 1 : value === 1 && single) && value > 0) {
    return unscaled ? result(value / d.value, d.next, true, false) : withScale(tokens, value / d.value, d.next);
  }
  return result(value, j, false, scaled, digitsStart);
}

/** Verbs after a share as its subject ("a quarter opposed it", "a third say"); an ordinal is followed by its noun ("a third term"). */
const VERBS_AFTER_SHARE: ReadonlySet<string> = new Set(
  'are were was is have has had will would could said say says think thought believe believed want wanted support supported back backed oppose opposed voted favour favor favoured favored prefer preferred agree agreed disagree disagreed expect expected plan planned own owned live lived remain remained'.split(
    ' ',
  ),
);

/** Ordinals that make "half" a period ("the first half"). */
const PERIOD_ORDINALS: ReadonlySet<string> = new Set(['first', 'second', 'last', 'latter', 'final', 'opening', 'closing']);
/** Words that may follow a share ("rose by a fifth in the week", "a third since 2020"); a noun after it makes an ordinal. */
const AFTER_SHARE: ReadonlySet<string> = new Set([
  'in',
  'on',
  'to',
  'from',
  'since',
  'over',
  'during',
  'and',
  'or',
  'than',
  'last',
  'this',
  'after',
  'before',
  'at',
  'by',
  'compared',
  'between',
  'year-on-year',
]);

/** "a dozen", "a third", "half", "half a million", "a quarter million", "quarter million". */
function readLead(tokens: readonly AToken[], i: number): ReadNumber | null {
  const w = word(tokens, i);
  let k = i;
  if (w === 'a' || w === 'an') {
    const n = word(tokens, i + 1);
    if (n === 'dozen') return result(12, i + 2, false, false);
    k = i + 1;
  }
  const d = DENOMINATORS[word(tokens, k)];
  if (d === undefined || d[1]) return null;
  const lead = word(tokens, k);
  // "half a million", "half a dozen"
  if (lead === 'half' && word(tokens, k + 1) === 'a') {
    const sc = WORD_SCALES[word(tokens, k + 2)];
    if (sc !== undefined) return result(sc / 2, k + 3, false, true);
    if (word(tokens, k + 2) === 'dozen') return result(6, k + 3, false, false);
  }
  const sc = WORD_SCALES[word(tokens, k + 1)];
  if (sc !== undefined) return result(sc / d[0], k + 2, false, true);
  // A bare "quarter" is a period of the year, not a number; "a quarter" is a share.
  if (k === i && lead !== 'half') return null;
  // "the first half", "second-half profit": a half of the year, not a share.
  if (k === i && PERIOD_ORDINALS.has(word(tokens, word(tokens, i - 1) === '-' ? i - 2 : i - 1))) return null;
  // "a third of voters", "a fifth." are shares, as is "a quarter point" of a rate; "a third term", "a fifth straight
  // year" are ordinals.
  const after = tokens[k + 1];
  if (
    k > i &&
    lead !== 'half' &&
    after !== undefined &&
    word(tokens, k + 1) !== 'of' &&
    !AFTER_SHARE.has(word(tokens, k + 1)) &&
    !VERBS_AFTER_SHARE.has(word(tokens, k + 1)) &&
    !POINT_AFTER.has(word(tokens, k + 1)) &&
    !(after.text === '-' && POINT_AFTER.has(word(tokens, k + 2))) &&
    (/^[A-Za-z0-9]/.test(after.text) || (after.text === '-' && tokens[k]?.end === after.start))
  ) {
    return null;
  }
  return withScale(tokens, 1 / d[0], k + 1);
}

/** A fraction after "and": "a half", "one half", "three quarters", "fifty-four hundredths", "a thirtieth". */
function readFraction(tokens: readonly AToken[], at: number): { value: number; next: number } | null {
  // "and-a-half": hyphens between the words.
  const i = tokens[at]?.text === '-' ? at + 1 : at;
  const w = word(tokens, i);
  if (w === 'a' || w === 'an') {
    const d = denominatorAt(tokens, i + 1);
    return d !== null && !d.plural ? { value: 1 / d.value, next: d.next } : null;
  }
  // Proper fractions only: "one hundred and thirty fifths" is 130/5, "one hundred and three quarters" 100.75.
  const n = readWordNumber(tokens, i, undefined, true);
  return n?.fraction && n.value < 1 ? { value: n.value, next: n.next } : null;
}

/** A denominator at tokens[k] (after an optional hyphen). */
function denominatorAt(tokens: readonly AToken[], k: number): { value: number; plural: boolean; next: number } | null {
  const at = tokens[k]?.text === '-' ? k + 1 : k;
  const d = DENOMINATORS[word(tokens, at)];
  if (d !== undefined) return { value: d[0], plural: d[1], next: at + 1 };
  const tens = TENS_WORDS[word(tokens, at)];
  if (tens === undefined) return null;
  const u = tokens[at + 1]?.text === '-' ? at + 2 : at + 1;
  const o = ORDINAL_UNITS[word(tokens, u)];
  return o === undefined ? null : { value: tens + o[0], plural: o[1], next: u + 1 };
}

/** "two thirds of a million", "three quarters billion": a fraction of a scale. */
function withScale(tokens: readonly AToken[], v: number, next: number): ReadNumber {
  const sc = WORD_SCALES[word(tokens, next)];
  if (sc !== undefined) return result(v * sc, next + 1, false, true);
  if (word(tokens, next) === 'of' && word(tokens, next + 1) === 'a') {
    const sc2 = WORD_SCALES[word(tokens, next + 2)];
    if (sc2 !== undefined) return result(v * sc2, next + 3, false, true);
  }
  return result(v, next, true, false);
}

/** Digits after "point": "zero three" = .03, "five" = .5, "seventy-one" = .71, "eleven" = .11. */
function readDecimals(tokens: readonly AToken[], i: number): { value: number; next: number } | null {
  let digits = '';
  let j = i;
  const first = word(tokens, i);
  if (TENS_WORDS[first] !== undefined || (UNIT_WORDS[first] ?? 0) >= 10) {
    let v = TENS_WORDS[first] ?? UNIT_WORDS[first] ?? 0;
    j = i + 1;
    const k = tokens[j]?.text === '-' ? j + 1 : j;
    const u = UNIT_WORDS[word(tokens, k)];
    if (TENS_WORDS[first] !== undefined && u !== undefined && u > 0 && u < 10) {
      v += u;
      j = k + 1;
    }
    digits = String(v);
  } else {
    while (j < tokens.length) {
      const u = UNIT_WORDS[word(tokens, j)];
      if (u === undefined || u > 9) break;
      digits += String(u);
      j++;
    }
  }
  return digits === '' ? null : { value: Number(`0.${digits}`), next: j };
}

/** "one over three", "1 in 21", "nine out of 10": a share after a first number, or null. */
export function readRatio(tokens: readonly AToken[], n: ReadNumber, readNext: (i: number) => ReadNumber | null): ReadNumber | null {
  const w = word(tokens, n.next);
  // "one in five", "one in every five", "one-in-four", "nine out of 10"
  const every = w === 'in' && word(tokens, n.next + 1) === 'every' ? 1 : 0;
  const hyphened = w === '-' && word(tokens, n.next + 1) === 'in' && word(tokens, n.next + 2) === '-';
  const skip = hyphened ? 3 : w === 'over' || w === 'in' ? 1 + every : w === 'out' && word(tokens, n.next + 1) === 'of' ? 2 : 0;
  if (skip === 0 || n.fraction || !Number.isInteger(n.value) || n.value < 0) return null;
  const d = readNext(n.next + skip);
  if (d === null || d.fraction || !Number.isInteger(d.value) || d.value <= 0) return null;
  // "1 in 2020", "5 in 10,000 people" fine; a year after "in" is a date.
  if ((w === 'in' || hyphened) && (d.value <= n.value || (d.digits && d.value >= 1800 && d.value <= 2100) || !Number.isInteger(n.value) || n.value > 99))
    return null;
  if (w === 'out' && d.value < n.value) return null;
  return { value: n.value / d.value, next: d.next, digits: n.digits && d.digits, fraction: true, scaled: false };
}
