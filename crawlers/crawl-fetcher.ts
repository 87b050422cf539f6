/**
 * The crawler parts wired together from config for one process: URL policy,
 * robots.txt cache, per-host throttle, the HTTP fetcher and, when a page needs
 * it, the browser. The runner sees only `CrawlFetcher`, so tests and other
 * modes can hand it another one.
 */
import { createHash } from 'node:crypto';
import type { CrawlerConfig, FeedConfig } from '../config/schema.js';
import { BrowserRenderer, chromiumAvailable, INSTALL_ADVICE, looksScriptBuilt, type ProxyRefusal } from './browser/index.js';
import { fetchFeed, fetchPage, type PageFetcherDeps } from './fetch-page.js';
import { parseSectionPage } from './section-page.js';
import type { HttpFetchOptions } from './http.js';
import { assertRenderedText } from './text-sniff.js';
import { PinnedConnections } from './pinned-connections.js';
import { HostThrottle } from './politeness.js';
import { createRobotsFetcher, RobotsCache } from './robots.js';
import { parseHttpUrl, PRODUCTION_URL_POLICY, type Resolver, type UrlPolicy } from './url-policy.js';
import { PermanentError } from '../pipeline/errors.js';
import type { FeedEntry, FetchedPage } from '../pipeline/types.js';

export interface FeedFetchResult {
  notModified: boolean;
  entries: FeedEntry[] | null;
  etag: string | null;
  lastModified: string | null;
  contentHash: string | null;
  warnings: string[];
  /** The feed's own polling hint (RSS ttl, sy:updatePeriod), in seconds. */
  ttlSecs: number | null;
  /** The document holds more items than one parse reads: the `skipItems` that reads on (default: none). */
  nextOffset?: number | null;
}

export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
  contentHash?: string | null;
  /** Items of the document to pass over: those an earlier poll listed (see FeedFetchResult.nextOffset). */
  skipItems?: number;
}

export interface CrawlFetcher {
  fetchFeed(feed: FeedConfig, validators: FeedValidators): Promise<FeedFetchResult>;
  /** Fetches an article page; `render` is the feed's render mode. */
  fetchPage(url: string, options?: { render?: FeedConfig['render'] }): Promise<FetchedPage>;
  /** Stops the browser if one was started. */
  close(): Promise<void>;
}

/** Child sitemaps of a sitemap index read per poll; the newest are listed first by convention. */
const MAX_CHILD_SITEMAPS = 10;

/** The production policy plus whatever private hosts or ranges the operator allowed. */
export function urlPolicyFrom(crawler: CrawlerConfig): UrlPolicy {
  return {
    allowHosts: [...PRODUCTION_URL_POLICY.allowHosts, ...crawler.allowPrivate.hosts],
    allowCidrs: [...PRODUCTION_URL_POLICY.allowCidrs, ...crawler.allowPrivate.cidrs],
  };
}

/** Starts one browser on first use and shares it; a failed start is retried on the next use. */
function lazyBrowser(crawler: CrawlerConfig, policy: UrlPolicy, resolve?: Resolver, onRefused?: (refusal: ProxyRefusal) => void) {
  let started: Promise<BrowserRenderer> | null = null;
  return {
    get(): Promise<BrowserRenderer> {
      if (!chromiumAvailable(crawler.browser.executablePath)) {
        throw new PermanentError(
          'BROWSER_UNAVAILABLE',
          `this page needs a browser and Chromium is not at ${crawler.browser.executablePath}: ${INSTALL_ADVICE}`,
        );
      }
      if (started === null) {
        const renderer = new BrowserRenderer({
          executablePath: crawler.browser.executablePath,
          policy,
          ...(resolve ? { resolve } : {}),
          pageDeadlineMs: crawler.browser.pageDeadlineMs,
          maxPagesInFlight: crawler.browser.maxPagesInFlight,
          userAgent: crawler.userAgent,
          ...(onRefused ? { onRefused } : {}),
        });
        started = renderer.start().then(() => renderer);
        started.catch(() => {
          started = null;
        });
      }
      return started;
    },
    async close(): Promise<void> {
      const running = started;
      started = null;
      if (running) await (await running.catch(() => null))?.close();
    },
  };
}

export interface HttpFetcherOptions {
  resolve?: Resolver;
  onHostWait?: (host: string) => void;
  /** Every connection a rendered page tried and the browser's filtering proxy refused, with the pages rendering then. */
  onBrowserRefused?: (refusal: ProxyRefusal) => void;
}

export function createHttpFetcher(crawler: CrawlerConfig, options: HttpFetcherOptions = {}): CrawlFetcher {
  const policy = urlPolicyFrom(crawler);
  // Feeds, robots.txt and pages of a host share its kept-alive connections.
  const connections = new PinnedConnections();
  const http: Omit<HttpFetchOptions, 'conditional' | 'signal'> = {
    connections,
    userAgent: crawler.userAgent,
    deadlineMs: crawler.fetchDeadlineMs,
    maxBodyBytes: crawler.maxPageBytes,
    maxRedirects: crawler.maxRedirects,
    policy,
    ...(options.resolve ? { resolve: options.resolve } : {}),
  };
  const robots = new RobotsCache({ userAgent: crawler.userAgent, maxCrawlDelayMs: crawler.maxCrawlDelayMs, fetchRobots: createRobotsFetcher(http) });
  const throttle = new HostThrottle({
    maxInFlightPerHost: crawler.perHost.maxInFlight,
    minDelayMs: crawler.perHost.minDelayMs,
    ...(options.onHostWait ? { onWait: options.onHostWait } : {}),
  });
  const pageDeps: PageFetcherDeps = { http, robots, throttle };
  const feedDeps: PageFetcherDeps = { http: { ...http, maxBodyBytes: crawler.maxFeedBytes }, robots, throttle };
  const browser = lazyBrowser(crawler, policy, options.resolve, options.onBrowserRefused);

  /** The browser path obeys robots.txt and the per-host throttle like the HTTP path. */
  const render = async (url: string): Promise<FetchedPage> => {
    const verdict = await robots.check(url);
    if (!verdict.allowed) throw new PermanentError('ROBOTS_DISALLOWED', 'robots.txt disallows this URL', { context: { url } });
    const renderer = await browser.get();
    const page = await throttle.run(parseHttpUrl(url).host, () => renderer.render(url), { crawlDelayMs: verdict.crawlDelayMs });
    assertRenderedText(page.html, page.finalUrl);
    return page;
  };

  return {
    async fetchFeed(feed, validators) {
      if (feed.kind === 'html') {
        // A section front: its article links are the entries; the page hash says whether it changed.
        const page = await fetchPage(feed.url, pageDeps);
        const links = parseSectionPage(page.html, page.finalUrl, feed.id, { policy, ...(feed.allowPattern ? { allowPattern: feed.allowPattern } : {}) });
        const contentHash = createHash('sha256')
          .update(links.entries.map((e) => e.url).join('\n'))
          .digest('hex');
        const unchanged = validators.contentHash === contentHash;
        return {
          notModified: unchanged,
          entries: unchanged ? null : links.entries,
          etag: null,
          lastModified: null,
          contentHash,
          warnings: links.blockedEntries > 0 ? ['SSRF_BLOCKED_ADDRESS'] : [],
          ttlSecs: null,
        };
      }
      const conditional = {
        ...(validators.etag ? { etag: validators.etag } : {}),
        ...(validators.lastModified ? { lastModified: validators.lastModified } : {}),
        ...(validators.contentHash ? { contentHash: validators.contentHash } : {}),
      };
      const skip = validators.skipItems ? { skipItems: validators.skipItems } : {};
      const result = await fetchFeed(feed.url, feed.id, { ...feedDeps, conditional, ...skip });
      const entries = result.feed ? [...result.feed.entries] : null;
      const warnings: string[] = result.feed ? [...result.feed.warnings] : [];
      // A sitemap index lists sitemaps, not articles: read its first children (one level deep).
      for (const child of result.feed?.sitemaps.slice(0, MAX_CHILD_SITEMAPS) ?? []) {
        try {
          const sub = await fetchFeed(child, feed.id, feedDeps);
          entries?.push(...(sub.feed?.entries ?? []));
        } catch (err) {
          warnings.push(`child sitemap ${child}: ${(err as { code?: string }).code ?? 'INTERNAL'}`);
        }
      }
      return {
        notModified: result.notModified,
        entries,
        etag: result.etag,
        lastModified: result.lastModified,
        contentHash: result.contentHash,
        warnings,
        ttlSecs: result.feed ? result.feed.ttlSecs : null,
        nextOffset: result.feed ? result.feed.nextOffset : null,
      };
    },
    async fetchPage(url, fetchOptions = {}) {
      const mode = fetchOptions.render ?? 'auto';
      if (mode === 'browser') return render(url);
      const page = await fetchPage(url, pageDeps);
      // Cheap gate first: the browser only for pages whose HTML carries no article text.
      if (mode === 'auto' && looksScriptBuilt(page.html)) return render(page.finalUrl);
      return page;
    },
    async close() {
      await Promise.all([browser.close(), connections.close()]);
    },
  };
}
