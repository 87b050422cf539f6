/**
 * Feed management through the service (the code behind the CLI and the API),
 * against the demo sites and a loopback fault server: checks and refusals with
 * their codes, autodiscovery, duplicates, pause/resume/remove, the dry run,
 * import/export, and operator feeds surviving a restart and being crawled.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../config/load.js';
import type { WirewatchConfig } from '../config/schema.js';
import { startDemoSites, type DemoSites } from '../demo/server.js';
import { openEmbeddedApp } from '../local/app.js';
import { openDb } from '../runtime/db.js';
import { deriveFeedId, feedUrlKey, SqliteFeedRegistry } from '../feeds/registry.js';
import { openFeedService, type FeedService } from '../feeds/service.js';
import { errorCode } from '../pipeline/errors.js';
import { FaultServer } from './helpers/fault-server.js';

let sites: DemoSites;
let fault: FaultServer;
let dir: string;

const HTML_WITHOUT_FEED = '<!doctype html><html><head><title>Just a page</title></head><body><p>No feed here.</p></body></html>';

function configFor(name: string, feeds: Array<Record<string, unknown>> = []): WirewatchConfig {
  return parseConfig(
    {
      dataDir: join(dir, name, 'data'),
      outDir: join(dir, name, 'out'),
      crawler: {
        perHost: { maxInFlight: 4, minDelayMs: 0 },
        allowPrivate: { hosts: [`127.0.0.1:${sites.port}`, `127.0.0.1:${fault.port}`] },
      },
      feeds,
    },
    'test',
  );
}

/** The code a refused operation fails with. */
async function refusedWith(operation: () => unknown): Promise<string> {
  try {
    await operation();
  } catch (err) {
    return errorCode(err);
  }
  throw new Error('the operation was not refused');
}

beforeAll(async () => {
  sites = await startDemoSites({ host: '127.0.0.1', port: 0 });
  fault = await new FaultServer().start();
  fault.route('/page.html', (_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(HTML_WITHOUT_FEED));
  fault.route('/notes.txt', (_req, res) => res.writeHead(200, { 'Content-Type': 'text/plain' }).end('plain text'));
  dir = mkdtempSync(join(tmpdir(), 'wirewatch-feeds-'));
});

afterAll(async () => {
  await sites?.close();
  await fault?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('feed URL keys and ids', () => {
  it('normalises host case, default port, fragment, trailing slash and parameter order, and nothing that may select another feed', () => {
    const key = feedUrlKey('https://example.com/world/rss?a=1&b=2');
    expect(feedUrlKey('HTTPS://Example.COM:443/world/rss/?b=2&a=1#top')).toBe(key);
    expect(feedUrlKey('https://www.example.com/world/rss?a=1&b=2')).not.toBe(key);
    expect(feedUrlKey('https://example.com/world/rss?a=1')).not.toBe(key);
  });

  it('derives lower-case ids from host and path', () => {
    expect(deriveFeedId('https://www.Example.com/World/RSS.xml')).toBe('example-com-world-rss-xml');
    expect(deriveFeedId('https://news.example/')).toBe('news-example');
    expect(deriveFeedId(`https://example.com/${'a'.repeat(100)}`)).toMatch(/^[a-z0-9][a-z0-9_-]{0,63}$/);
  });
});

describe('adding feeds', () => {
  let service: FeedService;
  let close: () => void;

  beforeAll(() => {
    ({ service, close } = openFeedService(configFor('add', [{ id: 'from-config', url: sites.feeds[1]!.url }])));
  });
  afterAll(() => close());

  it('adds a feed URL with its options, and answers the same feed for normalised variants', async () => {
    const url = sites.feeds[0]!.url;
    const first = await service.add({ url, intervalSecs: 600, render: 'http', name: 'North' });
    expect(first).toMatchObject({ created: true, feed: { url, pollIntervalSecs: 600, render: 'http', name: 'North', origin: 'operator', paused: false } });
    expect(first.feed.id).toBe(deriveFeedId(url));
    for (const variant of [`${url}#latest`, `${url}/`, url.replace('http://', 'HTTP://')]) {
      const again = await service.add({ url: variant });
      expect(again, variant).toMatchObject({ created: false, feed: { id: first.feed.id, url } });
    }
    expect(service.list().filter((f) => f.origin === 'operator')).toHaveLength(1);
  });

  it('discovers the feed of a home page through <link rel="alternate"> and stores the feed URL', async () => {
    const home = `${sites.baseUrl}/daily-meridian/`;
    const result = await service.add({ url: home });
    expect(result.created).toBe(true);
    expect(result.feed.url).not.toBe(home);
    expect(sites.feeds.map((f) => f.url)).toContain(result.feed.url);
    expect(result.notes.join(' ')).toContain('advertises the feed');
    // Adding the home page again finds the stored feed without creating another.
    expect((await service.add({ url: home })).created).toBe(false);
  });

  it('answers the config-file feed when its URL is added again', async () => {
    const result = await service.add({ url: sites.feeds[1]!.url });
    expect(result).toMatchObject({ created: false, feed: { id: 'from-config', origin: 'config' } });
  });

  it('refuses unsafe or useless URLs with a stable code, storing nothing', async () => {
    const before = service.list().length;
    expect(await refusedWith(() => service.add({ url: 'http://10.0.0.5/' }))).toBe('SSRF_BLOCKED_ADDRESS');
    expect(await refusedWith(() => service.add({ url: `http://localhost:${sites.port + 1}/feed.xml` }))).toBe('SSRF_BLOCKED_ADDRESS');
    expect(await refusedWith(() => service.add({ url: 'file:///etc/passwd' }))).toBe('SSRF_BLOCKED_SCHEME');
    expect(await refusedWith(() => service.add({ url: `http://user:secret@127.0.0.1:${sites.port}/northwire/feed.xml` }))).toBe('URL_INVALID');
    expect(await refusedWith(() => service.add({ url: 'not a url' }))).toBe('URL_INVALID');
    expect(await refusedWith(() => service.add({ url: fault.url('/page.html') }))).toBe('FEED_NOT_XML');
    expect(await refusedWith(() => service.add({ url: fault.url('/notes.txt') }))).toBe('FEED_NOT_XML');
    expect(await refusedWith(() => service.add({ url: fault.url('/missing.xml') }))).toBe('FETCH_NOT_FOUND');
    for (const intervalSecs of [30, 8 * 24 * 3600, 90.5]) {
      expect(await refusedWith(() => service.add({ url: sites.feeds[2]!.url, intervalSecs }))).toBe('CONFIG_INVALID');
    }
    expect(await refusedWith(() => service.add({ url: sites.feeds[2]!.url, allowPattern: '([' }))).toBe('CONFIG_INVALID');
    expect(await refusedWith(() => service.add({ url: sites.feeds[2]!.url, id: 'from-config' }))).toBe('CONFIG_INVALID');
    expect(service.list()).toHaveLength(before);
  });

  it('explains a refusal in words an operator can act on', async () => {
    const err = await service.add({ url: fault.url('/page.html') }).catch((e: Error) => e);
    expect((err as Error).message).toMatch(/HTML page.*advertises no feed/);
    const blocked = await service.add({ url: 'http://10.0.0.5/' }).catch((e: Error) => e);
    expect((blocked as Error).message).toContain('crawler.allowPrivate');
  });
});

describe('managing feeds', () => {
  it('shows, pauses, resumes and removes operator feeds; config-file feeds are paused but not removed', async () => {
    const { service, close } = openFeedService(configFor('manage', [{ id: 'from-config', url: sites.feeds[1]!.url }]));
    try {
      const { feed } = await service.add({ url: sites.feeds[0]!.url, id: 'north' });
      expect(service.show('north')).toMatchObject({ id: 'north', origin: 'operator', health: { consecutiveFailures: 0, lastPolledAt: null } });
      expect(service.pause('north').paused).toBe(true);
      expect(service.resume('north').paused).toBe(false);
      expect(service.pause('from-config')).toMatchObject({ origin: 'config', paused: true });
      expect(await refusedWith(() => service.remove('from-config'))).toBe('CONFIG_INVALID');
      expect(service.remove('north').url).toBe(feed.url);
      for (const op of [() => service.show('north'), () => service.pause('north'), () => service.resume('north'), () => service.remove('north')]) {
        expect(await refusedWith(op)).toBe('FEED_UNKNOWN');
      }
    } finally {
      close();
    }
  });

  it('test is a dry run: it lists entries and extracts one article, and stores nothing', async () => {
    const { service, close } = openFeedService(configFor('dry-run'));
    try {
      const report = await service.test(`${sites.baseUrl}/korea-frontline/`);
      expect(report).toMatchObject({ discovered: true, existingFeedId: null });
      expect(report.entries.length).toBeGreaterThan(0);
      expect(report.article).toMatchObject({ ok: true });
      expect(report.article?.ok && report.article.text.length).toBeGreaterThan(200);
      expect(service.list()).toEqual([]);
      expect(await refusedWith(() => service.test('http://10.0.0.5/'))).toBe('SSRF_BLOCKED_ADDRESS');
    } finally {
      close();
    }
  });

  it('export writes YAML that import reads back, paused flags included', async () => {
    const source = openFeedService(configFor('export'));
    let yaml: string;
    try {
      await source.service.add({ url: sites.feeds[0]!.url, id: 'north', intervalSecs: 1200 });
      await source.service.add({ url: sites.feeds[3]!.url });
      source.service.pause('north');
      yaml = source.service.export();
    } finally {
      source.close();
    }
    expect(yaml).toContain('pollIntervalSecs: 1200');
    const target = openFeedService(configFor('import'));
    try {
      const bad = `${yaml}  - url: http://10.0.0.5/feed.xml\n  - url: ${sites.feeds[0]!.url}\n    pollIntervalSecs: 5\n`;
      const result = await target.service.import(bad);
      expect(result.items.map((i) => [i.status, i.code])).toEqual([
        ['created', null],
        ['created', null],
        ['refused', 'SSRF_BLOCKED_ADDRESS'],
        ['refused', 'CONFIG_INVALID'],
      ]);
      expect(target.service.show('north')).toMatchObject({ paused: true, pollIntervalSecs: 1200 });
      expect((await target.service.import(yaml)).items.every((i) => i.status === 'existing')).toBe(true);
      expect(await refusedWith(() => target.service.import('feeds: {'))).toBe('CONFIG_INVALID');
    } finally {
      target.close();
    }
  });
});

describe('the registry in the data directory', () => {
  it('keeps one feed per normalised URL across connections, and the config file wins an id clash', () => {
    const config = configFor('registry');
    const dbA = openDb(config.dataDir);
    const dbB = openDb(config.dataDir);
    try {
      const a = new SqliteFeedRegistry(dbA, []);
      const b = new SqliteFeedRegistry(dbB, []);
      const url = 'https://example.com/world/rss.xml';
      const results = [a.register({ id: null, url }, new Date()), b.register({ id: null, url: 'https://EXAMPLE.com:443/world/rss.xml/#x' }, new Date())];
      expect(results.map((r) => 'created' in r && r.created)).toEqual([true, false]);
      expect(b.list().map((f) => f.id)).toEqual(['example-com-world-rss-xml']);
      // A config file that later defines the same id wins; the operator feed is kept but shadowed.
      const withConfig = new SqliteFeedRegistry(dbA, [
        { id: 'example-com-world-rss-xml', url: 'https://other.example/feed', kind: 'auto', pollIntervalSecs: 900, render: 'auto', paused: false },
      ]);
      expect(withConfig.list().map((f) => f.url)).toEqual(['https://other.example/feed']);
      expect(withConfig.entries().find((e) => e.origin === 'operator')?.shadowedBy).toBe('example-com-world-rss-xml');
    } finally {
      dbA.close();
      dbB.close();
    }
  });

  it('operator feeds survive a restart and are crawled by the embedded runner; paused ones are not', async () => {
    const config = configFor('restart');
    const first = openFeedService(config);
    let added: string;
    try {
      added = (await first.service.add({ url: sites.feeds[0]!.url })).feed.id;
      await first.service.add({ url: sites.feeds[2]!.url, id: 'held', paused: true });
    } finally {
      first.close();
    }
    const app = openEmbeddedApp(config, { logger: pino({ level: 'silent' }) });
    try {
      const summary = await app.runner.runOnce();
      expect(summary.feeds.map((f) => [f.feedId, f.status])).toEqual([[added, 'ok']]);
      expect(summary.published.length).toBeGreaterThan(0);
      expect(summary.published.every((e) => e.feedId === added)).toBe(true);
    } finally {
      app.close();
    }
    const again = openFeedService(config);
    try {
      expect(again.service.show(added).health).toMatchObject({ consecutiveFailures: 0, lastErrorCode: null });
      expect(again.service.show(added).health.lastSuccessAt).not.toBeNull();
    } finally {
      again.close();
    }
  });
});
