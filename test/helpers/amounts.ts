/**
 * expectFigures: the figures the amount reader finds in a sentence, checked in
 * order against what a news analyst expects (value, unit, bound, low/high,
 * type, rate, from→to) and against their UTF-16 spans.
 */
import { expect } from 'vitest';
import { type Amount, type AmountType, readAmounts } from '../../pipeline/claims/amounts.js';
import type { Bound } from '../../pipeline/types.js';

/** The amount types that can be the figure of a claim (years, ages and durations are not). */
const FIGURES: ReadonlySet<AmountType> = new Set(['count', 'money', 'percent', 'percentage_point', 'share', 'measure']);

export interface Want {
  text: string;
  value?: number | null;
  unit?: string | null;
  bound?: Bound;
  low?: number | null;
  high?: number | null;
  type?: AmountType;
  per?: string | null;
  fromTo?: boolean;
}

export const figures = (s: string): Amount[] => readAmounts(s).filter((a) => FIGURES.has(a.type));

/** The figures of `s` are exactly `want`, in order; each span is where `text` first occurs after the previous one. */
export function expectFigures(s: string, want: Want[]): void {
  const got = figures(s);
  expect(got.map((a) => a.text)).toEqual(want.map((w) => w.text));
  let from = 0;
  want.forEach((w, k) => {
    const a = got[k] as Amount;
    const at = s.indexOf(w.text, from);
    expect([a.start, a.end]).toEqual([at, at + w.text.length]);
    from = a.end;
    const close = (x: number | null | undefined, y: number | null | undefined) =>
      y === undefined ? undefined : y === null ? expect(x).toBeNull() : expect(x).toBeCloseTo(y, 6);
    close(a.value, w.value);
    close(a.low, w.low);
    close(a.high, w.high);
    if (w.unit !== undefined) expect(a.unit).toBe(w.unit);
    if (w.bound !== undefined) expect(a.bound).toBe(w.bound);
    if (w.type !== undefined) expect(a.type).toBe(w.type);
    if (w.per !== undefined) expect(a.per).toBe(w.per);
    if (w.fromTo !== undefined) expect(a.fromTo).toBe(w.fromTo);
  });
}
