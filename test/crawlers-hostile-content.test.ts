/**
 * Fault matrix B6 (internal URLs listed by a feed or sitemap) and D7 (XSS
 * payloads in feed items and pages): filtered at discovery, counted, and never
 * connected to; titles, URLs and extracted text come out plain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed, type PageFetcherDeps } from '../crawlers/fetch-page.js';
import { parseFeed } from '../crawlers/feeds.js';
import { HostThrottle } from '../crawlers/politeness.js';
import { toPlainText } from '../crawlers/plain-text.js';
import { RobotsCache, createRobotsFetcher } from '../crawlers/robots.js';
import { PRODUCTION_URL_POLICY, isBlockedLiteral } from '../crawlers/url-policy.js';
import { extractArticle } from '../pipeline/extract/index.js';
import { errorCode } from '../pipeline/errors.js';
import { Canary, FaultServer, testPolicy } from './helpers/fault-server.js';

const server = new FaultServer();
const canary = new Canary();
const canary6 = new Canary();
/** Matches the start of any tag, comment or processing instruction. */
const TAG = /<[a-z/!?]/i;
const SCRIPT_SCHEME = /(java|vb)script:|data:/i;

function deps(): PageFetcherDeps {
  const http = { userAgent: 'wirewatch-test/1.0', deadlineMs: 10_000, maxBodyBytes: 1024 * 1024, maxRedirects: 3, policy: testPolicy(server.port) };
  return {
    http,
    robots: new RobotsCache({ userAgent: 'wirewatch-test/1.0', fetchRobots: createRobotsFetcher(http) }),
    throttle: new HostThrottle({ minDelayMs: 0 }),
  };
}

/** Every way of naming an internal address in a listing; all must be dropped. */
function internalUrls(): string[] {
  return [
    'http://10.0.0.1/',
    `http://127.0.0.2:${canary.port}/`,
    `http://2130706434:${canary.port}/decimal`,
    `http://0x7f000002:${canary.port}/hex`,
    `http://[::1]:${canary6.port}/`,
    `http://[::ffff:127.0.0.2]:${canary.port}/mapped`,
    `http://localhost:${canary.port}/`,
    'http://169.254.169.254/latest/meta-data/',
    `http://127.0.0.1:${server.port + 1}/other-port`,
  ];
}

beforeAll(async () => {
  await Promise.all([server.start(), canary.start('127.0.0.2'), canary6.start('::1')]);
  const locs = [...internalUrls(), server.url('/kept')].map((u) => `<url><loc>${u}</loc></url>`).join('');
  const items = [...internalUrls(), server.url('/kept')].map((u) => `<item><title>t</title><link>${u}</link></item>`).join('');
  server
    .route('/robots.txt', (_req, res) => res.writeHead(404).end())
    .route('/sitemap.xml', (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs}</urlset>`),
    )
    .route('/index.xml', (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(`<sitemapindex><sitemap><loc>http://10.0.0.1/s.xml</loc></sitemap><sitemap><loc>${server.url('/sitemap.xml')}</loc></sitemap></sitemapindex>`),
    )
    .route('/rss.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss><channel>${items}</channel></rss>`))
    .route('/section', (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<html><head><link rel="alternate" type="application/rss+xml" href="http://127.0.0.2:${canary.port}/feed"></head><body><a href="http://127.0.0.2:${canary.port}/">x</a></body></html>`,
        ),
    );
});

afterAll(async () => {
  await Promise.all([server.close(), canary.close(), canary6.close()]);
});

describe('internal URLs in listings (fault matrix B6)', () => {
  it('B6 a sitemap listing internal addresses: dropped at discovery, counted, canary connections 0', async () => {
    const out = await fetchFeed(server.url('/sitemap.xml'), 'f', deps());
    expect(out.feed!.entries.map((e) => e.url)).toEqual([server.url('/kept')]);
    expect(out.feed!.blockedEntries).toBe(internalUrls().length);
    expect(out.feed!.warnings).toContain('SSRF_BLOCKED_ADDRESS');
    expect(canary.connections + canary6.connections).toBe(0);
  });

  it('B6 an RSS feed listing internal addresses is filtered the same way', async () => {
    const out = await fetchFeed(server.url('/rss.xml'), 'f', deps());
    expect(out.feed!.entries.map((e) => e.url)).toEqual([server.url('/kept')]);
    expect(out.feed!.blockedEntries).toBe(internalUrls().length);
  });

  it('B6 a sitemap index pointing at an internal address keeps only the public child', async () => {
    const out = await fetchFeed(server.url('/index.xml'), 'f', deps());
    expect(out.feed!.sitemaps).toEqual([server.url('/sitemap.xml')]);
    expect(out.feed!.blockedEntries).toBe(1);
  });

  it('B6 a page advertising an internal feed is refused at the hop: SSRF_BLOCKED_ADDRESS, canary 0', async () => {
    const err = await fetchFeed(server.url('/section'), 'f', deps()).catch((e: unknown) => e);
    expect(errorCode(err)).toBe('SSRF_BLOCKED_ADDRESS');
    expect(canary.connections + canary6.connections).toBe(0);
  });

  it('B6 the literal check needs no DNS and leaves names to fetch time; the policy allowlist still applies', () => {
    expect(isBlockedLiteral(new URL('http://10.1.2.3/'), PRODUCTION_URL_POLICY)).toBe(true);
    expect(isBlockedLiteral(new URL('http://app.localhost/'), PRODUCTION_URL_POLICY)).toBe(true);
    expect(isBlockedLiteral(new URL('http://internal.example/'), PRODUCTION_URL_POLICY)).toBe(false);
    expect(isBlockedLiteral(new URL('http://93.184.216.34/'), PRODUCTION_URL_POLICY)).toBe(false);
    expect(isBlockedLiteral(new URL(server.url('/x')), testPolicy(server.port))).toBe(false);
    // parseFeed without a policy uses the production one.
    const feed = parseFeed(`<rss><channel><item><link>${server.url('/x')}</link></item></channel></rss>`, 'https://f.example/', 'f');
    expect([feed.entries.length, feed.blockedEntries]).toEqual([0, 1]);
  });
});

const HOSTILE_RSS = `<?xml version="1.0"?>
<rss version="2.0"><channel><title><![CDATA[<script>alert(1)</script>Hostile <b>feed</b>]]></title>
<item><title><![CDATA[<img src=x onerror=alert(1)>Breaking]]></title><link>javascript:alert(1)</link></item>
<item><title>&lt;svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/svg&gt;Svg news</title><link>jav&#x09;ascript:alert(1)</link></item>
<item><title>Data</title><link><![CDATA[data:text/html,<script>alert(1)</script>]]></link></item>
<item><title>Mixed case</title><link>  JaVaScRiPt:alert(1)</link></item>
<item><title>Vb</title><link>vbscript:msgbox(1)</link></item>
<item><title><![CDATA[<noscript><p title="</noscript><img src=x onerror=alert(1)>">Mutation</p></noscript>]]></title><link>https://n.example/mx</link></item>
<item><title><![CDATA[&lt;script&gt;alert(1)&lt;/script&gt;Double escaped]]></title><link>https://n.example/double</link></item>
<item><title>Tom &lt;3 Jerry</title><link>https://n.example/"><script>alert(1)</script></link><author><![CDATA[<a href="javascript:alert(1)">Eve</a>]]></author></item>
</channel></rss>`;

const HOSTILE_ATOM = `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title type="html">&lt;b onmouseover="alert(1)"&gt;Bold&lt;/b&gt; move</title><link href="javascript:alert(1)"/></entry>
<entry><title type="html">&lt;svg/onload=alert(1)&gt;Fine</title><link href="https://n.example/atom"/></entry>
</feed>`;

const HOSTILE_JSON = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: '<iframe src="javascript:alert(1)"></iframe>J',
  items: [
    { id: '1', url: 'javascript:alert(1)', title: 'x' },
    { id: '2', url: 'https://n.example/json', title: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>Json' },
  ],
});

const HOSTILE_PAGE = `<!doctype html><html><head><title>Hostile &lt;b&gt;page</title>
<script>alert(1)</script><meta property="og:title" content="<img src=x onerror=alert(1)>Headline"></head>
<body><article><h1><img src=x onerror=alert(1)>Headline</h1>
<p>First paragraph of the story with enough words to count as article text for the extractor to keep it around.</p>
<p>Click <a href="javascript:alert(1)">here</a> or <a href="jav&#x09;ascript:alert(2)">there</a> for more on the story today.</p>
<svg><script>alert(3)</script></svg>
<p>Second paragraph <img src=x onerror=alert(4)> of the story goes on about the events of the day in some detail.</p>
<noscript><p title="</noscript><img src=x onerror=alert(5)>">mutation</p></noscript>
<p>Third <math><mtext><table><mglyph><style><img src=x onerror=alert(6)></style></mglyph></table></mtext></math> paragraph describes what officials said after the meeting ended.</p>
<svg></p><style><a id="</style><img src=1 onerror=alert(7)>"></a></style></svg>
<p>Fourth paragraph <iframe src="javascript:alert(8)"></iframe> closes the report with a quote from a witness at the scene.</p>
</article></body></html>`;

describe('XSS payloads (fault matrix D7)', () => {
  const feeds = [
    parseFeed(HOSTILE_RSS, 'https://n.example/feed', 'rss'),
    parseFeed(HOSTILE_ATOM, 'https://n.example/atom.xml', 'atom'),
    parseFeed(HOSTILE_JSON, 'https://n.example/feed.json', 'json'),
  ];

  it('D7 entry URLs with javascript:, vbscript: and data: schemes are dropped, however spelled', () => {
    const urls = feeds.flatMap((f) => f.entries.map((e) => e.url));
    expect(urls).toEqual([
      'https://n.example/mx',
      'https://n.example/double',
      // The XML parser read <script> as an element of <link>, whose content is never text; the rest is percent-encoded.
      'https://n.example/%22%3E',
      'https://n.example/atom',
      'https://n.example/json',
    ]);
    for (const url of urls) {
      expect(url).not.toMatch(SCRIPT_SCHEME);
      expect(url).not.toMatch(TAG);
    }
  });

  it('D7 titles and authors are plain text: no tag survives, script content is gone, text is kept', () => {
    const entries = feeds.flatMap((f) => f.entries);
    // '">Mutation' is what a browser shows for that mXSS string too; the JSON title
    // was all markup (its text sits inside a <style>), so the entry has none.
    expect(entries.map((e) => e.title)).toEqual(['">Mutation', 'Double escaped', 'Tom <3 Jerry', 'Fine', undefined]);
    expect(feeds.map((f) => f.title)).toEqual(['Hostile feed', 'A', 'J']);
    expect(entries.find((e) => e.author)?.author).toBe('Eve');
    for (const text of [...entries.flatMap((e) => [e.title ?? '', e.author ?? '']), ...feeds.map((f) => f.title ?? '')]) {
      expect(text).not.toMatch(TAG);
      expect(text).not.toMatch(/alert\(|onerror|javascript:/i);
    }
  });

  it('D7 toPlainText gives up unwrapping after a few levels but still leaves no tag', () => {
    let nested = '<b>deep</b>';
    for (let i = 0; i < 6; i++) nested = nested.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(toPlainText(nested)).not.toMatch(TAG);
    expect(toPlainText('<<a>a>b')).not.toMatch(TAG);
  });

  it('D7 the extract stage gives plain text: no markup, no script, no javascript: URL', () => {
    const article = extractArticle({ html: HOSTILE_PAGE, url: 'https://n.example/story' });
    expect(article.text).toContain('First paragraph');
    expect(article.text).toContain('Fourth paragraph');
    expect(article.text).not.toMatch(TAG);
    expect(article.text).not.toMatch(/alert\(|onerror|javascript:/i);
  });

  it('D7 the extract stage title is plain text too', () => {
    const page = `<html><head><meta property="og:title" content="<img src=x onerror=alert(1)>Headline <b>here</b>"></head><body><article><p>${'Body text of the story goes on. '.repeat(30)}</p></article></body></html>`;
    const article = extractArticle({ html: page, url: 'https://n.example/story' });
    expect(article.title).toBe('Headline here');
    expect(article.title).not.toMatch(TAG);
  });
});
