/**
 * A loopback news site for crash tests: `pages` distinct articles listed by
 * `feeds` RSS feeds, which either never change (a constant ETag, answered 304)
 * or change every second (a new build date and ETag, same items). Plus the
 * embedded-mode config that crawls it, and readers of what a run left behind.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE_NAME } from '../../runtime/db.js';
import type { FaultServer } from './fault-server.js';
import { seededRandom } from './seeded-random.js';

const WORDS = (
  'harbour council budget river bridge school teacher nurse hospital factory railway station mayor minister court judge police ' +
  'farmer harvest drought storm flood museum library stadium league coach players election voters market prices bakery ' +
  'festival concert theatre gallery painter novel author airport pilot ferry island village county district province ' +
  'engineer reservoir pipeline turbine solar battery tunnel highway traffic cyclist bus tram subway union strike wages ' +
  'pension tax grant loan bank insurer tenant landlord housing rent garden forest wildlife ranger volcano glacier coast ' +
  'fishing fleet port cargo container shipyard welder miner quarry chemist laboratory vaccine clinic patient surgeon'
).split(' ');

/** Distinct article text: every page gets its own seeded word sequence. */
export function articleHtml(index: number): { title: string; html: string } {
  const random = seededRandom(1000 + index);
  const word = (): string => WORDS[Math.floor(random() * WORDS.length)] as string;
  const sentence = (): string => {
    const n = 12 + Math.floor(random() * 8);
    const words = Array.from({ length: n }, word);
    words[Math.floor(n / 2)] += ',';
    const text = words.join(' ');
    return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
  };
  const title = `Report ${index}: ${word()} ${word()} ${word()}`;
  const paragraphs = Array.from({ length: 6 }, () => `<p>${[sentence(), sentence(), sentence()].join(' ')}</p>`).join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-03T08:00:00Z"></head>
<body><header><nav><a href="/">Home</a></nav></header><article><h1>${title}</h1><p class="byline">By Staff</p>
${paragraphs}
</article><footer>Crash Gazette</footer></body></html>`;
  return { title, html };
}

export interface CrashSite {
  pageUrls: string[];
  feedIds: string[];
}

/** Routes the site on `server`: /a/<i> pages and /feed-<f>.xml feeds (page i in feed i mod feeds). */
export function routeCrashSite(server: FaultServer, options: { pages: number; feeds: number; changing: boolean }): CrashSite {
  const pageUrls: string[] = [];
  for (let i = 0; i < options.pages; i++) {
    const { html } = articleHtml(i);
    server.route(`/a/${i}`, (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    pageUrls.push(server.url(`/a/${i}`));
  }
  const feedIds: string[] = [];
  for (let f = 0; f < options.feeds; f++) {
    const items = pageUrls
      .map((url, i) => ({ url, i }))
      .filter(({ i }) => i % options.feeds === f)
      .map(({ url, i }) => `<item><title>${articleHtml(i).title}</title><link>${url}</link><guid>${url}</guid></item>`)
      .join('\n');
    server.route(`/feed-${f}.xml`, (req, res) => {
      const version = options.changing ? String(Math.floor(Date.now() / 1000)) : 'v1';
      const etag = `"${version}"`;
      if (req.headers['if-none-match'] === etag) return res.writeHead(304).end();
      const body = `<?xml version="1.0"?><rss version="2.0"><channel><title>Crash Gazette ${f}</title><lastBuildDate>${version}</lastBuildDate>${items}</channel></rss>`;
      return res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(body);
    });
    feedIds.push(`gazette-${f}`);
  }
  return { pageUrls, feedIds };
}

/** The embedded config (JSON, which the YAML loader reads) crawling the site's feeds. */
export function writeCrashConfig(dir: string, server: FaultServer, feeds: number, crawler: Record<string, unknown> = {}): string {
  const config = {
    dataDir: join(dir, 'data'),
    outDir: join(dir, 'out'),
    crawler: {
      concurrency: 4,
      cpuThreads: 1,
      perHost: { maxInFlight: 4, minDelayMs: 0 },
      allowPrivate: { hosts: [`127.0.0.1:${server.port}`] },
      ...crawler,
    },
    feeds: Array.from({ length: feeds }, (_, f) => ({
      id: `gazette-${f}`,
      url: server.url(`/feed-${f}.xml`),
      kind: 'rss',
      pollIntervalSecs: 60,
      render: 'http',
    })),
  };
  const path = join(dir, 'wirewatch.yaml');
  writeFileSync(path, JSON.stringify(config));
  return path;
}

/**
 * The documents in the output file, one per whole line. A last line without its
 * newline (being appended, or cut by a kill) is left out; `complete` says whether there was none.
 */
export function outputDocuments(dir: string): Array<{ idempotencyKey: string; article: { url: string } }> & { complete: boolean } {
  const path = join(dir, 'out', 'articles.ndjson');
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const whole = text.slice(0, text.lastIndexOf('\n') + 1);
  const docs = whole
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { idempotencyKey: string; article: { url: string } });
  return Object.assign(docs, { complete: whole.length === text.length });
}

/** Counts what a (killed) run committed: claimed URLs without a document are the "seen without a document" fault. */
export function committedState(dir: string): { articles: number; pending: number; claimedWithoutDocument: number } {
  const path = join(dir, 'data', DB_FILE_NAME);
  if (!existsSync(path)) return { articles: 0, pending: 0, claimedWithoutDocument: 0 };
  // Not read-only: after a SIGKILL the WAL may need recovery, which a read-only connection cannot do.
  const db = new Database(path, { fileMustExist: true });
  try {
    const has = (table: string): boolean => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
    const count = (sql: string): number => db.prepare(sql).pluck().get() as number;
    return {
      articles: has('articles') ? count('SELECT COUNT(*) FROM articles') : 0,
      pending: has('feed_pending') ? count('SELECT COUNT(*) FROM feed_pending') : 0,
      claimedWithoutDocument:
        has('dedup_urls') && has('articles')
          ? count('SELECT COUNT(*) FROM dedup_urls u WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = u.article_id)')
          : 0,
    };
  } finally {
    db.close();
  }
}
