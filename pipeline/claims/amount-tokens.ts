/**
 * The token and number shapes the amount reader passes between its files
 * (amount-numbers.ts, amount-words.ts, amount-units.ts), kept apart so that
 * those files import this one and not each other in a circle.
 */
import type { Bound } from '../types.js';

/** A word, number or mark with offsets into the sentence. */
export interface AToken {
  text: string;
  lower: string;
  start: number;
  end: number;
}

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

/** A token opening with a digit, or a period and a digit (/^\.?\d/, by code: the amount reader asks it of most tokens it reads). */
export const isDigitToken = (t: AToken | undefined): boolean => {
  if (t === undefined) return false;
  const c = t.text.charCodeAt(0);
  return isDigitCode(c) || (c === 46 && isDigitCode(t.text.charCodeAt(1)));
};
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
export const glued = (a: AToken | undefined, b: AToken | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

/** What an amount is. Only count, money, percent, percentage_point, share and measure are figures of a claim. */
export type AmountType = 'count' | 'money' | 'percent' | 'percentage_point' | 'share' | 'measure' | 'duration' | 'age' | 'year';

/** One amount; offsets into the sentence. */
export interface Amount {
  start: number;
  end: number;
  text: string;
  /** The number; null for a range. */
  value: number | null;
  bound: Bound;
  low: number | null;
  high: number | null;
  /** ISO 4217 code, percent, percentage_point, basis_point, share, or a unit symbol (kg, km, °C...). */
  unit: string | null;
  type: AmountType;
  /** Rate denominator: "per day" → day, "a share" → share. */
  per: string | null;
  /** "dozens", "several hundred": low/high follow the vague-amount convention. */
  vague: boolean;
  /** "from 5% to 7%": the tagger decides between a change and a range. */
  fromTo: boolean;
  /** Written in words only ("one", "two-thirds"). */
  words: boolean;
}

/** A measure read whole by a reader of its own (a race time, a temperature band): a value, or a range low to high. */
export function measureAmount(
  span: { start: number; end: number; text: string },
  unit: string,
  value: number | null,
  low: number | null = null,
  high: number | null = null,
): Amount {
  return { ...span, value, bound: value === null ? 'range' : '=', low, high, unit, type: 'measure', per: null, vague: false, fromTo: false, words: false };
}
