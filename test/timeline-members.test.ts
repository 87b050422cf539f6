// Timeline members on Redis keep only the claim fields the timeline reads
// (pipeline/claims/timeline.ts TIMELINE_CLAIM_FIELDS; workers/timeline-members.ts, local/article-log.ts). Over the tagged seed articles (one story with a
// copy in it) and a made-up story of two sources that disagree: the timeline reads
// no other field, and members read back from their stored JSON give the timeline
// of the full claims.
import { describe, expect, it } from 'vitest';
import { tagArticle } from '../pipeline/chain/index.js';
import { buildClaimTimeline, buildStoryTimelines, TIMELINE_CLAIM_FIELDS, timelineClaims, type TimelineInput } from '../pipeline/claims/index.js';
import type { Claim, ExtractedArticle } from '../pipeline/types.js';
import { storedMemberJson } from '../workers/timeline-members.js';
import { loadDevSet } from './fixtures/claims/dev-set.js';
import { makeClaim } from './helpers/claim.js';

const ORIGINAL = '000_6275b9eade664fba';
const COPY = '004_d502b79e978679da';

/** Two sources a day apart whose figures cannot both hold: a conflict. */
const DISAGREEING: TimelineInput[] = [
  { source: 'red-cross', value: 80, bound: '~', published: '2025-09-01T10:00:00Z' },
  { source: 'interior-ministry', value: 300, bound: '>', published: '2025-09-02T06:00:00Z' },
].map(({ published, ...figure }, i) => ({
  articleId: `flood-${i}`,
  outlet: `outlet-${i}`,
  published,
  storyId: 'flood',
  duplicateOf: null,
  claims: [makeClaim({ id: `flood-claim-${i}`, counted: 'people', sourceText: figure.source, ...(figure as Partial<Claim>) })],
}));

function members(): TimelineInput[] {
  const seed = loadDevSet().map((d): TimelineInput => {
    const article = { title: d.title, text: d.text, publishedAt: d.published, language: 'en' } as ExtractedArticle;
    return {
      articleId: d.doc,
      outlet: d.doc.slice(0, 3),
      published: d.published,
      storyId: 'story',
      duplicateOf: d.doc === COPY ? ORIGINAL : null,
      claims: timelineClaims(tagArticle(article, d.doc)),
    };
  });
  return [...seed, ...DISAGREEING];
}

describe('timeline members as stored on Redis', () => {
  it('the timeline reads no claim field that a stored member leaves out', () => {
    const read = new Set<string>();
    const watched = members().map((m) => ({
      ...m,
      claims: m.claims.map(
        (claim) =>
          new Proxy(claim, {
            get(target, field, receiver) {
              if (typeof field === 'string') read.add(field);
              return Reflect.get(target, field, receiver) as unknown;
            },
          }),
      ),
    }));
    const timeline = buildClaimTimeline(watched);
    buildStoryTimelines(watched);
    // The stories must exercise every kind of flag, or a field only a flag reads could go unseen.
    expect(new Set(timeline.flags.map((f) => f.type))).toEqual(new Set(['update', 'conflict', 'drift']));
    expect([...read].filter((field) => !(TIMELINE_CLAIM_FIELDS as readonly string[]).includes(field))).toEqual([]);
  });

  it('members read back from their stored JSON give the timeline of the full claims', () => {
    const full = members();
    const stored = full.map((m) => JSON.parse(storedMemberJson(m)) as TimelineInput);
    expect(stored.flatMap((m) => m.claims.map((c) => Object.keys(c).length))).not.toContain(Object.keys(full[0]?.claims[0] as Claim).length);
    expect(buildClaimTimeline(stored)).toEqual(buildClaimTimeline(full));
    expect(buildStoryTimelines(stored)).toEqual(buildStoryTimelines(full));
    expect(stored.map((m) => m.claims.length)).toEqual(full.map((m) => m.claims.length));
  });
});
