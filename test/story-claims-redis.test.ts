// The Redis store of story members hands out one parsed object per stored member, so a
// story's timeline, built again for each article that joins it, reuses what it placed.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineInput } from '../pipeline/claims/index.js';
import type { Claim } from '../pipeline/types.js';
import { createRedisStoryClaims } from '../workers/redis-dedup/story-claims.js';
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

const figure = { value: 12, bound: '=' } as unknown as Claim;
const statement = { value: null, bound: null } as unknown as Claim;
const member = (articleId: string): TimelineInput => ({
  articleId,
  outlet: 'Outlet',
  published: null,
  storyId: 's1',
  duplicateOf: null,
  claims: [figure, statement],
});

describe('Redis story members', () => {
  it('reads members back as stored, with figure claims only, the same object on every read', async () => {
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

describe('Redis story members read as appended since', () => {
  /** The members as the list holds them: what every read must give. */
  const stored = async (prefix: string, storyId: string): Promise<string[]> =>
    (await redis.lrange(`${prefix}:sc:${storyId}`, 0, -1)).map((json) => (JSON.parse(json) as TimelineInput).articleId);
  const ids = (members: TimelineInput[]): string[] => members.map((m) => m.articleId);

  it('two writers and a reader past the cap: every read is the stored list; a read after no append moves no member', async () => {
    const [a, b, reader] = [0, 1, 2].map(() => createRedisStoryClaims(redis, 'sc-tail'));
    for (let i = 0; i < 130; i++) {
      await (i % 3 === 0 ? b : a)?.add('s3', member(`m${i}`));
      if (i % 7 === 0 || i > 120) expect(ids((await reader?.membersOf('s3')) ?? [])).toEqual(await stored('sc-tail', 's3'));
      if (i % 2 === 0) expect(ids((await a?.membersOf('s3')) ?? [])).toEqual(await stored('sc-tail', 's3'));
    }
    expect((await stored('sc-tail', 's3')).length).toBe(50);
    const lranges = async (): Promise<number> => Number(/cmdstat_lrange:calls=(\d+)/.exec(await redis.info('commandstats'))?.[1] ?? 0);
    const before = await lranges();
    const again = await reader?.membersOf('s3');
    expect(await lranges()).toBe(before);
    expect(ids(again ?? [])).toEqual(await stored('sc-tail', 's3'));
  });

  it('a count or a list that expired, and a list written without a count, still read as stored', async () => {
    const store = createRedisStoryClaims(redis, 'sc-expiry');
    const other = createRedisStoryClaims(redis, 'sc-expiry');
    for (let i = 0; i < 5; i++) await store.add('s4', member(`e${i}`));
    expect(ids(await store.membersOf('s4'))).toEqual(['e0', 'e1', 'e2', 'e3', 'e4']);
    // The list went first (both expire at one time; one may go a moment before the other).
    await redis.del('sc-expiry:sc:s4');
    expect(ids(await store.membersOf('s4'))).toEqual([]);
    await other.add('s4', member('e5'));
    expect(ids(await store.membersOf('s4'))).toEqual(['e5']);
    // The count went first: the next append starts a new epoch from the list's length.
    await redis.del('sc-expiry:scn:s4');
    expect(ids(await store.membersOf('s4'))).toEqual(['e5']);
    await other.add('s4', member('e6'));
    expect(ids(await store.membersOf('s4'))).toEqual(['e5', 'e6']);
    // Both went, and the story comes again with the same count (a new epoch).
    await redis.del('sc-expiry:sc:s4', 'sc-expiry:scn:s4');
    await other.add('s4', member('x0'));
    await other.add('s4', member('x1'));
    expect(ids(await store.membersOf('s4'))).toEqual(['x0', 'x1']);
    // A list an older version wrote (no count).
    await redis.rpush('sc-expiry:sc:s5', JSON.stringify(member('o0')), JSON.stringify(member('o1')));
    expect(ids(await store.membersOf('s5'))).toEqual(['o0', 'o1']);
    await other.add('s5', member('o2'));
    expect(ids(await store.membersOf('s5'))).toEqual(['o0', 'o1', 'o2']);
    expect(await redis.get('sc-expiry:scn:s5')).toMatch(/:3$/);
  });
});
