/**
 * Relative times a page prints for its date ("3 hours ago", "vor 20 Minuten",
 * "il y a 2 heures"), read against the fetch time. Only minutes and hours: a
 * page rounds "3 days ago" over a whole day or more, so the day it names is
 * not known; within a day the instant is known to the unit, and its UTC day is
 * given (the page names no zone).
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
/** Over a day the page rounds; "23 hours ago" is the most a relative time is read for. */
const MAX_RELATIVE_MS = 24 * HOUR_MS;

/**
 * "N minutes/hours ago" in English, German, French, Spanish, Italian,
 * Portuguese and Dutch: the number, then the unit's word, after a publication
 * label at most. A relative time is the whole label.
 */
const RELATIVE_TIME =
  /^(?:(?:published|posted|veröffentlicht|publié|publicado|pubblicato|gepubliceerd):?\s+)?(?:vor|il y a|hace|há)?\s*(\d{1,2})\s*(minutes?|mins?|min|m|hours?|hrs?|h|minuten?|stunden?|heures?|minutos?|horas?|minuti|ore|uur)\.?\s*(?:ago|fa|geleden)?$/iu;
/** The words that make a number and unit a time before now ("3 h" alone is a duration). */
const BEFORE_NOW = /(^|\s)(ago|vor|il y a|hace|há|fa|geleden)(\s|$)/iu;
/** The unit words of an hour; the rest are minutes. */
const HOUR_UNITS = /^(hours?|hrs?|h|stunden?|heures?|horas?|ore|uur)$/i;

/** The UTC day of a relative time printed as a date label, or null when it is none (or over a day). */
export function relativeDay(text: string, fetchedAtMs: number): string | null {
  const m = RELATIVE_TIME.exec(text.trim());
  if (!m) return null;
  if (!BEFORE_NOW.test(text)) return null;
  const ms = Number(m[1]) * (HOUR_UNITS.test(m[2] ?? '') ? HOUR_MS : MINUTE_MS);
  if (ms >= MAX_RELATIVE_MS) return null;
  return new Date(fetchedAtMs - ms).toISOString().slice(0, 10);
}
