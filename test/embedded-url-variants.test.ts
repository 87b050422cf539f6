/**
 * Fault matrix D8: the same article under different URLs (tracking parameters,
 * AMP, trailing slash) and republished unchanged gives one output item. Not a
 * crawler-level property: it needs the whole embedded pipeline (dedup by URL key
 * and content), so it runs the embedded runner over a FaultServer.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../config/load.js';
import type { WirewatchConfig } from '../config/schema.js';
import { openEmbeddedApp } from '../local/app.js';
import type { RunSummary } from '../local/summary.js';
import { FaultServer } from './helpers/fault-server.js';

const server = new FaultServer();
const dir = mkdtempSync(join(tmpdir(), 'wirewatch-d8-'));
let config: WirewatchConfig;
/** Changes with each poll: the feed republishes the same items with new dates. */
let pubDate = 'Mon, 03 Mar 2025 08:00:00 GMT';

const PARAGRAPHS = [
  'The harbour authority said on Monday that the northern pier will close for repairs after inspectors found cracks in two of its supporting columns.',
  'Ferry services that use the pier will move to the southern terminal from next week, and the authority expects the work to last about four months.',
  'Local businesses near the pier said they were worried about losing customers during the busy spring season, when most visitors arrive by ferry.',
  'The mayor told reporters that the city would help the affected shops with temporary signs and a shuttle bus between the two terminals.',
  'Engineers will publish a full report on the state of the pier at the end of the month, the authority said in a statement.',
];

function articlePage(canonicalPath: string, amp = false): string {
  return `<!doctype html><html ${amp ? 'amp' : ''} lang="en"><head><meta charset="utf-8">
<title>Northern pier to close for repairs</title>
<link rel="canonical" href="${canonicalPath}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-03-03T08:00:00Z">
</head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article><h1>Northern pier to close for repairs</h1><p class="byline">By Sam Reporter</p>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
</article><footer>© Harbour News</footer></body></html>`;
}

function feed(): string {
  const links = [
    '/news/pier-repairs',
    '/news/pier-repairs?utm_source=twitter&utm_medium=social&utm_campaign=spring',
    '/news/pier-repairs/',
    '/news/pier-repairs/amp',
    '/amp/news/pier-repairs',
  ];
  const items = links
    .map(
      (link, i) =>
        `<item><title>Northern pier to close for repairs</title><link>${server.url(link).replace(/&/g, '&amp;')}</link><guid isPermaLink="false">${pubDate}-${i}</guid><pubDate>${pubDate}</pubDate></item>`,
    )
    .join('\n');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title>${items}</channel></rss>`;
}

function pageHits(): number {
  return ['/news/pier-repairs', '/news/pier-repairs/', '/news/pier-repairs/amp', '/amp/news/pier-repairs'].reduce((n, p) => n + server.hitCount(p), 0);
}

async function runOnce(): Promise<{ summary: RunSummary; published: number; outputLines: string[] }> {
  const app = openEmbeddedApp(config, { logger: pino({ level: 'silent' }) });
  try {
    const summary = await app.runner.runOnce();
    const outputLines = existsSync(app.output.path) ? readFileSync(app.output.path, 'utf8').split('\n').filter(Boolean) : [];
    return { summary, published: summary.published.length, outputLines };
  } finally {
    app.close();
  }
}

beforeAll(async () => {
  await server.start();
  server
    .route('/robots.txt', (_req, res) => res.writeHead(404).end())
    .route('/feed.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed()))
    .route('/news/pier-repairs', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage(server.url('/news/pier-repairs'))))
    .route('/news/pier-repairs/', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage(server.url('/news/pier-repairs'))))
    .route('/news/pier-repairs/amp', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage(server.url('/news/pier-repairs'), true)),
    )
    .route('/amp/news/pier-repairs', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage(server.url('/news/pier-repairs'), true)),
    );
  config = parseConfig(
    {
      dataDir: join(dir, 'data'),
      outDir: join(dir, 'out'),
      crawler: {
        // One page at a time: this test is about URL and content dedup, not about races.
        concurrency: 1,
        perHost: { maxInFlight: 1, minDelayMs: 0 },
        allowPrivate: { hosts: [`127.0.0.1:${server.port}`] },
      },
      feeds: [{ id: 'harbour', name: 'Harbour News', url: server.url('/feed.xml'), kind: 'rss', pollIntervalSecs: 900, render: 'http' }],
    },
    'test',
  );
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('one article under many URLs (fault matrix D8)', () => {
  it('D8 tracking parameters, trailing slash and AMP variants give one published document', async () => {
    const first = await runOnce();
    expect(first.published).toBe(1);
    expect(first.outputLines).toHaveLength(1);
    const doc = JSON.parse(first.outputLines[0]!) as { article: { canonicalUrl: string; text: string } };
    expect(doc.article.text).toContain('northern pier will close');
    // Query, slash and /amp suffix variants collapse before any fetch; the /amp/
    // prefix form is fetched and recognised by its rel=canonical and unchanged text.
    expect(first.summary.collapsedBeforeFetch.map((c) => c.reason)).toEqual(['same_url_in_pass', 'same_url_in_pass', 'same_url_in_pass']);
    expect(first.summary.sameUrlAfterFetch.map((s) => new URL(s.url).pathname)).toEqual(['/amp/news/pier-repairs']);
    expect(pageHits()).toBe(2);
  });

  it('D8 the same items republished unchanged (new dates and guids) add nothing', async () => {
    pubDate = 'Tue, 04 Mar 2025 09:30:00 GMT';
    const hitsBefore = pageHits();
    const second = await runOnce();
    expect(second.published).toBe(0);
    expect(second.outputLines).toHaveLength(1);
    // Known URL keys are skipped before fetching.
    expect(second.summary.collapsedBeforeFetch.filter((c) => c.reason === 'seen_before')).toHaveLength(2);
    expect(pageHits()).toBe(hitsBefore);
  });
});
