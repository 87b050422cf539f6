/**
 * The operator HTTP API on a real port (127.0.0.1:0) over the real service,
 * against the demo sites: every route, refusals with status and code, bearer
 * auth, concurrent adds of one feed, the OpenAPI document, the binding rule,
 * and `wirewatch serve` as a child process.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertSafeBinding, startApi, type RunningApi } from '../api/server.js';
import { parseConfig } from '../config/load.js';
import { startDemoSites, type DemoSites } from '../demo/server.js';
import { openFeedService } from '../feeds/service.js';
import { FaultServer } from './helpers/fault-server.js';
import { spawnWirewatch, waitFor } from './helpers/wirewatch-process.js';

const TOKEN = 'test-token-0123456789abcdef';
/** Two `wirewatch serve` processes, each compiling the CLI through tsx. */
const SERVE_TEST_TIMEOUT_MS = 120_000;

let sites: DemoSites;
let fault: FaultServer;
let dir: string;
let api: RunningApi;
let closeService: () => void;

function rawConfig(name: string): Record<string, unknown> {
  return {
    dataDir: join(dir, name),
    outDir: join(dir, `${name}-out`),
    crawler: { perHost: { maxInFlight: 4, minDelayMs: 0 }, allowPrivate: { hosts: [`127.0.0.1:${sites.port}`, `127.0.0.1:${fault.port}`] } },
    feeds: [{ id: 'from-config', url: sites.feeds[1]!.url }],
    api: { token: TOKEN, host: '127.0.0.1', port: 0 },
  };
}

async function call(method: string, path: string, body?: unknown, token: string | null = TOKEN): Promise<{ status: number; json: any }> {
  const headers: Record<string, string> = {};
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${api.url}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  return { status: res.status, json: await res.json() };
}

beforeAll(async () => {
  sites = await startDemoSites({ host: '127.0.0.1', port: 0 });
  fault = await new FaultServer().start();
  fault.route('/page.html', (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><html><head><title>x</title></head><body>no feed</body></html>'),
  );
  dir = mkdtempSync(join(tmpdir(), 'wirewatch-api-'));
  const { service, close } = openFeedService(parseConfig(rawConfig('api'), 'test'));
  closeService = close;
  api = await startApi({ service, token: TOKEN, host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await api?.close();
  closeService?.();
  await sites?.close();
  await fault?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('HTTP API', () => {
  it('answers /health without a token and refuses everything else without the right one', async () => {
    expect(await call('GET', '/health', undefined, null)).toEqual({ status: 200, json: { status: 'ok' } });
    for (const token of [null, 'wrong-token-0123456789']) {
      const res = await call('GET', '/feeds', undefined, token);
      expect(res).toEqual({ status: 401, json: { error: { code: 'UNAUTHORIZED', message: expect.any(String) } } });
    }
    expect((await call('POST', '/feeds', { url: sites.feeds[0]!.url }, null)).status).toBe(401);
  });

  it('adds a feed (201), answers the existing one for a normalised variant (200), lists and shows it', async () => {
    const url = sites.feeds[0]!.url;
    const created = await call('POST', '/feeds', { url, intervalSecs: 300 });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ created: true, feed: { url, pollIntervalSecs: 300, origin: 'operator' } });
    const again = await call('POST', '/feeds', { url: `${url}/#top` });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ created: false, feed: { id: created.json.feed.id } });
    const list = await call('GET', '/feeds');
    expect(list.json.feeds.map((f: { id: string }) => f.id)).toEqual(['from-config', created.json.feed.id]);
    expect(list.json.feeds[1].health).toMatchObject({ consecutiveFailures: 0, lastPolledAt: null });
    expect(await call('GET', `/feeds/${created.json.feed.id}`)).toMatchObject({ status: 200, json: { id: created.json.feed.id, url } });
  });

  it('E8 10 concurrent adds of the same feed make one feed', async () => {
    const url = sites.feeds[3]!.url;
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => call('POST', '/feeds', { url: i % 2 === 0 ? url : `${url}#v${i}` })));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(9);
    expect(new Set(answers.map((a) => a.json.feed.id)).size).toBe(1);
    const list = await call('GET', '/feeds');
    expect(list.json.feeds.filter((f: { url: string }) => f.url === url)).toHaveLength(1);
  });

  it('discovers the feed of a home page', async () => {
    // The Global Dispatch home page advertises its news sitemap first (sites.feeds[2], not added yet).
    const res = await call('POST', '/feeds', { url: `${sites.baseUrl}/global-dispatch/` });
    expect(res.status).toBe(201);
    expect(res.json.feed.url).toBe(sites.feeds[2]!.url);
    expect(sites.feeds.map((f) => f.url)).toContain(res.json.feed.url);
    expect(res.json.notes.join(' ')).toContain('advertises the feed');
  });

  it('refuses bad URLs with 422 and their code, bad requests with 400', async () => {
    const cases: Array<[unknown, string]> = [
      [{ url: 'http://10.0.0.5/' }, 'SSRF_BLOCKED_ADDRESS'],
      [{ url: `http://localhost:${fault.port + 1}/` }, 'SSRF_BLOCKED_ADDRESS'],
      [{ url: 'file:///etc/passwd' }, 'SSRF_BLOCKED_SCHEME'],
      [{ url: `http://admin:pw@127.0.0.1:${sites.port}/northwire/feed.xml` }, 'URL_INVALID'],
      [{ url: fault.url('/page.html') }, 'FEED_NOT_XML'],
      [{ url: sites.feeds[2]!.url, intervalSecs: 10 }, 'CONFIG_INVALID'],
      [{ url: sites.feeds[2]!.url, unknownOption: true }, 'CONFIG_INVALID'],
      [{}, 'CONFIG_INVALID'],
    ];
    for (const [body, code] of cases) {
      const res = await call('POST', '/feeds', body);
      expect({ body, status: res.status, code: res.json.error?.code }).toEqual({ body, status: 422, code });
      expect(res.json.error.message.length).toBeGreaterThan(10);
    }
    const res = await fetch(`${api.url}/feeds`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('REQUEST_INVALID');
    expect(await call('GET', '/nowhere')).toMatchObject({ status: 404, json: { error: { code: 'NOT_FOUND' } } });
  });

  it('pauses, resumes and removes; 404 for unknown feeds, 409 for clashes', async () => {
    const { json } = await call('POST', '/feeds', { url: sites.feeds[4]!.url, id: 'fifth' });
    expect(json.feed.id).toBe('fifth');
    expect(await call('POST', '/feeds/fifth/pause')).toMatchObject({ status: 200, json: { id: 'fifth', paused: true } });
    expect(await call('POST', '/feeds/fifth/resume')).toMatchObject({ status: 200, json: { id: 'fifth', paused: false } });
    expect(await call('POST', '/feeds/from-config/pause')).toMatchObject({ status: 200, json: { paused: true, origin: 'config' } });
    expect(await call('DELETE', '/feeds/from-config')).toMatchObject({ status: 409, json: { error: { code: 'CONFIG_INVALID' } } });
    expect(await call('POST', '/feeds', { url: sites.feeds[5]!.url, id: 'fifth' })).toMatchObject({ status: 409, json: { error: { code: 'CONFIG_INVALID' } } });
    expect(await call('DELETE', '/feeds/fifth')).toMatchObject({ status: 200, json: { removed: { id: 'fifth' } } });
    for (const [method, path] of [
      ['GET', '/feeds/fifth'],
      ['DELETE', '/feeds/fifth'],
      ['POST', '/feeds/fifth/pause'],
      ['POST', '/feeds/fifth/resume'],
    ] as const) {
      expect(await call(method, path)).toMatchObject({ status: 404, json: { error: { code: 'FEED_UNKNOWN' } } });
    }
  });

  it('tests a URL without storing it', async () => {
    const before = (await call('GET', '/feeds')).json.feeds.length;
    const res = await call('POST', '/feeds/test', { url: `${sites.baseUrl}/daily-meridian/` });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ discovered: true, article: { ok: true } });
    expect(res.json.entries.length).toBeGreaterThan(0);
    expect((await call('GET', '/feeds')).json.feeds.length).toBe(before);
    expect(await call('POST', '/feeds/test', { url: 'http://10.0.0.5/' })).toMatchObject({ status: 422, json: { error: { code: 'SSRF_BLOCKED_ADDRESS' } } });
  });

  it('serves an OpenAPI document generated from the schemas', async () => {
    const res = await call('GET', '/openapi.json', undefined, null);
    expect(res.status).toBe(200);
    expect(res.json.openapi).toBe('3.1.0');
    expect(Object.keys(res.json.paths)).toEqual(
      expect.arrayContaining(['/feeds', '/feeds/{id}', '/feeds/{id}/pause', '/feeds/{id}/resume', '/feeds/test', '/health']),
    );
    expect(res.json.paths['/feeds'].post.responses['422'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
    expect(res.json.components.schemas.AddFeedInput.properties.intervalSecs).toMatchObject({ minimum: 60, maximum: 604800 });
    expect(res.json.components.schemas.Feed.required).toEqual(expect.arrayContaining(['id', 'url', 'health']));
  });

  it('refuses to listen beyond loopback without a token', () => {
    expect(() => assertSafeBinding('0.0.0.0', undefined)).toThrow(/api\.token/);
    expect(() => assertSafeBinding('192.168.1.10', undefined)).toThrow(/api\.token/);
    expect(() => assertSafeBinding('0.0.0.0', TOKEN)).not.toThrow();
    for (const host of ['127.0.0.1', '::1', 'localhost', '127.0.0.2']) expect(() => assertSafeBinding(host, undefined)).not.toThrow();
  });

  it(
    '`wirewatch serve` starts from the config, and refuses 0.0.0.0 without a token (exit 2)',
    async () => {
      const withToken = join(dir, 'serve.yaml');
      writeFileSync(withToken, toYaml(rawConfig('serve')));
      const server = spawnWirewatch(['serve', '-c', withToken, '--port', '0']);
      try {
        const url = await waitFor('serve to print its URL', async () => /API on (http:\/\/\S+)/.exec(server.output())?.[1], 30_000);
        const health = await fetch(`${url}/health`);
        expect(health.status).toBe(200);
        const feeds = await fetch(`${url}/feeds`, { headers: { authorization: `Bearer ${TOKEN}` } });
        expect(((await feeds.json()) as { feeds: Array<{ id: string }> }).feeds.map((f) => f.id)).toContain('from-config');
      } finally {
        await server.kill('SIGTERM');
      }
      const open = { ...rawConfig('serve-open'), api: { host: '0.0.0.0', port: 0 } };
      const noToken = join(dir, 'open.yaml');
      writeFileSync(noToken, toYaml(open));
      const refused = spawnWirewatch(['serve', '-c', noToken]);
      expect(await refused.exited).toBe(2);
      expect(refused.output()).toContain('api.token');
    },
    SERVE_TEST_TIMEOUT_MS,
  );
});
