/**
 * Times and dates that MASK_RE (amount-context.ts) cannot tell from amounts
 * without the word beside them: a 24-hour time written as four digits before
 * a time zone ("0900 GMT", "at 1430 hours") and a month/day date after "on"
 * or "since" ("on 5/12"), where "5/12" alone could be a share. And the other
 * way round, a race's time written as a clock's ("won in 3:51.29"), which
 * MASK_RE masks and raceTimes reads back as a figure.
 */
import { type Amount, measureAmount } from './amount-tokens.js';

/**
 * "0900 GMT", "2130 local time", "at 1430 hours": four digits that read as a
 * 24-hour time, then a zone. "hours" and "hrs" only after "at": "1200 hours of
 * community service" is a duration. Case-sensitive: zones are capitals.
 */
const CLOCK_24H_RE =
  /\b(?:[01]\d|2[0-3])[0-5]\d(?= ?(?:GMT|UTC|BST|CET|CEST|EET|EST|EDT|ET|PST|PDT|PT|CST|CDT|MSK|JST|KST|IST|AEST|AEDT|SGT|HKT|WIB|Z|local time|(hours|hrs|h))\b)/g;
/** Characters before a time in which AT_BEFORE_RE looks. */
const AT_BEFORE_CHARS = 16;
/** What stands before "1430 hours" when it is a time; tested only then (a lookbehind in CLOCK_24H_RE costs ten times more). */
const AT_BEFORE_RE = /\bat (?:about |around )?$/;

/**
 * "on 5/12", "since 3/15", "until 11/30": month and day after a word that
 * dates, unless a share follows ("on 1/3 of the land").
 */
const DAY_AFTER_RE = /\b(?:on|since|until|till|through)\s+((?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01]))\b(?![/\d%]|\s+of\b)/gi;

/** Push onto `out` the character ranges of `s` that are such times or dates. */
export function clockAndDayRanges(s: string, out: Array<[number, number]>): void {
  CLOCK_24H_RE.lastIndex = 0;
  for (let m = CLOCK_24H_RE.exec(s); m !== null; m = CLOCK_24H_RE.exec(s)) {
    if (m[1] === undefined || AT_BEFORE_RE.test(s.slice(Math.max(0, m.index - AT_BEFORE_CHARS), m.index))) out.push([m.index, m.index + m[0].length]);
  }
  if (!s.includes('/')) return;
  DAY_AFTER_RE.lastIndex = 0;
  for (let m = DAY_AFTER_RE.exec(s); m !== null; m = DAY_AFTER_RE.exec(s)) {
    const day = m[1] as string;
    out.push([m.index + m[0].length - day.length, m.index + m[0].length]);
  }
}

/**
 * "3:51.29", "1:26.4", "2:04:35": minutes and seconds, or hours, minutes and seconds, of a race or a lap. Decimal
 * seconds are never a clock's; without them the time needs a word of racing in the words before it ("a time of",
 * "finished in", "clocked"), as "at 10:30:00" is a clock's.
 */
const RACE_TIME_RE = /(?<![\d:.])(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(\.\d{1,3})?(?![\d:]|\s?[ap]\.?m\b)/gi;
/** A word of racing in the words before a time without decimals. */
const RACE_WORD_BEFORE_RE = /\b(?:time|times|record|best|clocked|timed|ran|run|finished|won|winning|lap)\b[^.,;:]{0,20}$/i;
/** Characters before a time in which RACE_WORD_BEFORE_RE looks. */
const RACE_WORD_CHARS = 32;
const SECONDS_PER_MINUTE = 60;

/** The race times of `s` as measures in seconds (only called for a sentence with a colon). */
export function raceTimes(s: string): Amount[] {
  const out: Amount[] = [];
  RACE_TIME_RE.lastIndex = 0;
  for (let m = RACE_TIME_RE.exec(s); m !== null; m = RACE_TIME_RE.exec(s)) {
    const [text, a, b, c, fraction] = m as unknown as [string, string, string, string | undefined, string | undefined];
    // Two parts and no decimals is a clock's form; three parts without decimals, or any without a word of racing, too.
    if (fraction === undefined && !RACE_WORD_BEFORE_RE.test(s.slice(Math.max(0, m.index - RACE_WORD_CHARS), m.index))) continue;
    const parts = c === undefined ? [a, b] : [a, b, c];
    const whole = parts.reduce((sum, p) => sum * SECONDS_PER_MINUTE + Number(p), 0);
    const value = Math.round((whole + Number(fraction ?? 0)) * 1000) / 1000;
    out.push(measureAmount({ start: m.index, end: m.index + text.length, text }, 'second', value));
  }
  return out;
}
