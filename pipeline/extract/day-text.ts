/**
 * The calendar day a short visible text names ("Dec. 22, 2023", "22. Dezember
 * 2023", "2023-12-22", "22.12.2023", "12/22/23"), as written: no zone shift.
 * Used on date lines near the headline, never on prose.
 *
 * All-numeric days: years first is ISO's order; otherwise a number above 12
 * settles which is the day, and where both could be the month the page's
 * language decides (`NumericOrder`: US sites write "12-05-23" and "12.05.23"
 * as well as "12/05/23", so the separator does not), the other reading kept
 * beside it for a caller that can check it against another statement.
 */
import { MONTH_NAME_PATTERN, monthOf } from './date-parse.js';

/** How a page writes an all-numeric day with slashes: 'mdy' (US English) or 'dmy' (most other locales). */
export type NumericOrder = 'mdy' | 'dmy';

/** A month's name in any language date-parse.ts reads ("Dec.", "décembre", "März"), as a whole word. */
const MONTH = `(?<!\\p{L})(${MONTH_NAME_PATTERN})(?!\\p{L})\\.?`;
// Labels run into dates in flattened text ("23 Dec 2023Updated"): a year ends at its last digit, not at a word break.
const MONTH_DAY_YEAR = new RegExp(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)(?!\\d)`, 'u');
/** "22 Dec 2023", "22. Dezember 2023", "22 de diciembre de 2023", "1er janvier 2024". */
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?((?:19|20)\\d\\d)(?!\\d)`, 'u');
/** Chinese, Japanese and Korean: "2023年12月22日", "2023년 12월 22일". */
const CJK_DAY = /((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/;
/** "2023-12-22", "2023/12/22", "2023.12.22". */
const YEAR_FIRST_DAY = /(?<![\d.])((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/;
/**
 * "22.12.2023", "22.12.23", "12/22/2023", "12/22/23", "22-12-2023". A version
 * number or a score goes on ("1.2.10.4"): no digit or dotted number follows.
 */
const NUMERIC_DAY = /(?<![\d.])(\d{1,2})([./-])\s?(\d{1,2})\2\s?((?:19|20)\d\d|\d\d)(?![\d]|\.\d)/;
/** Two-digit years: 00–49 are 20xx, 50–99 are 19xx (RFC 2822 §4.3). */
const TWO_DIGIT_YEAR_PIVOT = 50;
/** A number above this is a day, never a month. */
const MONTHS_IN_YEAR = 12;

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` when the fields name a real day, else null. */
export function validDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A day found in a text, with where its words start and end there. `other`:
 * the other reading of an all-numeric day whose two first numbers could each
 * be the month ("05.12.2023"), for a caller that can check it against another
 * statement of the day.
 */
export interface FoundDay {
  day: string;
  other?: string;
  start: number;
  end: number;
}

function fullYear(digits: string): number {
  const n = Number(digits);
  if (digits.length > 2) return n;
  return n < TWO_DIGIT_YEAR_PIVOT ? 2000 + n : 1900 + n;
}

/** The readings of "a.b.year": the page's order first, the other one where both numbers can be the month. */
function numericDays(a: number, b: number, year: number, order: NumericOrder): { day: string | null; other?: string } {
  const dayFirst = validDay(year, b, a);
  const monthFirst = validDay(year, a, b);
  if (a > MONTHS_IN_YEAR || b > MONTHS_IN_YEAR || a === b) return { day: dayFirst ?? monthFirst };
  const [day, other] = order === 'dmy' ? [dayFirst, monthFirst] : [monthFirst, dayFirst];
  return other ? { day, other } : { day };
}

/** The first day a text names, in the order month-day-year, day-month-year, year first (CJK, ISO), all-numeric. */
export function findDay(text: string, order: NumericOrder = 'mdy'): FoundDay | null {
  const lower = text.toLowerCase();
  const at = (m: RegExpExecArray, day: string | null): FoundDay | null => (day ? { day, start: m.index, end: m.index + m[0].length } : null);
  let m = MONTH_DAY_YEAR.exec(lower);
  if (m) return at(m, validDay(Number(m[3]), monthOf(m[1] ?? '') ?? 0, Number(m[2])));
  m = DAY_MONTH_YEAR.exec(lower);
  if (m) return at(m, validDay(Number(m[3]), monthOf(m[2] ?? '') ?? 0, Number(m[1])));
  m = CJK_DAY.exec(lower);
  if (m) return at(m, validDay(Number(m[1]), Number(m[2]), Number(m[3])));
  m = YEAR_FIRST_DAY.exec(lower);
  if (m) return at(m, validDay(Number(m[1]), Number(m[3]), Number(m[4])));
  m = NUMERIC_DAY.exec(lower);
  if (!m) return null;
  const { day, other } = numericDays(Number(m[1]), Number(m[3]), fullYear(m[4] ?? ''), order);
  const found = at(m, day);
  return found && other ? { ...found, other } : found;
}

/** The calendar day a visible text names, as written (see the module comment). */
export function dayFromText(text: string, order: NumericOrder = 'mdy'): string | null {
  return findDay(text, order)?.day ?? null;
}

/** Every reading of the day a visible text names: the page's order first, then the other where the numbers allow both. */
export function daysFromText(text: string, order: NumericOrder = 'mdy'): string[] {
  const found = findDay(text, order);
  if (!found) return [];
  return found.other ? [found.day, found.other] : [found.day];
}

/**
 * How the page writes numeric days with slashes, from its language tag: US
 * English (and English with no region, mostly American sites) month first,
 * every other locale day first. Unknown: month first, as date-parse.ts reads.
 */
export function numericOrderOf(language: string | null | undefined): NumericOrder {
  const tag = language?.trim().toLowerCase().replace('_', '-') ?? '';
  if (tag === '' || tag === 'en' || tag.startsWith('en-us')) return 'mdy';
  return 'dmy';
}
