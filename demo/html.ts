/** Escaping and date formatting shared by the page and feed renderers. */

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', "'": '&#39;' };

/** Escapes text content; quotes stay as typed so article sentences stay verbatim in the HTML. */
export function esc(text: string): string {
  return text.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/** Escapes an attribute value (for double- or single-quoted attributes). */
export function attr(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ATTR_ESCAPES[c] ?? c);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The calendar date as written in an ISO date-time (its own offset, not UTC),
 * which is what a reader of the page sees.
 */
export function localDate(iso: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** "December 23, 2024" */
export function longDate(iso: string): string {
  const { year, month, day } = localDate(iso);
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** "23 December 2024" */
export function britishDate(iso: string): string {
  const { year, month, day } = localDate(iso);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "2024-12-23" */
export function isoDay(iso: string): string {
  return iso.slice(0, 10);
}

/** RFC 822 date for RSS pubDate and HTTP headers. */
export function httpDate(iso: string): string {
  return new Date(iso).toUTCString();
}

/** "14:05", the clock time as written in the ISO date-time. */
export function localTime(iso: string): string {
  return iso.slice(11, 16);
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Thursday", the weekday of the written calendar date. */
export function weekday(iso: string): string {
  const { year, month, day } = localDate(iso);
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
}
