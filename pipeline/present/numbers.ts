/**
 * Numbers as people write them: thousands separators, percentages, money with
 * its currency, units. One module for every place a figure is shown (the CLI's
 * summaries and the dashboard, which loads this code as a browser bundle), so
 * the two always read the same. Pure and dependency-free: it runs in a page.
 */
import type { Bound } from '../types.js';

/** The locale figures are written in (thousands separated by commas). */
const LOCALE = 'en-US';
/** Fraction digits kept for plain amounts ("2.5 km", "1,234.57"). */
const MAX_FRACTION_DIGITS = 2;
/** From here on, money is written with a scale word ("$4.2 billion"). */
const MONEY_SCALE_FROM = 1_000_000;
/** ISO 4217: three capital letters (the claim's unit for money). */
const CURRENCY_CODE = /^[A-Z]{3}$/;

/** Every bound but 'range', which prints low–high. */
export const BOUND_WORDS: Readonly<Record<Exclude<Bound, 'range'>, string>> = {
  '=': '',
  '~': '~',
  '>': '>',
  '>=': '≥',
  '<': '<',
  '<=': '≤',
  '<~': 'nearly ',
};

/** Units written as a word after the number, plural when the number is not 1. */
const UNIT_WORDS: Readonly<Record<string, [string, string]>> = {
  percentage_point: ['percentage point', 'percentage points'],
  basis_point: ['basis point', 'basis points'],
};

/** "1,000", "2.5", "-3". */
export function formatNumber(n: number): string {
  return n.toLocaleString(LOCALE, { maximumFractionDigits: MAX_FRACTION_DIGITS });
}

function currencySymbol(code: string): string {
  const parts = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: code }).formatToParts(0);
  const symbol = parts.find((p) => p.type === 'currency')?.value ?? code;
  // A letter code reads as a word: "CHF 300", not "CHF300".
  return /[A-Za-z]$/.test(symbol) ? `${symbol} ` : symbol;
}

/** "$4.2 billion", "£1.5 million", "€300", "CHF 1,250.5". */
export function formatMoney(n: number, code: string): string {
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  const amount =
    abs >= MONEY_SCALE_FROM
      ? new Intl.NumberFormat(LOCALE, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: MAX_FRACTION_DIGITS }).format(abs)
      : formatNumber(abs);
  return `${sign}${currencySymbol(code)}${amount}`;
}

/**
 * One amount in its unit, as a claim states it: null for counts ("1,000"),
 * share (0.6 → "60%"), percent (5 → "5%"), percentage and basis points, a
 * currency code, or a unit symbol ("40 km").
 */
export function formatAmount(n: number, unit: string | null): string {
  if (unit === null) return formatNumber(n);
  if (unit === 'share') return `${formatNumber(Math.round(n * 1000) / 10)}%`;
  if (unit === 'percent') return `${formatNumber(n)}%`;
  const words = UNIT_WORDS[unit];
  if (words) return `${formatNumber(n)} ${n === 1 ? words[0] : words[1]}`;
  if (CURRENCY_CODE.test(unit)) return formatMoney(n, unit);
  return `${formatNumber(n)} ${unit}`;
}

/** What formatFigure reads of a claim (or of a timeline point or flag figure). */
export interface FigureLike {
  value: number | null;
  bound: Bound | null;
  low: number | null;
  high: number | null;
  unit?: string | null;
}

/** A figure with its bound as people write it: "~1,100", "≥100", "200–900", "2,000+", "60%", "nearly $4.2 billion". */
export function formatFigure(figure: FigureLike): string {
  const unit = figure.unit ?? null;
  const num = (n: number): string => formatAmount(n, unit);
  if (figure.bound === 'range') {
    const low = figure.low === null ? '?' : num(figure.low);
    return figure.high === null ? `${low}+` : `${low}–${num(figure.high)}`;
  }
  if (figure.value === null) return 'no figure';
  return `${BOUND_WORDS[figure.bound ?? '=']}${num(figure.value)}`;
}
