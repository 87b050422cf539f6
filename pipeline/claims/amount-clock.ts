/**
 * Times and dates that MASK_RE (amount-context.ts) cannot tell from amounts
 * without the word beside them: a 24-hour time written as four digits before
 * a time zone ("0900 GMT", "at 1430 hours") and a month/day date after "on"
 * or "since" ("on 5/12"), where "5/12" alone could be a share.
 */

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
