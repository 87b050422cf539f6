/**
 * The crawler parts wired together from config for one process: URL policy,
 * robots.txt cache, per-host throttle, and the HTTP fetcher. The runner sees
 * only `CrawlFetcher`, so tests and other modes can hand it another one.
 */
import type { CrawlerConfig, FeedConfig } from '../config/schema.js';
import { fetchFeed, fetchPage, type PageFetcherDeps } from '../crawlers/fetch-page.js';
import type { HttpFetchOptions } from '../crawlers/http.js';
import { HostThrottle } from '../crawlers/politeness.js';
import { createRobotsFetcher, RobotsCache } from '../crawlers/robots.js';
import { PRODUCTION_URL_POLICY, type Resolver, type UrlPolicy } from '../crawlers/url-policy.js';
import type { FeedEntry, FetchedPage } from '../pipeline/types.js';

export interface FeedFetchResult {
  notModified: boolean;
  entries: FeedEntry[] | null;
  etag: string | null;
  lastModified: string | null;
  contentHash: string | null;
  warnings: string[];
}

export interface CrawlFetcher {
  fetchFeed(feed: FeedConfig, validators: { etag: string | null; lastModified: string | null; contentHash?: string | null }): Promise<FeedFetchResult>;
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
    fetchRobots: createRobotsFetcher(http),
  });
  const throttle = new HostThrottle({ maxInFlightPerHost: crawler.perHost.maxInFlight, minDelayMs: crawler.perHost.minDelayMs });
  const pageDeps: PageFetcherDeps = { http, robots, throttle };
  const feedDeps: PageFetcherDeps = { http: { ...http, maxBodyBytes: crawler.maxFeedBytes }, robots, throttle };

  return {
    async fetchFeed(feed, validators) {
      const conditional = {
        ...(validators.etag ? { etag: validators.etag } : {}),
        ...(validators.lastModified ? { lastModified: validators.lastModified } : {}),
        ...(validators.contentHash ? { contentHash: validators.contentHash } : {}),
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
