/**
 * Flags on a timeline: updates (a source moves its figure), conflicts
 * (sources disagree on the same day) and drift (a copy restates a source's
 * figure differently from the article it copies).
 *
 * Invariant: unattributed figures are never flagged; a flag always names
 * the source(s) it is about, so an editor can check it.
 */
import type { Claim } from '../types.js';
import { compatible, dayNumber, magnitude, sameAmount, sameFigure } from './timeline-figures.js';
import type { ConflictFlag, DriftFlag, FlagFigure, TimelineFigure, TimelinePoint, TimelineSeries, UpdateFlag } from './timeline-types.js';

/** Dates at most this many days apart count as "the same day" for conflicts. */
export const CONFLICT_WINDOW_DAYS = 1;

/** One figure claim placed on the timeline. */
export interface Statement extends TimelineFigure {
  claim: Claim;
  articleId: string;
  outlet: string | null;
  /** Article this one copies, when that article is part of the input. */
  duplicateOf: string | null;
  when: string | null;
  source: string | null;
  relayedBy: string | null;
  subject: string | null;
  family: string;
  measure: string;
  unit: string | null;
}

function pointFigure(p: TimelinePoint): FlagFigure {
  return { value: p.value, bound: p.bound, low: p.low, high: p.high, when: p.when, source: p.source, articleIds: p.articleIds };
}

function statementFigure(s: Statement): FlagFigure {
  return { value: s.value, bound: s.bound, low: s.low, high: s.high, when: s.when, source: s.source, articleIds: [s.articleId] };
}

/** Same source and measure, a later point with a different amount. */
export function findUpdates(series: readonly TimelineSeries[]): UpdateFlag[] {
  const out: UpdateFlag[] = [];
  for (const s of series) {
    const bySource = new Map<string, TimelinePoint[]>();
    for (const p of s.points) {
      if (p.source === null) continue;
      const key = `${p.source}\u0000${p.measure}`;
      bySource.set(key, [...(bySource.get(key) ?? []), p]);
    }
    for (const points of bySource.values()) {
      // Points are already in date order; compare each with the one before it.
      for (let k = 1; k < points.length; k++) {
        const [from, to] = [points[k - 1], points[k]];
        if (!from || !to || from.when === to.when || sameAmount(from, to) || to.source === null) continue;
        out.push({ type: 'update', subject: s.subject, measure: to.measure, source: to.source, from: pointFigure(from), to: pointFigure(to) });
      }
    }
  }
  return out;
}

function withinWindow(a: string | null, b: string | null): boolean {
  if (a !== null && a === b) return true;
  const [x, y] = [dayNumber(a), dayNumber(b)];
  return x !== null && y !== null && Math.abs(x - y) <= CONFLICT_WINDOW_DAYS;
}

/** Different sources, same measure, within a day, figures that cannot both hold. */
export function findConflicts(series: readonly TimelineSeries[]): ConflictFlag[] {
  const out: ConflictFlag[] = [];
  for (const s of series) {
    const attributed = s.points.filter((p) => p.source !== null);
    for (let i = 0; i < attributed.length; i++) {
      for (let j = i + 1; j < attributed.length; j++) {
        const [a, b] = [attributed[i], attributed[j]];
        if (!a || !b || a.source === b.source || a.measure !== b.measure) continue;
        if (!withinWindow(a.when, b.when) || compatible(a, b)) continue;
        out.push({ type: 'conflict', subject: s.subject, measure: a.measure, a: pointFigure(a), b: pointFigure(b) });
      }
    }
  }
  return out;
}

function sameTopic(a: Statement, b: Statement): boolean {
  return a.source === b.source && a.subject === b.subject && a.family === b.family && a.measure === b.measure && a.unit === b.unit;
}

/**
 * For every statement of a duplicate article, the original's statements of
 * the same source and measure: none equal means the copy drifted. The
 * original figure shown is the closest one (same amount first).
 */
export function findDrift(statements: readonly Statement[]): DriftFlag[] {
  const out: DriftFlag[] = [];
  const seen = new Set<string>();
  for (const copy of statements) {
    if (copy.duplicateOf === null || copy.source === null) continue;
    const originals = statements.filter((o) => o.articleId === copy.duplicateOf && sameTopic(o, copy));
    if (originals.length === 0 || originals.some((o) => sameFigure(o, copy))) continue;
    const closest = [...originals].sort(
      (x, y) =>
        Number(sameAmount(y, copy)) - Number(sameAmount(x, copy)) || Math.abs(magnitude(x) - magnitude(copy)) - Math.abs(magnitude(y) - magnitude(copy)),
    )[0];
    if (!closest) continue;
    const key = [copy.articleId, copy.source, copy.measure, copy.value, copy.bound, copy.low, copy.high].join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      type: 'drift',
      subject: copy.subject,
      measure: copy.measure,
      source: copy.source,
      articleId: copy.articleId,
      duplicateOf: copy.duplicateOf,
      original: statementFigure(closest),
      restated: statementFigure(copy),
    });
  }
  return out;
}
