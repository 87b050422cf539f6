/**
 * The token and number shapes the amount reader passes between its files
 * (amount-numbers.ts, amount-words.ts, amount-units.ts), kept apart so that
 * those files import this one and not each other in a circle.
 */

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

export const isDigitToken = (t: AToken | undefined): boolean => t !== undefined && /^\.?\d/.test(t.text);
export const glued = (a: AToken | undefined, b: AToken | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

/** What an amount is. Only count, money, percent, percentage_point, share and measure are figures of a claim. */
export type AmountType = 'count' | 'money' | 'percent' | 'percentage_point' | 'share' | 'measure' | 'duration' | 'age' | 'year';
