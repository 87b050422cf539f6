/**
 * The claim timeline across stories (api/claim-timeline.ts) over hand-made
 * documents: series and source choices, the source and story filters, marks on
 * the points their flags name, and outlets named by their feed when the page
 * gives no site name.
 */
import { describe, expect, it } from 'vitest';
import { crossStoryTimeline } from '../api/claim-timeline.js';
import type { ArticleDocument } from '../pipeline/output.js';
import type { Claim } from '../pipeline/types.js';
import { makeClaim } from './helpers/claim.js';

function claim(id: string, measure: string, value: number, bound: Claim['bound'], source: string): Claim {
  return makeClaim({ id, measure, value, bound, source, counted: 'North Korean soldiers', sentence: 's', checkWorthiness: 1 });
}

function doc(id: string, story: string, published: string, siteName: string | null, claims: Claim[], duplicateOf: string | null = null): ArticleDocument {
  return {
    article: { id, title: `title ${id}`, canonicalUrl: `https://news.example/${id}`, siteName, publishedAt: published },
    story: { id: story },
    dedup: { status: duplicateOf ? 'duplicate' : 'new', duplicateOf },
    provenance: { feedId: `feed-${id}` },
    claims,
  } as unknown as ArticleDocument;
}

const NAMES = { 'south-korea-nis': 'National Intelligence Service', 'south-korea-jcs': "South Korea's Joint Chiefs of Staff" };
// Three stories over a year; the agency's killed figure moves 100 → 600, its casualty figure 4,700 → 6,000.
const DOCS = [
  doc('a1', 's1', '2024-12-23', 'Northwire', [claim('c1', 'killed', 100, '>=', 'south-korea-nis'), claim('c2', 'casualties', 1100, '~', 'south-korea-jcs')]),
  doc('a2', 's1', '2024-12-23', 'Daily Meridian', [claim('c3', 'casualties', 1100, '>', 'south-korea-jcs')], 'a1'),
  doc('a3', 's2', '2025-04-30', 'Korea Frontline', [
    claim('c4', 'killed', 600, '=', 'south-korea-nis'),
    claim('c5', 'casualties', 4700, '~', 'south-korea-nis'),
  ]),
  doc('a4', 's3', '2026-01-12', null, [claim('c6', 'killed_or_wounded', 6000, '~', 'south-korea-nis')]),
];

describe('claim timeline across stories', () => {
  it("follows one source's figures across stories, smaller first within a day, each update marked on its later point", () => {
    const view = crossStoryTimeline(DOCS, { source: 'south-korea-nis' }, NAMES);
    expect(view.series[0]).toMatchObject({ subject: 'north korean', family: 'casualties', measures: ['casualties', 'killed'] });
    expect(view.series[0]!.sources.map((s) => [s.id, s.name])).toEqual([
      ['south-korea-nis', 'National Intelligence Service'],
      ['south-korea-jcs', "South Korea's Joint Chiefs of Staff"],
    ]);
    expect(view.selected).toEqual({ key: view.series[0]!.key, source: 'south-korea-nis' });
    expect(view.points.map((p) => [p.when, p.measure, p.value])).toEqual([
      ['2024-12-23', 'killed', 100],
      ['2025-04-30', 'killed', 600],
      ['2025-04-30', 'casualties', 4700],
      ['2026-01-12', 'casualties', 6000],
    ]);
    expect(view.flags.map((f) => f.type)).toEqual(['update', 'update']);
    const marked = view.points.filter((p) => p.marks.length > 0).map((p) => [p.value, view.flags[p.marks[0]!.flag]!.type]);
    expect(marked).toEqual([
      [600, 'update'],
      [6000, 'update'],
    ]);
    // Every article a point names is described; an outlet without a site name is its feed.
    expect(view.articles.a4).toMatchObject({ outlet: 'feed-a4', storyId: 's3', url: 'https://news.example/a4' });
    expect(view.sourceNames['south-korea-nis']).toBe('National Intelligence Service');
  });

  it('shows every source by default, with the drift of a copy marked, and keeps one story with ?story=', () => {
    const all = crossStoryTimeline(DOCS, {}, NAMES);
    expect(all.selected?.source).toBeNull();
    expect(new Set(all.points.map((p) => p.source))).toEqual(new Set(['south-korea-nis', 'south-korea-jcs']));
    const drift = all.points.find((p) => p.marks.some((m) => m.type === 'drift'));
    expect(drift).toMatchObject({ source: 'south-korea-jcs', when: '2024-12-23' });

    const story = crossStoryTimeline(DOCS, { story: 's1' }, NAMES);
    expect(new Set(story.points.flatMap((p) => p.articleIds))).toEqual(new Set(['a1', 'a2']));
    expect(story.flags.map((f) => f.type)).toEqual(['drift']);
  });

  it('falls back to the largest series and every source for choices it does not know, and answers an empty crawl', () => {
    const view = crossStoryTimeline(DOCS, { series: 'no such series', source: 'no-such-source' }, NAMES);
    expect(view.selected).toEqual({ key: view.series[0]!.key, source: null });
    expect(crossStoryTimeline([], {}, NAMES)).toMatchObject({ series: [], selected: null, points: [] });
  });
});
