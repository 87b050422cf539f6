// The cross-outlet claim timeline. End to end: crawl the demo sites, build
// the storyline timeline from the published documents and compare it with the
// gold casualty_timeline (test/fixtures/claims/seed-claims.json, never restated here). Then the
// flag rules on small made-up stories that have nothing to do with the seeds.
import { makeClaim } from './helpers/claim.js';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ARTICLES } from '../demo/expectations.js';
import {
  buildClaimTimeline,
  buildStoryTimelines,
  subjectKey,
  timelineInputOf,
  timelineMeasure,
  type ClaimTimeline,
  type DriftFlag,
  type TimelineInput,
  type TimelinePoint,
} from '../pipeline/claims/index.js';
import type { ArticleDocument } from '../pipeline/output.js';
import type { Bound, Claim } from '../pipeline/types.js';
import { GOLD_PATH } from './fixtures/claims/dev-set.js';
import { startDemoCrawl, type DemoCrawlHarness } from './helpers/demo-crawl.js';

interface GoldFigure {
  value: number;
  bound: Bound;
}
interface GoldPoint {
  when: string;
  source: string;
  docs: string[];
  [measure: string]: unknown;
}
interface GoldFile {
  docs: Array<{
    doc: string;
    claims: Array<{ measure: string | null; value: number | null; bound?: Bound; counted?: string; source: string | null; via?: string }>;
  }>;
  storyline: { same_report: string[][]; casualty_timeline: GoldPoint[] };
}

const gold = JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as GoldFile;
const CASUALTY_MEASURES = ['killed', 'wounded', 'killed_or_wounded', 'casualties'];

/** The figures of a gold point, by measure ("killed", "casualties"...). */
function goldFigures(p: GoldPoint): Array<[string, GoldFigure]> {
  return Object.entries(p).filter((e): e is [string, GoldFigure] => CASUALTY_MEASURES.includes(e[0]) && typeof e[1] === 'object');
}

/** The subject the gold counts most often in casualty claims, as a timeline key. */
function goldSubject(): string {
  const tally = new Map<string, number>();
  for (const d of gold.docs) {
    for (const c of d.claims) {
      if (!CASUALTY_MEASURES.includes(c.measure ?? '') || !c.counted) continue;
      const key = subjectKey(c.counted);
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
  }
  return [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

describe('storyline timeline from the demo crawl', () => {
  let harness: DemoCrawlHarness;
  let docs: ArticleDocument[];
  let timeline: ClaimTimeline;
  const seedOf = new Map<string, string>();

  beforeAll(async () => {
    harness = await startDemoCrawl();
    docs = (await harness.runOnce()).published;
    for (const d of docs) {
      const seed = DEMO_ARTICLES.find((a) => new URL(d.article.canonicalUrl).pathname === a.path)?.seedId;
      if (seed) seedOf.set(d.article.id, seed);
    }
    timeline = buildClaimTimeline(docs.map(timelineInputOf));
  });
  afterAll(async () => harness?.close());

  const idOf = (seed: string): string => [...seedOf].find(([, s]) => s === seed)?.[0] ?? `missing ${seed}`;
  const casualtySeries = () => timeline.series.find((s) => s.family === 'casualties' && s.unit === null && s.subject === goldSubject());

  it('publishes every seed article', () => {
    expect(new Set(seedOf.values()).size).toBe(DEMO_ARTICLES.length);
  });

  it('reproduces every point of the gold casualty_timeline', () => {
    const series = casualtySeries();
    expect(series, 'casualty series of the storyline subject').toBeDefined();
    for (const g of gold.storyline.casualty_timeline) {
      const found: TimelinePoint[] = [];
      for (const [measure, figure] of goldFigures(g)) {
        const point = series?.points.find((p) => p.when?.startsWith(g.when) && p.source === g.source && p.measure === timelineMeasure(measure));
        expect(point, `${g.when} ${g.source} ${measure}`).toBeDefined();
        expect({ value: point?.value, bound: point?.bound }, `${g.when} ${g.source} ${measure}`).toEqual(figure);
        if (point) found.push(point);
      }
      const seeds = new Set(found.flatMap((p) => p.articleIds).map((id) => seedOf.get(id)));
      expect(seeds, `${g.when} articles`).toEqual(new Set(g.docs));
    }
  });

  it('flags the drift of a same-report rewrite against its original', () => {
    const drifts = timeline.flags.filter((f): f is DriftFlag => f.type === 'drift');
    for (const g of gold.storyline.casualty_timeline) {
      const pair = gold.storyline.same_report.find((r) => r.every((d) => g.docs.includes(d)));
      if (!pair) continue;
      const [original, copy] = pair as [string, string];
      const [, figure] = goldFigures(g)[0] ?? [];
      // What the copy says instead: its gold claim of the same source and family with another figure.
      const restated = gold.docs
        .find((d) => d.doc === copy)
        ?.claims.find((c) => c.source === g.source && CASUALTY_MEASURES.includes(c.measure ?? '') && (c.value !== figure?.value || c.bound !== figure?.bound));
      const flag = drifts.find((f) => f.source === g.source && f.articleId === idOf(copy));
      expect(flag, `drift of ${copy}`).toBeDefined();
      expect(flag?.duplicateOf).toBe(idOf(original));
      expect({ value: flag?.original.value, bound: flag?.original.bound }).toEqual(figure);
      expect({ value: flag?.restated.value, bound: flag?.restated.bound }).toEqual({ value: restated?.value, bound: restated?.bound });
    }
    expect(drifts).toHaveLength(gold.storyline.same_report.length);
  });

  it('flags updates of one source between gold points, and no conflicts', () => {
    const points = gold.storyline.casualty_timeline;
    for (let k = 1; k < points.length; k++) {
      const later = points[k] as GoldPoint;
      for (const [measure, figure] of goldFigures(later)) {
        const earlier = points
          .slice(0, k)
          .reverse()
          .find((p) => p.source === later.source && goldFigures(p).some(([m]) => m === measure));
        if (!earlier) continue;
        const flag = timeline.flags.find(
          (f) => f.type === 'update' && f.source === later.source && f.measure === timelineMeasure(measure) && f.to.value === figure.value,
        );
        expect(flag, `update to ${later.when} ${measure}`).toBeDefined();
      }
    }
    expect(timeline.flags.filter((f) => f.type === 'conflict')).toEqual([]);
  });

  it('gives a per-story view that keeps the rewrite with its original', () => {
    const stories = buildStoryTimelines(docs.map(timelineInputOf));
    const withCopy = stories.find((s) => s.articleIds.includes(idOf('004_d502b79e978679da')));
    expect(withCopy?.articleIds).toContain(idOf('000_6275b9eade664fba'));
    expect(withCopy?.flags.some((f) => f.type === 'drift')).toBe(true);
    expect(new Set(stories.flatMap((s) => s.articleIds))).toEqual(new Set(docs.map((d) => d.article.id)));
  });
});

// Made-up stories: figures typed in directly, so these test the timeline rules alone.
let claimSeq = 0;
function claim(over: Partial<Claim>): Claim {
  claimSeq += 1;
  return makeClaim({ id: `c${claimSeq}`, value: null, sentence: '', end: 0, ...over });
}
function article(id: string, published: string, claims: Claim[], extra: Partial<TimelineInput> = {}): TimelineInput {
  return { articleId: id, outlet: `outlet-${id}`, published, storyId: 'flood', duplicateOf: null, claims, ...extra };
}

describe('timeline rules', () => {
  it('groups wording variants of one subject and folds killed-or-wounded into casualties', () => {
    const t = buildClaimTimeline([
      article('a', '2025-07-02T09:00:00Z', [claim({ value: 40, counted: 'Bolivian miners', source: 'mines-ministry', measure: 'killed_or_wounded' })]),
      article('b', '2025-07-03T09:00:00Z', [claim({ value: 55, counted: 'Bolivians', source: 'mines-ministry', measure: 'casualties' })]),
    ]);
    const series = t.series.filter((s) => s.family === 'casualties');
    expect(series.map((s) => s.subject)).toEqual(['bolivian miners', 'bolivian']);
    expect(subjectKey('North Korean troops')).toBe(subjectKey('North Koreans'));
    expect(subjectKey('the wounded soldiers')).toBe('');
  });

  it('flags an update when a source raises its toll on a later day', () => {
    const t = buildClaimTimeline([
      article('a', '2025-03-10T08:00:00Z', [claim({ value: 12, bound: '>=', counted: 'residents', source: 'civil-defence' })]),
      article('b', '2025-03-12T08:00:00Z', [claim({ value: 31, counted: 'residents', source: 'civil-defence' })]),
    ]);
    expect(t.flags).toMatchObject([{ type: 'update', source: 'civil-defence', from: { value: 12 }, to: { value: 31, when: '2025-03-12' } }]);
  });

  it('flags a conflict only for figures that cannot both hold within a day', () => {
    const t = buildClaimTimeline([
      article('a', '2025-09-01T10:00:00Z', [claim({ value: 80, bound: '~', counted: 'people', source: 'red-cross' })]),
      article('b', '2025-09-02T06:00:00Z', [claim({ value: 300, bound: '>', counted: 'people', source: 'interior-ministry' })]),
      article('c', '2025-09-01T12:00:00Z', [claim({ value: 75, bound: '=', counted: 'people', source: 'un-ocha' })]),
      article('d', '2025-09-09T12:00:00Z', [claim({ value: 900, counted: 'people', source: 'un-ocha' })]),
    ]);
    const conflicts = t.flags.filter((f) => f.type === 'conflict');
    expect(conflicts.map((f) => f.type === 'conflict' && [f.a.source, f.b.source].sort())).toEqual([
      ['interior-ministry', 'red-cross'],
      ['interior-ministry', 'un-ocha'],
    ]);
  });

  it('flags drift when a rewrite hardens a bound, and keeps the original figure on the point', () => {
    const t = buildClaimTimeline([
      article('orig', '2025-08-20T07:00:00Z', [claim({ value: 2500, bound: '~', measure: 'evacuated', counted: 'residents', source: 'fire-service' })]),
      article('copy', '2025-08-20T11:00:00Z', [claim({ value: 2500, bound: '>', measure: 'evacuated', counted: 'residents', source: 'fire-service' })], {
        duplicateOf: 'orig',
      }),
    ]);
    const point = t.series[0]?.points[0];
    expect(point).toMatchObject({ value: 2500, bound: '~', articleIds: ['orig', 'copy'], outlets: ['outlet-orig', 'outlet-copy'] });
    expect(point?.variants.map((v) => [v.bound, v.onlyInDuplicates])).toEqual([
      ['~', false],
      ['>', true],
    ]);
    expect(t.flags).toMatchObject([{ type: 'drift', articleId: 'copy', duplicateOf: 'orig', original: { bound: '~' }, restated: { bound: '>' } }]);
  });

  it('gives the same timeline when built again over the same member objects, with and without the original of a copy', () => {
    const orig = article('orig', '2025-08-20T07:00:00Z', [
      claim({ value: 2500, bound: '~', measure: 'evacuated', counted: 'residents', source: 'fire-service' }),
    ]);
    const copy = article(
      'copy',
      '2025-08-20T11:00:00Z',
      [claim({ value: 2500, bound: '>', measure: 'evacuated', counted: 'residents', source: 'fire-service' })],
      {
        duplicateOf: 'orig',
      },
    );
    const later = article('later', '2025-08-22T07:00:00Z', [claim({ value: 4000, measure: 'evacuated', counted: 'residents', source: 'fire-service' })]);
    // Member objects are reused from one build to the next (the embedded article log hands them out so).
    for (const members of [[orig, copy], [copy, later], [orig, copy, later], [copy], [orig, copy]]) {
      const fresh = buildClaimTimeline(structuredClone(members));
      expect(buildClaimTimeline(members)).toEqual(fresh);
      expect(buildClaimTimeline(members)).toEqual(fresh);
    }
    expect(buildClaimTimeline([orig, copy]).flags.map((f) => f.type)).toEqual(['drift']);
    expect(buildClaimTimeline([copy, later]).flags.map((f) => f.type)).not.toContain('drift');
  });

  it("credits a relaying person's figures to the agency they cite, and never flags unattributed figures", () => {
    const t = buildClaimTimeline([
      article('a', '2025-05-05T07:00:00Z', [
        claim({ value: 14, counted: 'villagers', source: 'mp-okafor', via: 'emergency-agency' }),
        claim({ value: 60, measure: 'wounded', counted: 'villagers', source: 'mp-okafor' }),
        claim({ value: 5000, measure: 'killed', counted: 'villagers', source: null }),
      ]),
    ]);
    const points = t.series[0]?.points ?? [];
    expect(points.filter((p) => p.source === 'emergency-agency').map((p) => [p.measure, p.value, p.relayedBy])).toEqual([
      ['killed', 14, ['mp-okafor']],
      ['wounded', 60, ['mp-okafor']],
    ]);
    expect(t.flags).toEqual([]);
  });
});
