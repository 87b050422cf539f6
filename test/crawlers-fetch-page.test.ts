import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed, fetchPage, type PageFetcherDeps } from '../crawlers/fetch-page.js';
import { HostThrottle } from '../crawlers/politeness.js';
import { RobotsCache, createRobotsFetcher } from '../crawlers/robots.js';
import { errorCode, errorKind } from '../pipeline/errors.js';
import { FaultServer, testPolicy } from './helpers/fault-server.js';

const UA = 'wirewatch-test/1.0';
const server = new FaultServer();
let robotsStatus = 200;
const robotsText = 'User-agent: *\nDisallow: /private\n';
const pageHits: number[] = [];
let rateLimitOnce = true;

function deps(extra: { minDelayMs?: number } = {}): PageFetcherDeps {
  const http = { userAgent: UA, deadlineMs: 10_000, maxBodyBytes: 1024 * 1024, maxRedirects: 5, policy: testPolicy(server.port) };
  return {
    http,
    robots: new RobotsCache({ userAgent: UA, fetchRobots: createRobotsFetcher(http) }),
    throttle: new HostThrottle({ maxInFlightPerHost: 2, minDelayMs: extra.minDelayMs ?? 0 }),
  };
}

async function failure(p: Promise<unknown>): Promise<{ kind: string; code: string; err: unknown }> {
  try {
    await p;
  } catch (err) {
    return { kind: errorKind(err), code: errorCode(err), err };
  }
  throw new Error('expected a failure');
}

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><link>/a</link></item></channel></rss>`;

beforeAll(async () => {
  await server.start();
  server
    .route('/robots.txt', (_req, res) => res.writeHead(robotsStatus, { 'content-type': 'text/plain' }).end(robotsText))
    .route('/article', (_req, res) => {
      pageHits.push(Date.now());
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' }).end(iconv.encode('<html><body>Привет</body></html>', 'windows-1251'));
    })
    .route('/private/x', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('secret'))
    .route('/image.png', (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50])))
    .route('/limited', (_req, res) => {
      if (rateLimitOnce) {
        rateLimitOnce = false;
        res.writeHead(429, { 'retry-after': '2' }).end();
        return;
      }
      pageHits.push(Date.now());
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>ok</html>');
    })
    .route('/feed.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"e1"') return void res.writeHead(304, { etag: '"e1"' }).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"e1"', 'last-modified': 'Wed, 01 Jan 2025 00:00:00 GMT' }).end(RSS);
    })
    .route('/sitemap.xml.gz', (_req, res) => {
      const xml = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/s1</loc></url></urlset>`;
      res.writeHead(200, { 'content-type': 'application/x-gzip' }).end(zlib.gzipSync(xml));
    })
    .route('/section', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head></html>');
    })
    .route('/lying-feed', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<html><body>no feed here</body></html>'));
});

afterAll(() => server.close());

describe('fetchPage', () => {
  it('returns a FetchedPage decoded from the declared charset', async () => {
    const page = await fetchPage(server.url('/article'), deps());
    expect(page).toMatchObject({ status: 200, via: 'http', finalUrl: server.url('/article'), requestedUrl: server.url('/article') });
    expect(page.html).toContain('Привет');
  });

  it('robots.txt disallow is ROBOTS_DISALLOWED and the page is never requested', async () => {
    const f = await failure(fetchPage(server.url('/private/x'), deps()));
    expect(f).toMatchObject({ kind: 'permanent', code: 'ROBOTS_DISALLOWED' });
    expect(server.hitCount('/private/x')).toBe(0);
  });

  it('non-HTML content is FETCH_NOT_HTML', async () => {
    expect(await failure(fetchPage(server.url('/image.png'), deps()))).toMatchObject({ kind: 'permanent', code: 'FETCH_NOT_HTML' });
  });

  it('C1 robots.txt answering 503: pages are delayed, not fetched; after recovery they are fetched', async () => {
    robotsStatus = 503;
    const d = deps();
    const before = server.hitCount('/article');
    const f = await failure(fetchPage(server.url('/article'), d));
    expect(f).toMatchObject({ kind: 'rate_limited', code: 'ROBOTS_UNAVAILABLE' });
    expect(server.hitCount('/article')).toBe(before);
    robotsStatus = 200;
    // A fresh cache stands for the short retry window having passed.
    const page = await fetchPage(server.url('/article'), deps());
    expect(page.status).toBe(200);
    expect(server.hitCount('/article')).toBe(before + 1);
  });

  it('C5 a 429 with Retry-After: 2 pauses the host: the next request waits at least 2 s', async () => {
    const d = deps();
    const f = await failure(fetchPage(server.url('/limited'), d));
    const limitedAt = Date.now();
    expect(f.kind).toBe('rate_limited');
    expect((f.err as { retryAfterMs: number }).retryAfterMs).toBe(2000);
    const page = await fetchPage(server.url('/limited'), d);
    expect(page.status).toBe(200);
    expect(pageHits.at(-1)! - limitedAt).toBeGreaterThanOrEqual(1900);
  });
});

describe('fetchFeed', () => {
  it('parses the feed, returns validators, then honours 304 and the content hash', async () => {
    const first = await fetchFeed(server.url('/feed.xml'), 'feed-1', deps());
    expect(first.notModified).toBe(false);
    expect(first.feed?.entries.map((e) => e.url)).toEqual([server.url('/a')]);
    expect(first.etag).toBe('"e1"');
    expect(first.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const second = await fetchFeed(server.url('/feed.xml'), 'feed-1', { ...deps(), conditional: { etag: '"e1"' } });
    expect(second).toMatchObject({ notModified: true, feed: null });
    const third = await fetchFeed(server.url('/feed.xml'), 'feed-1', { ...deps(), conditional: { contentHash: first.contentHash } });
    expect(third).toMatchObject({ notModified: true, feed: null, contentHash: first.contentHash });
  });

  it('gunzips a sitemap served as .xml.gz', async () => {
    const out = await fetchFeed(server.url('/sitemap.xml.gz'), 'feed-2', deps());
    expect(out.feed?.kind).toBe('sitemap');
    expect(out.feed?.entries.map((e) => e.url)).toEqual([server.url('/s1')]);
  });

  it('D4 an HTML page with an alternate link is followed once; one without falls back to common feed paths, else FEED_NOT_XML', async () => {
    const out = await fetchFeed(server.url('/section'), 'feed-3', deps());
    expect(out.feedUrl).toBe(server.url('/feed.xml'));
    expect(out.feed?.entries).toHaveLength(1);
    // No alternate link: /feed, /rss are 404 here, /feed.xml is a feed.
    const viaPath = await fetchFeed(server.url('/lying-feed'), 'feed-4', deps());
    expect(viaPath.feedUrl).toBe(server.url('/feed.xml'));
    expect(await failure(fetchFeed(server.url('/lying-feed'), 'feed-4', { ...deps(), followDiscovery: false }))).toMatchObject({
      kind: 'permanent',
      code: 'FEED_NOT_XML',
    });
  });
});

describe('D10 pages that are not text', () => {
  const big = (): PageFetcherDeps => {
    const d = deps();
    return { ...d, http: { ...d.http, maxBodyBytes: 8 * 1024 * 1024 } };
  };
  const prose = 'Le conseil municipal a ouvert l’abri d’urgence à l’école avant l’aube, a déclaré la préfète. ';
  beforeAll(() => {
    let seed = 24;
    const random = Buffer.alloc(5 * 1024 * 1024);
    for (let i = 0; i < random.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      random[i] = seed >> 16;
    }
    server
      .route('/random', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(random))
      // Random bytes with the binary data bytes taken out: only the decoding shows they are garbage.
      .route('/random-printable', (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(random.subarray(0, 200_000).map((b) => (b < 0x20 ? 0x41 : b))),
      )
      .route('/latin1-labelled-utf8', (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(iconv.encode(`<html><body><p>${prose.repeat(20)}</p></body></html>`, 'latin1')),
      )
      .route('/utf16', (_req, res) =>
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<html><body><p>${prose}</p></body></html>`, 'utf16le')])),
      );
  });

  it('D10 5 MB of random bytes served as text/html is refused as FETCH_NOT_TEXT (permanent), no page comes out', async () => {
    const f = await failure(fetchPage(server.url('/random'), big()));
    expect(f).toMatchObject({ kind: 'permanent', code: 'FETCH_NOT_TEXT' });
    expect((f.err as { context: Record<string, unknown> }).context).toMatchObject({ reason: 'binary bytes', url: server.url('/random') });
  });

  it('D10 printable garbage that does not decode in its charset is FETCH_NOT_TEXT too', async () => {
    const f = await failure(fetchPage(server.url('/random-printable'), big()));
    expect(f).toMatchObject({ kind: 'permanent', code: 'FETCH_NOT_TEXT' });
    expect((f.err as { context: Record<string, unknown> }).context).toMatchObject({ reason: 'undecodable' });
  });

  it('D10 real text passes: a Latin-1 page labelled UTF-8 (a few U+FFFD) and a UTF-16 page (NUL bytes)', async () => {
    expect((await fetchPage(server.url('/latin1-labelled-utf8'), big())).html).toContain('conseil municipal');
    expect((await fetchPage(server.url('/utf16'), big())).html).toContain('Le conseil municipal a ouvert');
  });
});
