// One FeedState port (feeds/state.ts), two adapters: SQLite (embedded) and Redis
// (distributed) keep the same state for the same calls.
import { Redis } from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedStateSqlite } from '../feeds/state-sqlite.js';
import { emptyFeedState, validatorsAfter, type FeedStateStore } from '../feeds/state.js';
import { openDb, type Db } from '../runtime/db.js';
import { FeedStateRedis } from '../workers/feed-state-redis.js';
import { startTestRedis, type TestRedis } from './helpers/redis-server.js';

let server: TestRedis;
const dirs: string[] = [];
const dbs: Db[] = [];
const clients: Redis[] = [];
let seq = 0;

beforeAll(async () => {
  server = await startTestRedis();
});
afterAll(async () => {
  for (const db of dbs) db.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  for (const c of clients) c.disconnect();
  await server?.stop();
});

const adapters: Array<[string, () => FeedStateStore]> = [
  [
    'sqlite',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'wirewatch-feed-state-'));
      dirs.push(dir);
      const db = openDb(dir);
      dbs.push(db);
      return new FeedStateSqlite(db);
    },
  ],
  [
    'redis',
    () => {
      const client = new Redis({ path: server.socketPath });
      clients.push(client);
      return new FeedStateRedis(client, `feed-state-${++seq}`);
    },
  ],
];

describe.each(adapters)('FeedState contract: %s', (_name, open) => {
  it('knows nothing of a feed never polled', async () => {
    expect(await open().get('north')).toEqual(emptyFeedState('north'));
  });

  it('keeps what a poll that answered recorded, and clears the failures', async () => {
    const store = open();
    await store.recordFailure('north', {
      code: 'FETCH_TIMEOUT',
      message: 'timed out',
      at: '2026-01-01T00:00:00.000Z',
      intervalSecs: 900,
      nextPollAt: '2026-01-01T00:30:00.000Z',
    });
    await store.recordSuccess('north', {
      etag: '"v2"',
      lastModified: null,
      contentHash: 'abc',
      at: '2026-01-01T01:00:00.000Z',
      intervalSecs: 600,
      nextPollAt: '2026-01-01T01:10:00.000Z',
    });
    expect(await store.get('north')).toEqual({
      ...emptyFeedState('north'),
      etag: '"v2"',
      contentHash: 'abc',
      lastPolledAt: '2026-01-01T01:00:00.000Z',
      lastSuccessAt: '2026-01-01T01:00:00.000Z',
      nextPollAt: '2026-01-01T01:10:00.000Z',
      intervalSecs: 600,
    });
  });

  it('keeps where a document above the parse limit is read on, and forgets it once read to the end', async () => {
    const store = open();
    const poll = { lastModified: null, at: '2026-01-01T00:00:00.000Z', intervalSecs: 600, nextPollAt: '2026-01-01T00:10:00.000Z' };
    const state0 = await store.get('big');
    // First read: 50,000 of 100,000 items; no validators kept, the first read's hash to compare.
    const first = validatorsAfter(state0, { etag: '"e1"', lastModified: null, contentHash: 'h1', nextOffset: 50_000 });
    expect(first).toEqual({ etag: null, lastModified: null, contentHash: 'h1', resumeOffset: 50_000 });
    await store.recordSuccess('big', { ...poll, ...first });
    const state1 = await store.get('big');
    expect(state1.resumeOffset).toBe(50_000);
    // Read to the end of the same document: its validators are kept, the offset forgotten.
    const last = validatorsAfter(state1, { etag: '"e1"', lastModified: null, contentHash: 'h1', nextOffset: null });
    expect(last).toEqual({ etag: '"e1"', lastModified: null, contentHash: 'h1', resumeOffset: 0 });
    await store.recordSuccess('big', { ...poll, ...last });
    expect(await store.get('big')).toMatchObject({ etag: '"e1"', contentHash: 'h1', resumeOffset: 0 });
    // A document that changed on the way keeps no validators: the next poll reads it from its start.
    expect(validatorsAfter(state1, { etag: '"e2"', lastModified: null, contentHash: 'h2', nextOffset: null })).toEqual({
      etag: null,
      lastModified: null,
      contentHash: null,
      resumeOffset: 0,
    });
  });

  it('counts consecutive failures and keeps the last error, the interval and the next try', async () => {
    const store = open();
    const failure = (at: string, nextPollAt: string) => ({ code: 'HTTP_5XX', message: 'server error 503', at, intervalSecs: 1200, nextPollAt });
    await store.recordFailure('south', failure('2026-01-01T00:00:00.000Z', '2026-01-01T00:40:00.000Z'));
    await store.recordFailure('south', failure('2026-01-01T00:40:00.000Z', '2026-01-01T02:00:00.000Z'));
    expect(await store.get('south')).toMatchObject({
      consecutiveFailures: 2,
      lastErrorCode: 'HTTP_5XX',
      lastErrorMessage: 'server error 503',
      lastPolledAt: '2026-01-01T00:40:00.000Z',
      lastSuccessAt: null,
      nextPollAt: '2026-01-01T02:00:00.000Z',
      intervalSecs: 1200,
    });
  });
});
