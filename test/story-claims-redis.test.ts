// The Redis stores of timeline members (a story's, a watch's) hand out one parsed object per
// stored member, so a timeline, built again for each article that joins it, reuses what it
// placed; they keep only the claim fields the timeline reads (test/timeline-members.test.ts).
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClaimTimeline, type TimelineInput, timelineClaims } from '../pipeline/claims/index.js';
import type { Claim } from '../pipeline/types.js';
import { createRedisStoryClaims } from '../workers/redis-dedup/story-claims.js';
import { RedisWatches } from '../workers/watches.js';
import { makeClaim } from './helpers/claim.js';
import { startTestRedis, type TestRedis } from './helpers/redis-server.js';

let server: TestRedis;
let redis: Redis;

beforeAll(async () => {
  server = await startTestRedis();
  redis = new Redis({ path: server.socketPath, maxRetriesPerRequest: null });
});

afterAll(async () => {
  redis?.disconnect();
  await server?.stop();
});

const figure = { measure: 'killed', value: 12, low: null, high: null, bound: '=' } as unknown as Claim;
const statement = { measure: null, value: null, low: null, high: null, bound: null } as unknown as Claim;
const member = (articleId: string): TimelineInput => ({
  articleId,
  outlet: 'Outlet',
  published: null,
  storyId: 's1',
  duplicateOf: null,
  // What the chain records (pipeline/chain/document.ts): the article's timeline claims only.
  claims: timelineClaims([figure, statement]),
});

describe('Redis story members', () => {
  it('reads members back as stored, the timeline claims the chain gave, the same object on every read', async () => {
    const store = createRedisStoryClaims(redis, 'sc-test');
    await store.add('s1', member('a1'));
    await store.add('s1', member('a2'));
    const first = await store.membersOf('s1');
    expect(first.map((m) => m.articleId)).toEqual(['a1', 'a2']);
    expect(first[0]?.claims).toEqual([figure]);
    await store.add('s1', member('a3'));
    const second = await store.membersOf('s1');
    expect(second.map((m) => m.articleId)).toEqual(['a1', 'a2', 'a3']);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
  });

  it('keeps stores apart: another process (another store) parses its own objects', async () => {
    const a = createRedisStoryClaims(redis, 'sc-apart');
    const b = createRedisStoryClaims(redis, 'sc-apart');
    await a.add('s2', member('b1'));
    const [fromA] = await a.membersOf('s2');
    const [fromB] = await b.membersOf('s2');
    expect(fromB).toEqual(fromA);
    expect(fromB).not.toBe(fromA);
  });
});

describe('Redis story members across a rolling upgrade', () => {
  it('reads members an earlier version stored with every claim field beside the cut ones, to the same timeline', async () => {
    const source = (articleId: string, published: string, value: number): TimelineInput => ({
      articleId,
      outlet: `outlet-${articleId}`,
      published,
      storyId: 's3',
      duplicateOf: null,
      claims: [makeClaim({ id: `claim-${articleId}`, value, counted: 'residents', source: 'civil-defence', sentence: 'Residents were counted.' })],
    });
    const older = source('old', '2025-03-10T08:00:00Z', 12);
    const newer = source('new', '2025-03-12T08:00:00Z', 31);
    // What versions before the cut wrote: the member's figure claims whole.
    await redis.rpush('sc-upgrade:sc:s3', JSON.stringify(older));
    const store = createRedisStoryClaims(redis, 'sc-upgrade');
    await store.add('s3', newer);
    const read = await store.membersOf('s3');
    expect(read[0]?.claims[0]).toHaveProperty('sentence');
    expect(read[1]?.claims[0]).not.toHaveProperty('sentence');
    const timeline = buildClaimTimeline(read);
    expect(timeline.flags.map((f) => f.type)).toEqual(['update']);
    expect(timeline).toEqual(buildClaimTimeline([older, newer]));
  });
});

describe('Redis watch timelines', () => {
  const full = (id: string, value: number): Claim =>
    makeClaim({ id, value, sentence: 'A long sentence the timeline never reads.', sourceText: 'the ministry' });
  const watchMember = (articleId: string, claims: Claim[]): TimelineInput => ({
    articleId,
    outlet: 'Outlet',
    published: null,
    storyId: 's1',
    duplicateOf: null,
    claims,
  });

  it("keeps what the timeline reads of each claim, replaces an article's earlier version, and parses a member once", async () => {
    const watches = new RedisWatches(redis, 'wt-test', []);
    await watches.addToTimeline('w1', watchMember('a1', [full('c1', 10)]));
    await watches.addToTimeline('w1', watchMember('a2', [full('c2', 20)]));
    await watches.addToTimeline('w1', watchMember('a1', [full('c3', 30)]));
    const first = await watches.timelineOf('w1');
    expect(first.map((m) => [m.articleId, m.claims.map((c) => c.value)])).toEqual([
      ['a2', [20]],
      ['a1', [30]],
    ]);
    expect(first[0]?.claims[0]).not.toHaveProperty('sentence');
    expect(first[0]?.claims[0]).toMatchObject({ id: 'c2', measure: 'killed', counted: 'people', bound: '=' });
    const second = await watches.timelineOf('w1');
    expect(second[0]).toBe(first[0]);
  });
});
