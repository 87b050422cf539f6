/**
 * The fetch stage for article pages and feeds: robots.txt, then the per-host
 * throttle, then httpFetch. A 429/503 with Retry-After pauses the whole host in
 * the throttle before the RateLimitedError goes up, so sibling jobs wait too.
 */
import { createHash } from 'node:crypto';
import { PermanentError, RateLimitedError, errorKind } from '../pipeline/errors.js';
import type { FetchedPage } from '../pipeline/types.js';
import { decodeBody } from './charset.js';
import { discoverFeedLinks, gunzipCapped, isGzip, parseFeed, type ParsedFeed } from './feeds.js';
import { httpFetch, type HttpFetchOptions, type HttpResult } from './http.js';
import type { HostThrottle } from './politeness.js';
import type { RobotsCache } from './robots.js';
import { assertText } from './text-sniff.js';
import { checkUrl, parseHttpUrl } from './url-policy.js';

export interface PageFetcherDeps {
  http: Omit<HttpFetchOptions, 'conditional' | 'signal'>;
  robots: RobotsCache;
  throttle: HostThrottle;
}

export const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';
export const FEED_ACCEPT = 'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5';
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
/** Tried in order when an HTML page advertises no feed; each is one polite request. */
export const COMMON_FEED_PATHS = ['/feed', '/rss', '/feed.xml', '/rss.xml', '/atom.xml', '/index.xml'];
/** Bytes looked at when a page comes without a Content-Type. */
const SNIFF_BYTES = 1024;

export async function fetchPage(url: string, deps: PageFetcherDeps): Promise<FetchedPage> {
  const res = await politeFetch(url, deps, { accept: PAGE_ACCEPT });
  const contentType = res.headers['content-type'] ?? '';
  const mime = contentType.split(';')[0]!.trim().toLowerCase();
  const looksHtml = mime === '' ? /<(!doctype\s+html|html|head|body)[\s>]/i.test(res.text.slice(0, SNIFF_BYTES)) : HTML_TYPES.has(mime);
  if (!looksHtml) {
    throw new PermanentError('FETCH_NOT_HTML', `not an HTML page (${mime || 'no content-type'})`, {
      context: { url: res.finalUrl, contentType },
    });
  }
  // A cheap gate before extraction: garbage served as HTML is no article.
  assertText(res.body, contentType, res.finalUrl);
  return {
    requestedUrl: url,
    finalUrl: res.finalUrl,
    status: res.status,
    contentType: contentType || 'text/html',
    // Decoded on first read (see HttpResult.text): a CPU thread may decode the bytes instead.
    get html() {
      return res.text;
    },
    body: res.body,
    fetchedAt: res.fetchedAt,
    via: 'http',
  };
}

export interface FeedConditional {
  etag?: string;
  lastModified?: string;
  /** sha256 of the last body: catches servers whose ETag changes on every request. */
  contentHash?: string;
}

export interface FeedFetchOutcome {
  notModified: boolean;
  feed: ParsedFeed | null;
  etag: string | null;
  lastModified: string | null;
  /** sha256 (hex) of the decoded body, '' when the server answered 304. */
  contentHash: string;
  /** The URL the feed was read from: after redirects and at most one discovery hop. */
  feedUrl: string;
}

export async function fetchFeed(
  url: string,
  feedId: string,
  deps: PageFetcherDeps & { conditional?: FeedConditional; followDiscovery?: boolean; skipItems?: number },
): Promise<FeedFetchOutcome> {
  const { contentHash: previousHash, ...conditional } = deps.conditional ?? {};
  const res = await politeFetch(url, deps, { accept: FEED_ACCEPT, conditional });
  const validators = { etag: res.headers.etag ?? null, lastModified: res.headers['last-modified'] ?? null };
  if (res.notModified) {
    return { notModified: true, feed: null, ...validators, contentHash: previousHash ?? '', feedUrl: res.finalUrl };
  }
  const text = isGzip(res.body) ? decodeBody(await gunzipCapped(res.body, deps.http.maxBodyBytes), undefined).text : res.text;
  const contentHash = createHash('sha256').update(text).digest('hex');
  if (previousHash !== undefined && previousHash === contentHash) {
    return { notModified: true, feed: null, ...validators, contentHash, feedUrl: res.finalUrl };
  }
  try {
    return {
      notModified: false,
      feed: parseFeed(text, res.finalUrl, feedId, { policy: deps.http.policy, ...(deps.skipItems ? { skipItems: deps.skipItems } : {}) }),
      ...validators,
      contentHash,
      feedUrl: res.finalUrl,
    };
  } catch (err) {
    if ((err as { code?: unknown }).code !== 'FEED_NOT_XML' || deps.followDiscovery === false) throw err;
    // An HTML page given as the feed URL: follow its advertised feed once, with the same checks.
    const alternate = discoverFeedLinks(text, res.finalUrl)[0];
    if (alternate !== undefined) return fetchFeed(alternate, feedId, { ...deps, conditional: {}, followDiscovery: false });
    // No <link rel="alternate">: try the paths where sites usually put their feed.
    for (const path of COMMON_FEED_PATHS) {
      const candidate = new URL(path, res.finalUrl).toString();
      try {
        return await fetchFeed(candidate, feedId, { ...deps, conditional: {}, followDiscovery: false });
      } catch {
        // Not there, or not a feed: the next path.
      }
    }
    throw err;
  }
}

async function politeFetch(url: string, deps: PageFetcherDeps, extra: { accept: string; conditional?: HttpFetchOptions['conditional'] }): Promise<HttpResult> {
  const host = parseHttpUrl(url).host;
  // A refused address is refused as such, before robots.txt is even asked for: an
  // operator must read SSRF_BLOCKED_ADDRESS, not a robots.txt failure.
  await checkUrl(url, deps.http.policy, deps.http.resolve);
  const verdict = await deps.robots.check(url);
  if (!verdict.allowed) {
    throw new PermanentError('ROBOTS_DISALLOWED', 'robots.txt disallows this URL', { context: { url } });
  }
  const options: HttpFetchOptions = { ...deps.http, accept: deps.http.accept ?? extra.accept };
  if (extra.conditional && Object.keys(extra.conditional).length > 0) options.conditional = extra.conditional;
  try {
    // A host pause longer than one fetch deadline is answered at once (C6: a host
    // answering 429 forever must not hold a job for up to an hour per call).
    const throttled = { crawlDelayMs: verdict.crawlDelayMs, maxWaitMs: deps.http.deadlineMs };
    return await deps.throttle.run(host, () => httpFetch(url, options), throttled);
  } catch (err) {
    if (err instanceof RateLimitedError || errorKind(err) === 'rate_limited') {
      deps.throttle.pauseHost(host, (err as RateLimitedError).retryAfterMs);
    }
    throw err;
  }
}
