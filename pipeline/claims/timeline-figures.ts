/**
 * Comparing figures: when two statements can both be true, which of several
 * statements stands for a point, and how far apart two dates are.
 *
 * Invariant: compatibility is lenient. A conflict flag should mean "these
 * cannot both hold", so journalistic looseness ("over 600" for "600",
 * "around 1,100" beside "more than 1,000") never counts as one.
 */
import type { TimelineFigure } from './timeline-types.js';

/** Half-width of "about N" as a share of N. */
export const APPROX_RELATIVE = 0.1;
/** Slack added on both sides when testing whether two intervals meet. */
export const COMPAT_TOLERANCE = 0.05;
const MS_PER_DAY = 86_400_000;

interface Interval {
  lo: number;
  hi: number;
}

/** The values a figure allows. Open bounds are closed: "over 600" allows 600. */
export function intervalOf(f: TimelineFigure): Interval | null {
  const v = f.value;
  if (f.bound === 'range' || v === null) {
    if (f.low === null && f.high === null) return null;
    return { lo: f.low ?? 0, hi: f.high ?? Number.POSITIVE_INFINITY };
  }
  switch (f.bound) {
    case '~':
      return { lo: v * (1 - APPROX_RELATIVE), hi: v * (1 + APPROX_RELATIVE) };
    case '>':
    case '>=':
      return { lo: v, hi: Number.POSITIVE_INFINITY };
    case '<~':
      return { lo: v * (1 - APPROX_RELATIVE), hi: v };
    case '<':
    case '<=':
      return { lo: 0, hi: v };
    default:
      return { lo: v, hi: v };
  }
}

/** True when both figures can describe one true number (unknown figures always can). */
export function compatible(a: TimelineFigure, b: TimelineFigure): boolean {
  const x = intervalOf(a);
  const y = intervalOf(b);
  if (x === null || y === null) return true;
  return x.lo <= y.hi * (1 + COMPAT_TOLERANCE) && y.lo <= x.hi * (1 + COMPAT_TOLERANCE);
}

/** Same figure, same qualifier. */
export function sameFigure(a: TimelineFigure, b: TimelineFigure): boolean {
  return a.value === b.value && a.bound === b.bound && a.low === b.low && a.high === b.high;
}

/** Same amount, whatever the qualifier: a restatement, not an update. */
export function sameAmount(a: TimelineFigure, b: TimelineFigure): boolean {
  return a.value === b.value && a.low === b.low && a.high === b.high;
}

/** The number a figure is ranked by: its value, else the low end of its range. */
export function magnitude(f: TimelineFigure): number {
  return f.value ?? f.low ?? 0;
}

/**
 * The figure that stands for a point, from statements in reading order
 * (oldest article first, then order in the article). The largest amount
 * wins: on one day a source's "more than 1,000" is the floor of its "around
 * 1,100". Among equal amounts the first statement wins: a lead gives the
 * figure with its qualifier; later mentions shorten it ("6,000 casualties").
 */
export function representative<T extends TimelineFigure>(inOrder: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const f of inOrder) if (best === undefined || magnitude(f) > magnitude(best)) best = f;
  return best;
}

/** Day number of a YYYY-MM-DD date, or null for coarser or missing dates. */
export function dayNumber(when: string | null): number | null {
  if (when === null || !/^\d{4}-\d{2}-\d{2}$/.test(when)) return null;
  const t = Date.parse(`${when}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.round(t / MS_PER_DAY);
}

/** The calendar day of a published date as the publisher states it (no time-zone shift). */
export function dayOf(published: string | null): string | null {
  if (published === null) return null;
  const m = /^(\d{4}-\d{2}(?:-\d{2})?)/.exec(published.trim());
  return m?.[1] ?? null;
}

/** Order of dates for sorting: unknown dates last; "2026-01" before "2026-01-05". */
export function compareWhen(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
