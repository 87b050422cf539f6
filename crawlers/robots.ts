/**
 * robots.txt per RFC 9309, cached per origin.
 *
 * Policy (deliberately not the fail-open of Scrapy or Crawlee):
 * - 2xx: parse the rules (at least ROBOTS_MIN_PARSE_BYTES of them).
 * - 4xx other than 429: no robots.txt, so everything is allowed (RFC 9309 §2.3.1.3).
 * - 429, 5xx, network failure, too many redirects: the host is disallowed
 *   (§2.3.1.4). check() throws RateLimitedError ROBOTS_UNAVAILABLE so the page job
 *   waits without spending an attempt; the failure is cached briefly, then retried.
 */
import robotsParserModule from 'robots-parser';
import { PermanentError, type RateLimitedError } from '../pipeline/errors.js';
import { httpFetch, type HttpFetchOptions } from './http.js';
import { rateLimitedError } from './http-errors.js';

/** RFC 9309 §2.4: a cached robots.txt may be used for at most 24 hours. */
export const MAX_ROBOTS_TTL_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_MAX_CRAWL_DELAY_MS = 30_000;
/** How long an unreachable robots.txt keeps its host disallowed before we ask again. */
export const ROBOTS_UNAVAILABLE_RETRY_MS = 60_000;
/** RFC 9309 §2.5 asks for at least 500 KiB; we read a little more. */
export const ROBOTS_MIN_PARSE_BYTES = 500 * 1024;
export const ROBOTS_MAX_BYTES = 1024 * 1024;
/** §2.3.1.2: follow at least five redirects. */
export const ROBOTS_MAX_REDIRECTS = 5;
export const ROBOTS_DEADLINE_MS = 10_000;
/** Origins remembered at once; the oldest entry goes first. */
export const ROBOTS_CACHE_MAX_ENTRIES = 10_000;

export interface RobotsCacheOptions {
  userAgent: string;
  /** Fetches a robots.txt. Throws on network failure; 4xx/5xx come back as a status. */
  fetchRobots: (robotsUrl: string) => Promise<{ status: number; text: string }>;
  /** Capped at MAX_ROBOTS_TTL_MS. */
  ttlMs?: number;
  maxCrawlDelayMs?: number;
  now?: () => number;
}

export interface RobotsVerdict {
  allowed: boolean;
  /** Crawl-delay for our user agent, in ms, or null when none is set. */
  crawlDelayMs: number | null;
}

/** The part of robots-parser's result we use. */
interface Rules {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}

// robots-parser is CommonJS whose typings declare an ES default export; under
// NodeNext the runtime value is the function itself. Accept either shape.
const robotsParser = ((robotsParserModule as unknown as { default?: unknown }).default ?? robotsParserModule) as (url: string, text: string) => Rules;

type Entry = { state: 'rules'; rules: Rules | null; expiresAt: number } | { state: 'unavailable'; expiresAt: number; reason: string };

export class RobotsCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<Entry>>();
  private readonly ttlMs: number;
  private readonly maxCrawlDelayMs: number;
  private readonly now: () => number;

  constructor(private readonly options: RobotsCacheOptions) {
    this.ttlMs = Math.min(options.ttlMs ?? MAX_ROBOTS_TTL_MS, MAX_ROBOTS_TTL_MS);
    this.maxCrawlDelayMs = options.maxCrawlDelayMs ?? DEFAULT_MAX_CRAWL_DELAY_MS;
    this.now = options.now ?? Date.now;
  }

  /**
   * Whether our user agent may fetch `url`. Throws RateLimitedError
   * (ROBOTS_UNAVAILABLE) while the host's robots.txt cannot be read, and
   * PermanentError CRAWL_DELAY_TOO_HIGH when the host asks for more than we allow.
   */
  async check(url: string): Promise<RobotsVerdict> {
    const target = new URL(url);
    const robotsUrl = `${target.origin}/robots.txt`;
    const entry = await this.entryFor(robotsUrl);
    if (entry.state === 'unavailable') throw this.unavailableError(robotsUrl, entry);
    if (entry.rules === null) return { allowed: true, crawlDelayMs: null };

    const delaySecs = entry.rules.getCrawlDelay(this.options.userAgent);
    const crawlDelayMs = typeof delaySecs === 'number' && Number.isFinite(delaySecs) ? Math.round(delaySecs * 1000) : null;
    if (crawlDelayMs !== null && crawlDelayMs > this.maxCrawlDelayMs) {
      throw new PermanentError('CRAWL_DELAY_TOO_HIGH', `Crawl-delay ${delaySecs}s is above our maximum`, {
        context: { host: target.host, crawlDelayMs, maxCrawlDelayMs: this.maxCrawlDelayMs },
      });
    }
    // robots-parser answers undefined for URLs of another origin; ours never are.
    const allowed = entry.rules.isAllowed(target.href, this.options.userAgent) !== false;
    return { allowed, crawlDelayMs };
  }

  private async entryFor(robotsUrl: string): Promise<Entry> {
    const cached = this.entries.get(robotsUrl);
    if (cached && cached.expiresAt > this.now()) return cached;
    const pending = this.inFlight.get(robotsUrl);
    if (pending) return pending;
    const load = this.load(robotsUrl).finally(() => this.inFlight.delete(robotsUrl));
    this.inFlight.set(robotsUrl, load);
    return load;
  }

  private async load(robotsUrl: string): Promise<Entry> {
    let entry: Entry;
    try {
      const res = await this.options.fetchRobots(robotsUrl);
      entry = this.entryFromResponse(robotsUrl, res.status, res.text);
    } catch (err) {
      const reason = (err as { code?: unknown }).code ?? (err instanceof Error ? err.message : 'unknown');
      entry = { state: 'unavailable', expiresAt: this.now() + ROBOTS_UNAVAILABLE_RETRY_MS, reason: String(reason) };
    }
    this.remember(robotsUrl, entry);
    return entry;
  }

  private entryFromResponse(robotsUrl: string, status: number, text: string): Entry {
    const now = this.now();
    if (status >= 200 && status < 300) {
      return { state: 'rules', rules: robotsParser(robotsUrl, text.slice(0, ROBOTS_MAX_BYTES)), expiresAt: now + this.ttlMs };
    }
    if (status >= 400 && status < 500 && status !== 429) return { state: 'rules', rules: null, expiresAt: now + this.ttlMs };
    return { state: 'unavailable', expiresAt: now + ROBOTS_UNAVAILABLE_RETRY_MS, reason: `status ${status}` };
  }

  private remember(robotsUrl: string, entry: Entry): void {
    this.entries.delete(robotsUrl);
    this.entries.set(robotsUrl, entry);
    if (this.entries.size > ROBOTS_CACHE_MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  private unavailableError(robotsUrl: string, entry: Entry & { state: 'unavailable' }): RateLimitedError {
    const retryAfterMs = Math.max(1, entry.expiresAt - this.now());
    // The reason (CONN_REFUSED, status 503...) is what an operator acts on: say it.
    return rateLimitedError('ROBOTS_UNAVAILABLE', `robots.txt unavailable (${entry.reason}): host disallowed for now`, retryAfterMs, {
      context: { robotsUrl, reason: entry.reason },
    });
  }
}

/**
 * A fetchRobots built on httpFetch: same URL policy and pinning as pages, five
 * redirects, a truncated (not refused) body past ROBOTS_MAX_BYTES, and 4xx/5xx
 * turned into statuses for RobotsCache to judge.
 */
export function createRobotsFetcher(http: Omit<HttpFetchOptions, 'conditional' | 'signal'>): (robotsUrl: string) => Promise<{ status: number; text: string }> {
  return async (robotsUrl) => {
    try {
      const res = await httpFetch(robotsUrl, {
        ...http,
        accept: 'text/plain',
        maxBodyBytes: ROBOTS_MAX_BYTES,
        truncateAtMaxBody: true,
        maxRedirects: ROBOTS_MAX_REDIRECTS,
        deadlineMs: Math.min(http.deadlineMs, ROBOTS_DEADLINE_MS),
      });
      return { status: res.status, text: res.text };
    } catch (err) {
      const status = (err as { context?: { status?: unknown } }).context?.status;
      if (typeof status === 'number') return { status, text: '' };
      throw err;
    }
  };
}
