/**
 * The add-time check of a feed URL over the web, also the `feeds test` dry run:
 * is the address allowed, does it answer, is it a feed, or an HTML page that
 * advertises one (`<link rel="alternate">`)? Goes through the same URL policy,
 * robots.txt and per-host throttle as the crawl, and changes no state.
 *
 * Invariant: every URL fetched here, a discovered feed link included, passes
 * `checkUrl` with the configured policy first, so a public page cannot point
 * the probe at a private address.
 */
import type { CrawlerConfig } from '../config/schema.js';
import { fetchFeed, fetchPage, type PageFetcherDeps } from '../crawlers/fetch-page.js';
import { discoverFeedLinks } from '../crawlers/feeds.js';
import type { HttpFetchOptions } from '../crawlers/http.js';
import { HostThrottle } from '../crawlers/politeness.js';
import { createRobotsFetcher, RobotsCache } from '../crawlers/robots.js';
import { checkUrl, parseHttpUrl, type Resolver, type UrlPolicy } from '../crawlers/url-policy.js';
import { extractPage } from '../pipeline/chain/index.js';
import { errorCode, PermanentError } from '../pipeline/errors.js';
import type { FeedEntry, FeedKind } from '../pipeline/types.js';
import { urlPolicyFrom } from '../crawlers/crawl-fetcher.js';

/** Feed id given to entries read during a probe (they are never stored). */
const PROBE_FEED_ID = 'probe';
/** Characters of the sample article's text a dry run returns. */
export const SAMPLE_TEXT_MAX_CHARS = 4000;

export interface FeedProbeResult {
  /** The URL the operator gave. */
  requestedUrl: string;
  /** The URL the feed was read from: after redirects, and the advertised feed when discovered. */
  feedUrl: string;
  /** True when the given URL is an HTML page and the feed was found through its `<link rel="alternate">`. */
  discovered: boolean;
  /** Every feed the page advertises, in document order (empty unless discovered). */
  alternates: string[];
  kind: FeedKind;
  title: string | null;
  entries: FeedEntry[];
  /** Child sitemaps when the feed is a sitemap index. */
  sitemaps: string[];
  warnings: string[];
}

/** One article of the feed, fetched and extracted, or why that failed. */
export type SampleArticle =
  | { ok: true; url: string; title: string; byline: string | null; publishedAt: string | null; text: string; truncated: boolean; flags: string[] }
  | { ok: false; url: string; code: string; message: string };

export class FeedProber {
  readonly #policy: UrlPolicy;
  readonly #resolve: Resolver | undefined;
  readonly #pageDeps: PageFetcherDeps;
  readonly #feedDeps: PageFetcherDeps;

  constructor(crawler: CrawlerConfig, options: { resolve?: Resolver } = {}) {
    this.#policy = urlPolicyFrom(crawler);
    this.#resolve = options.resolve;
    const http: Omit<HttpFetchOptions, 'conditional' | 'signal'> = {
      userAgent: crawler.userAgent,
      deadlineMs: crawler.fetchDeadlineMs,
      maxBodyBytes: crawler.maxPageBytes,
      maxRedirects: crawler.maxRedirects,
      policy: this.#policy,
      ...(options.resolve ? { resolve: options.resolve } : {}),
    };
    const robots = new RobotsCache({ userAgent: crawler.userAgent, maxCrawlDelayMs: crawler.maxCrawlDelayMs, fetchRobots: createRobotsFetcher(http) });
    const throttle = new HostThrottle({ maxInFlightPerHost: crawler.perHost.maxInFlight, minDelayMs: crawler.perHost.minDelayMs });
    this.#pageDeps = { http, robots, throttle };
    this.#feedDeps = { http: { ...http, maxBodyBytes: crawler.maxFeedBytes }, robots, throttle };
  }

  /** Scheme and userinfo checks, no DNS: the normalised URL. Throws URL_INVALID / SSRF_BLOCKED_SCHEME. */
  checkSyntax(url: string): URL {
    try {
      return parseHttpUrl(url);
    } catch (err) {
      throw explained(err, url);
    }
  }

  /**
   * Scheme, userinfo and address checks without fetching anything. Throws
   * PermanentError URL_INVALID / SSRF_BLOCKED_SCHEME / SSRF_BLOCKED_ADDRESS, or DNS errors.
   */
  async checkAddress(url: string): Promise<URL> {
    try {
      return (await checkUrl(url, this.#policy, this.#resolve)).url;
    } catch (err) {
      throw explained(err, url);
    }
  }

  /** Fetches the URL and reads it as a feed, following one advertised feed link of an HTML page. */
  async probe(url: string): Promise<FeedProbeResult> {
    await this.checkAddress(url);
    try {
      const direct = await fetchFeed(url, PROBE_FEED_ID, { ...this.#feedDeps, followDiscovery: false });
      return resultOf(url, direct.feedUrl, direct.feed, { discovered: false, alternates: [] });
    } catch (err) {
      if (errorCode(err) !== 'FEED_NOT_XML') throw err;
    }
    // Fetched a second time as a page: the feed fetch does not hand back the HTML it refused.
    const alternates = await this.#advertisedFeeds(url);
    const feedUrl = alternates[0]!;
    await this.checkAddress(feedUrl);
    const found = await fetchFeed(feedUrl, PROBE_FEED_ID, { ...this.#feedDeps, followDiscovery: false });
    return resultOf(url, found.feedUrl, found.feed, { discovered: true, alternates });
  }

  /** Fetches one entry's page and extracts its article, for the dry run; failures are reported, not thrown. */
  async sampleArticle(entry: FeedEntry): Promise<SampleArticle> {
    try {
      const page = await fetchPage(entry.url, this.#pageDeps);
      const article = extractPage(page, entry);
      const truncated = article.text.length > SAMPLE_TEXT_MAX_CHARS;
      return {
        ok: true,
        url: page.finalUrl,
        title: article.title,
        byline: article.byline,
        publishedAt: article.publishedAt,
        text: truncated ? article.text.slice(0, SAMPLE_TEXT_MAX_CHARS) : article.text,
        truncated,
        flags: [...article.flags],
      };
    } catch (err) {
      return { ok: false, url: entry.url, code: errorCode(err), message: (err as Error).message };
    }
  }

  async #advertisedFeeds(url: string): Promise<string[]> {
    let html: string;
    let pageUrl: string;
    try {
      const page = await fetchPage(url, this.#pageDeps);
      html = page.html;
      pageUrl = page.finalUrl;
    } catch (err) {
      if (errorCode(err) !== 'FETCH_NOT_HTML') throw err;
      throw new PermanentError('FEED_NOT_XML', `${url} is neither a feed (RSS, Atom, RDF, JSON Feed, sitemap) nor an HTML page`, {
        cause: err,
        context: { url },
      });
    }
    const alternates = discoverFeedLinks(html, pageUrl);
    if (alternates.length === 0) {
      throw new PermanentError(
        'FEED_NOT_XML',
        `${url} is an HTML page, not a feed, and it advertises no feed (no <link rel="alternate" type="application/rss+xml"> or Atom/JSON Feed sibling): give the feed's own URL`,
        { context: { url } },
      );
    }
    return alternates;
  }
}

/** The URL checks' refusals, reworded for an operator who typed the URL; same code, original as cause. */
function explained(err: unknown, url: string): unknown {
  const code = errorCode(err);
  const context = (err as { context?: Record<string, unknown> }).context ?? {};
  if (code === 'SSRF_BLOCKED_ADDRESS') {
    const where = `${String(context.hostname ?? url)} is a ${String(context.range ?? 'non-public')} address`;
    return new PermanentError(
      code,
      `${url}: ${where}, which the crawler refuses; if this is intended, allow it in the config: crawler.allowPrivate.hosts: ["host:port"]`,
      { cause: err, context },
    );
  }
  if (code === 'SSRF_BLOCKED_SCHEME') {
    return new PermanentError(code, `${url}: only http and https feeds can be polled (scheme ${String(context.scheme ?? '')} refused)`, {
      cause: err,
      context,
    });
  }
  if (code === 'URL_INVALID' && /userinfo/.test((err as Error).message)) {
    return new PermanentError(code, 'URLs with a user name or password are refused: credentials would leak into logs and state', { cause: err, context });
  }
  return err;
}

function resultOf(
  requestedUrl: string,
  feedUrl: string,
  feed: Awaited<ReturnType<typeof fetchFeed>>['feed'],
  found: { discovered: boolean; alternates: string[] },
): FeedProbeResult {
  if (feed === null) {
    // Only a conditional request can answer "not modified", and a probe sends none.
    throw new PermanentError('FEED_PARSE', `${feedUrl} answered "not modified" to an unconditional request`, { context: { url: feedUrl } });
  }
  return {
    requestedUrl,
    feedUrl,
    ...found,
    kind: feed.kind,
    title: feed.title,
    entries: feed.entries,
    sitemaps: feed.sitemaps,
    warnings: [...feed.warnings],
  };
}
