/**
 * The claim timeline across stories, for the dashboard: pick one series (a
 * counted subject and measure family, "north korean · casualties") and
 * optionally one source, and get every figure stated for it over time by every
 * outlet, with the updates, conflicts and drift the timeline flags found.
 * Built from the published documents on each request (a timeline is derived
 * data, never stored), over the newest MAX_TIMELINE_ARTICLES of them.
 */
import { z } from 'zod';
import { buildClaimTimeline, timelineInputOf, type TimelineFlag, type TimelinePoint, type TimelineSeries } from '../pipeline/claims/index.js';
import type { ArticleDocument } from '../pipeline/output.js';
import { claimFlagSchema } from '../pipeline/output-flags.js';
import { BOUNDS } from '../pipeline/types.js';

/** Newest documents a cross-story timeline reads: enough for weeks of a beat, bounded for the page. */
export const MAX_TIMELINE_ARTICLES = 5000;

const FLAG_TYPES = ['update', 'conflict', 'drift'] as const;

const sourceChoiceSchema = z.object({
  id: z.string().describe('Canonical source id'),
  name: z.string().describe('Display name (first alias)'),
  points: z.number().int().describe('Points of this source in the series'),
});

const seriesChoiceSchema = z.object({
  key: z.string().describe('Pass as ?series= to select this series'),
  subject: z.string().nullable().describe('Normalised counted subject ("north korean"); null when nothing says what is counted'),
  family: z.string().describe('Measure family: casualties, deployed, returned, or the measure itself'),
  unit: z.string().nullable().describe('Unit of every figure in the series (share, a currency code ...); null for counts'),
  measures: z.array(z.string()).describe('Measures in the series (killed, wounded, casualties ...)'),
  points: z.number().int().describe('Points in the series'),
  flags: z.number().int().describe('Update, conflict and drift flags in the series'),
  sources: z.array(sourceChoiceSchema).describe('Attributed sources, most points first'),
});

const crossPointSchema = z.object({
  when: z.string().nullable().describe('Publication day (YYYY-MM-DD) of the articles stating it; null when undated'),
  source: z.string().nullable().describe('Canonical source id; null when unattributed'),
  relayedBy: z.array(z.string()).describe('Sources that relayed the figure (a lawmaker citing the agency)'),
  measure: z.string().describe('The measure (killed_or_wounded is folded into casualties)'),
  value: z.number().nullable().describe('The amount, as in a claim'),
  bound: z.enum(BOUNDS).nullable().describe('Its qualifier, as in a claim'),
  low: z.number().nullable().describe('Lower end of a range'),
  high: z.number().nullable().describe('Upper end of a range; null when open'),
  articleIds: z.array(z.string()).describe('Articles stating it (keys of `articles`)'),
  marks: z.array(z.object({ type: z.enum(FLAG_TYPES), flag: z.number().int().describe('Index in `flags`') })).describe('Flags this point takes part in'),
});

export const crossTimelineSchema = z.object({
  series: z.array(seriesChoiceSchema).describe('Every series of the timeline, most points first'),
  selected: z
    .object({ key: z.string(), source: z.string().nullable().describe('The source shown, or null for every source') })
    .nullable()
    .describe('The series shown; null when no figure was tagged yet'),
  unit: z.string().nullable().describe("The selected series' unit"),
  points: z.array(crossPointSchema).describe('Points of the selection, oldest first'),
  flags: z.array(claimFlagSchema).describe('Flags of the selection'),
  articles: z
    .record(z.string(), z.object({ title: z.string(), outlet: z.string(), storyId: z.string(), url: z.string(), publishedAt: z.string().nullable() }))
    .describe('The articles the points and flags name, by id'),
  sourceNames: z.record(z.string(), z.string()).describe('Display names of the sources named, by id'),
});
export type CrossTimeline = z.output<typeof crossTimelineSchema>;

export interface CrossTimelineQuery {
  /** Only this story's articles (a story's own timeline); default every story. */
  story?: string | undefined;
  series?: string | undefined;
  source?: string | undefined;
}

const keyOf = (s: Pick<TimelineSeries, 'subject' | 'family' | 'unit'>): string => [s.subject ?? '', s.family, s.unit ?? ''].join('|');
const pointKey = (when: string | null, source: string | null, measure: string): string => `${when}\u0000${source}\u0000${measure}`;

/** The figures of a flag that sit on points of the timeline (the ones marked there). */
function flagFigures(flag: TimelineFlag): Array<{ when: string | null; source: string | null }> {
  if (flag.type === 'update') return [flag.to];
  if (flag.type === 'conflict') return [flag.a, flag.b];
  return [flag.restated];
}

function flagSources(flag: TimelineFlag): Array<string | null> {
  return flag.type === 'conflict' ? [flag.a.source, flag.b.source] : [flag.source];
}

/** The series a flag was found in: same subject, and a point of its measure where the flag's figure sits. */
function inSeries(flag: TimelineFlag, series: TimelineSeries): boolean {
  if (flag.subject !== series.subject) return false;
  const keys = new Set(series.points.map((p) => pointKey(p.when, p.source, p.measure)));
  return flagFigures(flag).every((f) => keys.has(pointKey(f.when, f.source, flag.measure)));
}

function sourceChoices(points: readonly TimelinePoint[], names: Readonly<Record<string, string>>): z.output<typeof sourceChoiceSchema>[] {
  const counts = new Map<string, number>();
  for (const p of points) if (p.source !== null) counts.set(p.source, (counts.get(p.source) ?? 0) + 1);
  return [...counts].map(([id, n]) => ({ id, name: names[id] ?? id, points: n })).sort((a, b) => b.points - a.points || a.name.localeCompare(b.name));
}

/** The amount a point is ordered by: its value, else the ends of its range. */
function amountOf(p: TimelinePoint): number {
  return p.value ?? p.low ?? p.high ?? 0;
}

/** The newest documents, oldest first: the timeline's input. */
function newest(documents: readonly ArticleDocument[]): readonly ArticleDocument[] {
  return documents.length > MAX_TIMELINE_ARTICLES ? documents.slice(documents.length - MAX_TIMELINE_ARTICLES) : documents;
}

export function crossStoryTimeline(documents: readonly ArticleDocument[], query: CrossTimelineQuery, names: Readonly<Record<string, string>>): CrossTimeline {
  const docs = newest(query.story === undefined ? documents : documents.filter((d) => d.story.id === query.story));
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  // An outlet without a site name is still an outlet: its feed names it.
  const timeline = buildClaimTimeline(docs.map((d) => ({ ...timelineInputOf(d), outlet: d.article.siteName ?? d.provenance.feedId })));
  const flagsOf = new Map(timeline.series.map((s) => [s, timeline.flags.filter((f) => inSeries(f, s))]));
  const choices = timeline.series
    .map((s) => ({
      key: keyOf(s),
      subject: s.subject,
      family: s.family,
      unit: s.unit,
      measures: [...new Set(s.points.map((p) => p.measure))].sort(),
      points: s.points.length,
      flags: flagsOf.get(s)?.length ?? 0,
      sources: sourceChoices(s.points, names),
      series: s,
    }))
    .sort((a, b) => b.points - a.points || b.flags - a.flags || a.key.localeCompare(b.key));
  const chosen = choices.find((c) => c.key === query.series) ?? choices[0];
  const empty = { series: [], selected: null, unit: null, points: [], flags: [], articles: {}, sourceNames: {} };
  if (chosen === undefined) return empty;
  const source = chosen.sources.some((s) => s.id === query.source) ? (query.source ?? null) : null;
  // Within a day, smaller figures first: a source's "600 killed" before its "4,700 casualties".
  const points = chosen.series.points
    .filter((p) => source === null || p.source === source)
    .map((p, order) => ({ p, order }))
    .sort((a, b) => (a.p.when === b.p.when && a.p.source === b.p.source ? amountOf(a.p) - amountOf(b.p) : 0) || a.order - b.order)
    .map(({ p }) => p);
  const flags = (flagsOf.get(chosen.series) ?? []).filter((f) => source === null || flagSources(f).includes(source));
  const marksAt = new Map<string, Array<{ type: TimelineFlag['type']; flag: number }>>();
  flags.forEach((flag, index) => {
    for (const f of flagFigures(flag)) {
      const key = pointKey(f.when, f.source, flag.measure);
      marksAt.set(key, [...(marksAt.get(key) ?? []), { type: flag.type, flag: index }]);
    }
  });
  const articleIds = new Set([...points.flatMap((p) => p.articleIds), ...flags.flatMap((f) => (f.type === 'drift' ? [f.articleId, f.duplicateOf] : []))]);
  const articles = Object.fromEntries(
    [...articleIds].flatMap((id) => {
      const d = byId.get(id);
      if (!d) return [];
      const view = {
        title: d.article.title,
        outlet: d.article.siteName ?? d.provenance.feedId,
        storyId: d.story.id,
        url: d.article.canonicalUrl,
        publishedAt: d.article.publishedAt,
      };
      return [[id, view]];
    }),
  );
  const named = new Set([
    ...points.flatMap((p) => [p.source, ...p.relayedBy]),
    ...flags.flatMap(flagSources),
    ...choices.flatMap((c) => c.sources.map((s) => s.id)),
  ]);
  return {
    series: choices.map(({ series: _series, ...choice }) => choice),
    selected: { key: chosen.key, source },
    unit: chosen.unit,
    points: points.map((p) => ({
      when: p.when,
      source: p.source,
      relayedBy: p.relayedBy,
      measure: p.measure,
      value: p.value,
      bound: p.bound,
      low: p.low,
      high: p.high,
      articleIds: p.articleIds,
      marks: marksAt.get(pointKey(p.when, p.source, p.measure)) ?? [],
    })),
    flags,
    articles,
    sourceNames: Object.fromEntries([...named].filter((id): id is string => id !== null).map((id) => [id, names[id] ?? id])),
  };
}
