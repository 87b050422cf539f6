/**
 * Fault matrix E18: a feed of 100,000 items, twice what one parse reads
 * (DEFAULT_MAX_FEED_ITEMS, PARSE_LIMIT_EXCEEDED) and ten times what one pass
 * takes (maxEntriesPerPoll), is read over several passes until every entry is
 * done; it is not "not modified" before. Most entries point to a path robots.txt
 * disallows (a cheap, permanent, recorded outcome); one in a thousand is a real
 * article, spread over the whole feed, and each of those is published once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_FEED_ITEMS } from '../crawlers/feeds.js';
import { loadConfig } from '../config/load.js';
import { openEmbeddedApp } from '../local/app.js';
import { articleHtml, outputDocuments, writeCrashConfig } from './helpers/crash-crawl.js';
import { FaultServer } from './helpers/fault-server.js';

const ITEMS = 100_000;
/** Every ARTICLE_EVERY-th item is an article page; the others are disallowed by robots.txt. */
const ARTICLE_EVERY = 1000;
const PER_PASS = 10_000;
const MAX_PASSES = 14;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('a feed above the parse limit (fault matrix E18)', () => {
  it('E18 a 100,000-item feed is read over passes until every entry is done, then answers not modified', async () => {
    expect(ITEMS).toBeGreaterThan(DEFAULT_MAX_FEED_ITEMS);
    const server = await new FaultServer().start();
    const dir = mkdtempSync(join(tmpdir(), 'ww-e18-'));
    dirs.push(dir);
    try {
      const articleUrls: string[] = [];
      const items: string[] = [];
      for (let i = 0; i < ITEMS; i++) {
        if (i % ARTICLE_EVERY === ARTICLE_EVERY / 2) {
          const { html } = articleHtml(i);
          server.route(`/a/${i}`, (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
          articleUrls.push(server.url(`/a/${i}`));
          items.push(`<item><link>${server.url(`/a/${i}`)}</link></item>`);
        } else {
          items.push(`<item><link>${server.url(`/private/${i}`)}</link></item>`);
        }
      }
      const body = `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items.join('\n')}</channel></rss>`;
      server
        .route('/robots.txt', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n'))
        .route('/feed-0.xml', (req, res) => {
          if (req.headers['if-none-match'] === '"big"') return res.writeHead(304).end();
          return res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"big"' }).end(body);
        });
      const config = loadConfig(writeCrashConfig(dir, server, 1, { concurrency: 8, maxEntriesPerPoll: PER_PASS }));
      // A page failing transiently waits in the pending table for its retry time: the clock jumps to it.
      let skewMs = 0;
      const app = openEmbeddedApp(config, { logger: pino({ level: 'silent' }), now: () => new Date(Date.now() + skewMs) });
      const passes: Array<{ status: string | undefined; listed: number; published: number; refused: number; other: string[] }> = [];
      try {
        for (let pass = 0; pass < MAX_PASSES; pass++) {
          const summary = await app.runner.runOnce();
          passes.push({
            status: summary.feeds[0]?.status,
            listed: summary.entriesListed,
            published: summary.published.length,
            refused: summary.pageErrors.filter((e) => e.code === 'ROBOTS_DISALLOWED').length,
            other: summary.pageErrors.filter((e) => e.code !== 'ROBOTS_DISALLOWED').map((e) => `${e.code} ${e.url}`),
          });
          if (summary.feeds[0]?.status === 'not_modified' && summary.published.length === 0 && summary.pageErrors.length === 0) break;
          const retryMs = app.db.prepare('SELECT MIN(retry_at) FROM feed_pending').pluck().get() as string | null;
          if (retryMs !== null) skewMs = Math.max(skewMs, Date.parse(retryMs) - Date.now() + 1000);
        }
        console.log(`E18 passes: ${JSON.stringify(passes)}`);
        const failures = app.db.prepare("SELECT COUNT(*) FROM page_failures WHERE code = 'ROBOTS_DISALLOWED'").pluck().get() as number;
        const pending = app.db.prepare('SELECT COUNT(*) FROM feed_pending').pluck().get() as number;
        expect(failures).toBe(ITEMS - articleUrls.length);
        expect(pending).toBe(0);
        expect(app.feedState.read('gazette-0').resumeOffset).toBe(0);
      } finally {
        await app.close();
      }
      // The first two polls read the two halves of the document; later passes take what they queued.
      expect(passes[0]?.listed).toBe(DEFAULT_MAX_FEED_ITEMS);
      expect(passes[1]?.listed).toBe(ITEMS - DEFAULT_MAX_FEED_ITEMS);
      expect(passes.at(-1)?.status).toBe('not_modified');
      const docs = outputDocuments(dir);
      expect(docs.map((d) => d.article.url).sort()).toEqual([...articleUrls].sort());
    } finally {
      await server.close();
    }
  }, 180_000);
});
