/**
 * Serves the synthetic news sites of bench/fixtures-news.ts: one HTTP server
 * per loopback address (Linux routes all of 127.0.0.0/8 to lo), so each outlet
 * is a distinct host to the crawlers' per-host politeness and robots caches.
 * Counts what is served so a run can be checked (every article fetched once)
 * and timed from its first request.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSites, type SiteBundle } from './fixtures-news.js';

export interface ServeStats {
  /** `performance.now()` of the first request since the last reset, or null. */
  firstRequestAt: number | null;
  feeds: number;
  robots: number;
  articles: number;
  /** Distinct article paths served. */
  distinctArticles: Set<string>;
  notFound: number;
  bytes: number;
}

export interface NewsSites {
  sites: SiteBundle;
  port: number;
  feedUrls: string[];
  stats: ServeStats;
  resetStats(): void;
  close(): Promise<void>;
}

const emptyStats = (): ServeStats => ({ firstRequestAt: null, feeds: 0, robots: 0, articles: 0, distinctArticles: new Set(), notFound: 0, bytes: 0 });

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Builds the sites, then binds 127.0.0.10 … 127.0.0.(9 + hosts) on one free port. */
export async function startNewsSites(options: { pages: number; hosts: number }): Promise<NewsSites> {
  if (options.hosts > 240) throw new Error('at most 240 hosts (127.0.0.10 .. 127.0.0.249)');
  let stats = emptyStats();
  let sites: SiteBundle | null = null;
  const servers: Server[] = [];
  const handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse): void => {
    stats.firstRequestAt ??= performance.now();
    const key = `http://${req.headers.host ?? ''}${(req.url ?? '/').split('?')[0]}`;
    const hit = sites?.bodies.get(key);
    if (!hit) {
      stats.notFound++;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (key.endsWith('/feed.xml')) stats.feeds++;
    else if (key.endsWith('/robots.txt')) stats.robots++;
    else {
      stats.articles++;
      stats.distinctArticles.add(key);
    }
    stats.bytes += hit.body.length;
    res.writeHead(200, { 'content-type': hit.type, 'content-length': hit.body.length, 'cache-control': 'max-age=60' });
    res.end(hit.body);
  };
  // The first server picks a free port; the others take the same port on their own address.
  let port = 0;
  for (let h = 0; h < options.hosts; h++) {
    const server = createServer({ keepAlive: true }, handler);
    server.keepAliveTimeout = 30_000;
    port = await listen(server, `127.0.0.${10 + h}`, port);
    servers.push(server);
  }
  sites = buildSites({ pages: options.pages, hosts: options.hosts, port });
  return {
    sites,
    port,
    feedUrls: sites.hosts.map((h) => `${h.origin}/feed.xml`),
    get stats() {
      return stats;
    },
    resetStats() {
      stats = emptyStats();
    },
    async close() {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve());
            }),
        ),
      );
    },
  };
}
