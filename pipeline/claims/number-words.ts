/**
 * Numbers written as words, and vague amounts ("thousands", "several hundred")
 * as ranges. Pure data plus one small parser over tokens.
 */
import { table as wordTable } from './amount-lexicon.js';
import { TENS_WORDS, UNIT_WORDS } from './amount-words.js';
import type { Token } from './text.js';

// Word tables have no prototype (amount-lexicon.ts `table`): tokens come from arbitrary
// text, and on a plain object "constructor" or "toString" would be found as a number word.
const UNITS = UNIT_WORDS;
const TENS = TENS_WORDS;
/** Scale words; after digits too ("4.7 million"). */
export const MULTIPLIERS: Readonly<Record<string, number>> = wordTable({
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  mn: 1_000_000,
  bn: 1_000_000_000,
});

/** Fractions written as words; the value is a share (0.5 = half). */
export const FRACTIONS: Readonly<Record<string, number>> = wordTable({
  half: 1 / 2,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
  fifth: 1 / 5,
  fifths: 1 / 5,
  tenth: 1 / 10,
  tenths: 1 / 10,
});

/**
 * Plural scale words used alone ("thousands of soldiers"): a range with only a
 * lower end, the smallest amount the plural allows (two thousand).
 */
export const VAGUE_PLURALS: Readonly<Record<string, number>> = wordTable({
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2_000,
  millions: 2_000_000,
});

/**
 * Vague multipliers before a scale word: "several hundred" is 200..900,
 * "a few thousand" 2,000..5,000 (low and high multiples of the scale).
 */
export const VAGUE_MULTIPLES: Readonly<Record<string, readonly [number, number]>> = wordTable({
  several: [2, 9],
  'a few': [2, 5],
  few: [2, 5],
  'a couple of': [2, 3],
});

/** Parsed number-word sequence: its value and how many tokens it used. */
export interface WordNumber {
  value: number;
  used: number;
}

/**
 * Parse "twenty-five", "two hundred and fifty", "three thousand" from tokens[i].
 * Returns null when tokens[i] is not a number word. Hyphen tokens join parts.
 */
export function parseNumberWords(tokens: readonly Token[], i: number): WordNumber | null {
  let total = 0;
  let current = 0;
  let j = i;
  let seen = false;
  let afterScale = false;
  while (j < tokens.length) {
    const w = tokens[j]?.lower ?? '';
    if (w in UNITS) current += UNITS[w] ?? 0;
    else if (w in TENS) current += TENS[w] ?? 0;
    else if (seen && w === 'hundred') current = Math.max(current, 1) * 100;
    else if (seen && (w === 'thousand' || w === 'million' || w === 'billion')) {
      total += Math.max(current, 1) * (MULTIPLIERS[w] ?? 1);
      current = 0;
    } else if (seen && (w === '-' || (w === 'and' && afterScale)) && isNumberWord(tokens[j + 1]?.lower)) {
      // "twenty-five", "two hundred and fifty"; never "three and five".
      j++;
      continue;
    } else break;
    afterScale = w in MULTIPLIERS;
    seen = true;
    j++;
  }
  return seen ? { value: total + current, used: j - i } : null;
}

function isNumberWord(w: string | undefined): boolean {
  return w !== undefined && (w in UNITS || w in TENS);
}

/** Words a number written in words can open with ("twenty-five", "three thousand"). */
export const NUMBER_WORDS: readonly string[] = [...Object.keys(UNITS), ...Object.keys(TENS)];
