/**
 * Watches through the HTTP API and the CLI: the same validation and error
 * codes as feeds (422 CONFIG_INVALID with the key meant, 409 for a taken id,
 * 404 for none), secrets never shown, and `test` over the article log.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../api/server.js';
import { parseConfig } from '../config/load.js';
import { openFeedService } from '../feeds/service.js';
import { SqliteAlertOutbox } from '../local/alert-outbox.js';
import { ArticleLog } from '../local/article-log.js';
import { WatchService } from '../local/watch-service.js';
import { SqliteWatchStore } from '../runtime/alerts/watch-store.js';
import { openDb, type Db } from '../runtime/db.js';
import { claim, doc } from './helpers/watch-documents.js';
import { spawnWirewatch } from './helpers/wirewatch-process.js';

const dir = mkdtempSync(join(tmpdir(), 'wirewatch-watches-api-'));
const config = parseConfig({ dataDir: join(dir, 'data'), watches: [{ id: 'from-file', query: 'harbour' }] }, 'test');
let api: RunningApi;
let db: Db;
let closeService: () => void;

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${api.url}${path}`, {
    method,
    ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: await res.json() };
}

beforeAll(async () => {
  db = openDb(config.dataDir);
  const articles = new ArticleLog(db);
  articles.publish(
    doc('Toll rises in the north', 'At least 1,200 people were killed.', {
      id: 'a1',
      claims: [claim({ id: 'c1', value: 1200, sentence: 'At least 1,200 people were killed.' })],
    }),
  );
  articles.publish(doc('Pier closes', 'The harbour authority closes the pier.', { id: 'a2', storyId: 's2' }));
  const watches = new WatchService(new SqliteWatchStore(db, config.watches), new SqliteAlertOutbox(db), articles);
  const { service, close } = openFeedService(config);
  closeService = close;
  api = await startApi({ service, host: '127.0.0.1', port: 0, watches });
});

afterAll(async () => {
  await api?.close();
  closeService?.();
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('watches over HTTP', () => {
  it('adds a watch (201), refuses a taken id (409), a bad query and a misspelt key (422)', async () => {
    const watch = {
      id: 'casualties',
      claims: [{ measure: 'killed', min: 1000 }],
      webhook: { url: 'https://hooks.example.com/a', secret: 'a-secret-of-20-chars' },
    };
    const added = await call('POST', '/watches', watch);
    expect(added.status).toBe(201);
    expect(added.json.definition.webhook).toEqual({ url: 'https://hooks.example.com/a', secret: '***' });
    expect((await call('POST', '/watches', watch)).json.error.code).toBe('WATCH_EXISTS');
    expect((await call('POST', '/watches', watch)).status).toBe(409);
    const badQuery = await call('POST', '/watches', { id: 'q', query: '(a OR b' });
    expect(badQuery.status).toBe(422);
    expect(badQuery.json.error).toEqual({ code: 'CONFIG_INVALID', message: 'query: unbalanced parentheses: a "(" is not closed' });
    const typo = await call('POST', '/watches', { id: 'q', qurey: 'a' });
    expect(typo.status).toBe(422);
    expect(typo.json.error.message).toContain('qurey: unknown key [CONFIG_UNKNOWN_KEY]; did you mean `query`?');
    const short = await call('POST', '/watches', { id: 'q', query: 'a', webhook: { url: 'https://h.example.com', secret: 'short' } });
    expect(short.json.error.message).toContain('webhook.secret: webhook secret: at least 16 characters');
  });

  it('lists config-file and operator watches; tests them over the article log', async () => {
    const list = await call('GET', '/watches');
    expect(list.json.watches.map((w: any) => [w.id, w.origin])).toEqual([
      ['from-file', 'config'],
      ['casualties', 'operator'],
    ]);
    const test = await call('POST', '/watches/test', { id: 'casualties' });
    expect(test.status).toBe(200);
    expect(test.json).toMatchObject({ scanned: 2, watches: ['casualties'] });
    expect(test.json.matches.map((m: any) => [m.articleId, m.claims])).toEqual([['a1', ['At least 1,200 people were killed.']]]);
    const all = await call('POST', '/watches/test', { limit: 1 });
    expect(all.json.matches.map((m: any) => [m.watchId, m.articleId])).toEqual([['from-file', 'a2']]);
    const adHoc = await call('POST', '/watches/test', { watch: { id: 'try', query: 'pier NOT harbour' } });
    expect(adHoc.json.matches).toEqual([]);
    expect((await call('POST', '/watches/test', { id: 'nope' })).status).toBe(404);
  });

  it('removes an operator watch; refuses the config file one (409) and an unknown one (404)', async () => {
    expect((await call('DELETE', '/watches/from-file')).status).toBe(409);
    const removed = await call('DELETE', '/watches/casualties');
    expect(removed.status).toBe(200);
    expect(removed.json.removed.id).toBe('casualties');
    const again = await call('DELETE', '/watches/casualties');
    expect(again).toEqual({ status: 404, json: { error: { code: 'WATCH_UNKNOWN', message: 'no watch "casualties"' } } });
  });

  it('shows alert delivery counts in /health without a token', async () => {
    expect(await call('GET', '/health')).toEqual({ status: 200, json: { status: 'ok', alerts: { pending: 0, failed: 0, lastErrorCode: null } } });
  });
});

describe('watches on the command line', () => {
  it('add, list, test and remove; a bad claim filter exits 2 with its code', async () => {
    const data = join(dir, 'cli');
    const cli = async (...args: string[]) => {
      const p = spawnWirewatch(['watches', ...args, '--data-dir', data]);
      return { code: await p.exited, out: p.output() };
    };
    const added = await cli('add', 'toll', '--claim', 'killed >= 1,000', '--entity', 'NIS', '--digest');
    expect(added.code).toBe(0);
    expect(added.out).toContain('added toll (operator): entities NIS; claims measure=killed min=1000');
    const bad = await cli('add', 'bad', '--claim', 'killed >> 5');
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('[CONFIG_INVALID] --claim "killed >> 5"');
    const list = await cli('list', '--json');
    expect(JSON.parse(list.out).watches.map((w: any) => w.id)).toEqual(['toll']);
    const test = await cli('test', '--query', 'ceasefire NEAR/5 talks', '--last', '10');
    expect(test.out).toContain('0 match(es) of test in the last 0 article(s)');
    expect((await cli('remove', 'toll')).out).toContain('removed "toll"');
    expect((await cli('remove', 'toll')).code).toBe(2);
  });
});
