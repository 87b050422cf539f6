import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { etagOf, isNotModified } from './conditional.js';
import { FEEDS } from './outlets.js';
import type { DemoFeedKind } from './types.js';
import { buildSite, lookupKey, type Resource } from './routes.js';
import { addScriptOutlet, SCRIPT_OUTLET } from './script-outlet.js';

/** One feed of the demo, as a crawler would be configured with it. */
export interface DemoFeed {
  /** Unique feed id, e.g. "northwire" or "daily-meridian-asia". */
  id: string;
  /** Outlet name and, for a section feed, the section. */
  name: string;
  /** Absolute URL on the running server. */
  url: string;
  kind: DemoFeedKind;
}

/** A running demo server; `close()` frees the port. */
export interface DemoSites {
  /** e.g. "http://127.0.0.1:41234", no trailing slash. */
  baseUrl: string;
  host: string;
  port: number;
  feeds: DemoFeed[];
  /**
   * Feeds of outlets whose article pages are built by JavaScript: crawled with
   * `render: auto` they need a browser (Chromium); kept apart so a crawl can
   * leave them out where no browser is installed.
   */
  scriptFeeds: DemoFeed[];
  /** Path and query of every request, in arrival order (404s included). */
  requests: string[];
  close(): Promise<void>;
}

const DEFAULT_HOST = '127.0.0.1';
/** Short, so a crawler polling the demo still sends conditional requests. */
const CACHE_CONTROL = 'public, max-age=60';

/**
 * Starts the demo news sites on one local HTTP server. Port 0 (the default)
 * takes a free port. Pages are rendered once at start for the actual base URL.
 */
export async function startDemoSites(options: { host?: string; port?: number } = {}): Promise<DemoSites> {
  const host = options.host ?? DEFAULT_HOST;
  const requests: string[] = [];
  let site = new Map<string, Resource>();
  const server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    handle(site, req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  site = buildSite(baseUrl);
  addScriptOutlet(site, baseUrl);
  return {
    baseUrl,
    host,
    port,
    feeds: FEEDS.map((f) => ({ id: f.id, name: f.title, url: baseUrl + f.path, kind: f.kind })),
    scriptFeeds: [{ id: SCRIPT_OUTLET.id, name: SCRIPT_OUTLET.name, url: baseUrl + SCRIPT_OUTLET.feedPath, kind: 'rss' }],
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets of clients (fetch pools them) would hold close() open.
        server.closeAllConnections();
      }),
  };
}

function handle(site: Map<string, Resource>, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method Not Allowed\n');
    return;
  }
  const url = new URL(req.url ?? '/', 'http://demo.invalid');
  const resource = site.get(lookupKey(url)) ?? site.get(url.pathname);
  if (!resource) {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      req.method === 'HEAD'
        ? undefined
        : '<!DOCTYPE html><html lang="en"><head><title>Page not found</title></head><body><h1>Page not found</h1></body></html>\n',
    );
    return;
  }
  const etag = etagOf(resource.body);
  const headers = {
    ETag: etag,
    'Last-Modified': resource.lastModified.toUTCString(),
    'Cache-Control': CACHE_CONTROL,
  };
  const conditional = { ifNoneMatch: req.headers['if-none-match'], ifModifiedSince: req.headers['if-modified-since'] };
  if (isNotModified(conditional, etag, resource.lastModified)) {
    res.writeHead(304, headers).end();
    return;
  }
  const body = Buffer.from(resource.body, 'utf8');
  res.writeHead(200, { ...headers, 'Content-Type': resource.contentType, 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}
