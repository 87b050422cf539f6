/**
 * Scoring tagged claims against hand-annotated gold (claims-dev README):
 * a prediction matches a gold claim when its sentence contains the gold quote
 * (quotes folded, whitespace collapsed) and both are in the same place (title
 * or body). Claim-level precision/recall plus per-field accuracy over matches.
 * Figureless predictions in sentences the gold does not annotate do not count.
 */
import type { Bound, Claim } from '../types.js';
import { foldForMatch } from './text.js';

/** One gold claim as annotated in seed-claims.json. */
export interface GoldClaim {
  quote: string;
  in?: 'title' | 'body';
  kind: string;
  measure: string | null;
  value: number | null;
  bound?: Bound;
  low?: number | null;
  high?: number | null;
  unit?: 'share';
  counted?: string;
  source: string | null;
  via?: string | null;
  cue?: string | null;
  hedge?: string | null;
}

/** Gold and predictions of one article. */
export interface EvalDoc {
  doc: string;
  gold: readonly GoldClaim[];
  predicted: readonly Claim[];
}

/** Fields scored on matched claims. */
export const SCORED_FIELDS = ['kind', 'measure', 'value+bound', 'source', 'via'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

/** Scores, counts and the evidence behind them. */
export interface DevReport {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  fieldAccuracy: Record<ScoredField, number>;
  misses: Array<{ doc: string; gold: GoldClaim }>;
  extras: Array<{ doc: string; claim: Claim }>;
  fieldErrors: Array<{ doc: string; field: ScoredField; gold: GoldClaim; claim: Claim }>;
}

const VALUE_TOLERANCE = 1e-6;

/** Score all documents together. */
export function scoreClaims(docs: readonly EvalDoc[]): DevReport {
  const report: DevReport = {
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    precision: 0,
    recall: 0,
    fieldAccuracy: { kind: 0, measure: 0, 'value+bound': 0, source: 0, via: 0 },
    misses: [],
    extras: [],
    fieldErrors: [],
  };
  const correct: Record<ScoredField, number> = { kind: 0, measure: 0, 'value+bound': 0, source: 0, via: 0 };
  for (const doc of docs) scoreDoc(doc, report, correct);
  const tp = report.truePositives;
  report.precision = ratio(tp, tp + report.falsePositives);
  report.recall = ratio(tp, tp + report.falseNegatives);
  for (const f of SCORED_FIELDS) report.fieldAccuracy[f] = ratio(correct[f], tp);
  return report;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function scoreDoc(doc: EvalDoc, report: DevReport, correct: Record<ScoredField, number>): void {
  const used = new Set<Claim>();
  const where = (g: GoldClaim): Claim['in'] => g.in ?? 'body';
  for (const gold of doc.gold) {
    const quote = foldForMatch(gold.quote);
    const candidates = doc.predicted.filter((c) => !used.has(c) && c.in === where(gold) && foldForMatch(c.sentence).includes(quote));
    candidates.sort((a, b) => affinity(gold, b) - affinity(gold, a));
    const match = candidates[0];
    if (!match) {
      report.falseNegatives++;
      report.misses.push({ doc: doc.doc, gold });
      continue;
    }
    used.add(match);
    report.truePositives++;
    for (const field of SCORED_FIELDS) {
      if (fieldCorrect(field, gold, match)) correct[field]++;
      else report.fieldErrors.push({ doc: doc.doc, field, gold, claim: match });
    }
  }
  const annotated = doc.gold.map((g) => ({ quote: foldForMatch(g.quote), in: where(g) }));
  for (const c of doc.predicted) {
    if (used.has(c)) continue;
    // The seed gold annotates measure-pack claims and statements: a general figure no pack measures is outside it.
    if (c.kind === 'quantity') continue;
    const inAnnotated = annotated.some((a) => a.in === c.in && foldForMatch(c.sentence).includes(a.quote));
    if (!hasFigure(c) && !inAnnotated) continue;
    report.falsePositives++;
    report.extras.push({ doc: doc.doc, claim: c });
  }
}

function hasFigure(c: Claim): boolean {
  return c.value !== null || c.low !== null || c.high !== null;
}

/** How well a candidate fits a gold claim: same figure first, then same source and kind. */
function affinity(g: GoldClaim, c: Claim): number {
  const figure = same(g.value, c.value) && same(g.low ?? null, c.low) ? 4 : 0;
  return figure + (g.source === c.source ? 2 : 0) + (g.kind === c.kind ? 1 : 0);
}

function same(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) < VALUE_TOLERANCE;
}

function fieldCorrect(field: ScoredField, g: GoldClaim, c: Claim): boolean {
  switch (field) {
    case 'kind':
      return g.kind === c.kind;
    case 'measure':
      return (g.measure ?? null) === c.measure;
    case 'source':
      return (g.source ?? null) === c.source;
    case 'via':
      return (g.via ?? null) === c.via;
    case 'value+bound':
      return (
        same(g.value ?? null, c.value) &&
        (g.bound ?? null) === c.bound &&
        same(g.low ?? null, c.low) &&
        same(g.high ?? null, c.high) &&
        (g.unit ?? null) === c.unit
      );
  }
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function describe(c: Pick<Claim, 'kind' | 'measure' | 'value' | 'bound' | 'low' | 'high' | 'source' | 'via'>): string {
  const figure = c.value !== null ? `${c.bound ?? ''}${c.value}` : c.low !== null ? `range ${c.low}..${c.high ?? ''}` : 'no figure';
  return `${c.kind}/${c.measure ?? '-'} ${figure} source=${c.source ?? '-'} via=${c.via ?? '-'}`;
}

/** Human-readable report; `detail` adds every miss, extra and field error. */
export function formatReport(r: DevReport, detail = false): string {
  const lines = [
    `claims: tp=${r.truePositives} fp=${r.falsePositives} fn=${r.falseNegatives}`,
    `precision=${pct(r.precision)} recall=${pct(r.recall)}`,
    `field accuracy: ${SCORED_FIELDS.map((f) => `${f}=${pct(r.fieldAccuracy[f])}`).join(' ')}`,
  ];
  if (!detail) return lines.join('\n');
  for (const m of r.misses) lines.push(`MISS  ${m.doc} "${m.gold.quote}"`);
  for (const e of r.extras) lines.push(`EXTRA ${e.doc} ${describe(e.claim)} | ${e.claim.sentence.slice(0, 90)}`);
  for (const e of r.fieldErrors) {
    const gold = {
      ...e.gold,
      value: e.gold.value,
      bound: e.gold.bound ?? null,
      low: e.gold.low ?? null,
      high: e.gold.high ?? null,
      via: e.gold.via ?? null,
      kind: e.gold.kind as Claim['kind'],
    };
    lines.push(`FIELD ${e.doc} ${e.field}: want ${describe(gold)} got ${describe(e.claim)} | "${e.gold.quote.slice(0, 60)}"`);
  }
  return lines.join('\n');
}
