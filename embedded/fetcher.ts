/**
 * The crawler parts wired together from config for one process: URL policy,
 * robots.txt cache, per-host throttle, and the HTTP fetcher. The runner sees
 * only `CrawlFetcher`, so tests and other modes can hand it another one.
 */
import type { CrawlerConfig, FeedConfig } from '../config/schema.js';
import { fetchFeed, fetchPage, type PageFetcherDeps } from '../crawlers/fetch-page.js';
import { httpFetch, type HttpFetchOptions } from '../crawlers/http.js';
import { HostThrottle } from '../crawlers/politeness.js';
import { RobotsCache } from '../crawlers/robots.js';
import { PRODUCTION_URL_POLICY, type Resolver, type UrlPolicy } from '../crawlers/url-policy.js';
import type { FeedEntry, FetchedPage } from '../pipeline/types.js';

/** robots.txt files are small; anything past this is not read (RFC 9309 asks for ≥ 500 KiB). */
const ROBOTS_MAX_BYTES = 512 * 1024;
const ROBOTS_DEADLINE_MS = 10_000;

export interface FeedFetchResult {
  notModified: boolean;
  entries: FeedEntry[] | null;
  etag: string | null;
  lastModified: string | null;
  contentHash: string | null;
  warnings: string[];
}

export interface CrawlFetcher {
  fetchFeed(feed: FeedConfig, validators: { etag: string | null; lastModified: string | null }): Promise<FeedFetchResult>;
  /** Fetches an article page; `render` is the feed's render mode. */
  fetchPage(url: string, options?: { render?: FeedConfig['render'] }): Promise<FetchedPage>;
}

/** The production policy plus whatever private hosts or ranges the operator allowed. */
export function urlPolicyFrom(crawler: CrawlerConfig): UrlPolicy {
  return {
    allowHosts: [...PRODUCTION_URL_POLICY.allowHosts, ...crawler.allowPrivate.hosts],
    allowCidrs: [...PRODUCTION_URL_POLICY.allowCidrs, ...crawler.allowPrivate.cidrs],
  };
}

export function createHttpFetcher(crawler: CrawlerConfig, options: { resolve?: Resolver } = {}): CrawlFetcher {
  const http: Omit<HttpFetchOptions, 'conditional' | 'signal'> = {
    userAgent: crawler.userAgent,
    deadlineMs: crawler.fetchDeadlineMs,
    maxBodyBytes: crawler.maxPageBytes,
    maxRedirects: crawler.maxRedirects,
    policy: urlPolicyFrom(crawler),
    ...(options.resolve ? { resolve: options.resolve } : {}),
  };
  const robots = new RobotsCache({
    userAgent: crawler.userAgent,
    maxCrawlDelayMs: crawler.maxCrawlDelayMs,
    fetchRobots: async (robotsUrl) => {
      const res = await httpFetch(robotsUrl, { ...http, maxBodyBytes: ROBOTS_MAX_BYTES, deadlineMs: ROBOTS_DEADLINE_MS, accept: 'text/plain' }).catch(
        (err: unknown) => {
          // 4xx answers are data for robots.txt (allow all), not failures.
          const status = (err as { context?: { status?: unknown } }).context?.status;
          if (typeof status === 'number' && status >= 400 && status < 500) return { status, text: '' };
          throw err;
        },
      );
      return { status: res.status, text: res.text };
    },
  });
  const throttle = new HostThrottle({ maxInFlightPerHost: crawler.perHost.maxInFlight, minDelayMs: crawler.perHost.minDelayMs });
  const pageDeps: PageFetcherDeps = { http, robots, throttle };
  const feedDeps: PageFetcherDeps = { http: { ...http, maxBodyBytes: crawler.maxFeedBytes }, robots, throttle };

  return {
    async fetchFeed(feed, validators) {
      const conditional = {
        ...(validators.etag ? { etag: validators.etag } : {}),
        ...(validators.lastModified ? { lastModified: validators.lastModified } : {}),
      };
      const result = await fetchFeed(feed.url, feed.id, { ...feedDeps, conditional });
      return {
        notModified: result.notModified,
        entries: result.feed ? result.feed.entries : null,
        etag: result.etag,
        lastModified: result.lastModified,
        contentHash: result.contentHash,
        warnings: result.feed ? result.feed.warnings : [],
      };
    },
    fetchPage(url) {
      return fetchPage(url, pageDeps);
    },
  };
}
