/**
 * Errors are named by what happens next. Expected outcomes (duplicate, not an
 * article) are values, not errors. Every error has a stable `code` operators can
 * count, and is recognised by `name` as well as `instanceof` because job errors
 * travel through Redis as plain objects.
 */

/** Stable error codes: operators count them; tests assert them. */
export const ERROR_CODES = [
  'CONFIG_INVALID',
  'URL_INVALID',
  'FETCH_TIMEOUT',
  'FETCH_DEADLINE',
  'FETCH_HEADERS_TIMEOUT',
  'FETCH_HEADERS_TOO_LARGE',
  'FETCH_NETWORK',
  'CONN_REFUSED',
  'TLS_ERROR',
  'DNS_TIMEOUT',
  'DNS_NXDOMAIN',
  'DNS_FAILED',
  'FETCH_HTTP_STATUS',
  'FETCH_NOT_FOUND',
  'FETCH_TOO_LARGE',
  'FETCH_DECOMPRESSED_TOO_LARGE',
  'FETCH_BAD_ENCODING',
  'FETCH_CORRUPT_BODY',
  'FETCH_TRUNCATED',
  'FETCH_TOO_MANY_REDIRECTS',
  'FETCH_REDIRECT_LOOP',
  'FETCH_NOT_HTML',
  'FETCH_NOT_TEXT',
  'FETCHER_CLOSED',
  'FETCH_RATE_LIMITED',
  'RATE_LIMITED_EXHAUSTED',
  'ROBOTS_DISALLOWED',
  'ROBOTS_UNAVAILABLE',
  'CRAWL_DELAY_TOO_HIGH',
  'SSRF_BLOCKED_ADDRESS',
  'SSRF_BLOCKED_SCHEME',
  'FEED_PARSE',
  'FEED_PARTIAL',
  'FEED_MALFORMED',
  'FEED_DTD_FORBIDDEN',
  'FEED_NOT_XML',
  'FEED_UNKNOWN_TYPE',
  'PARSE_LIMIT_EXCEEDED',
  'EXTRACT_FAILED',
  'EXTRACT_TIMEOUT',
  'BROWSER_UNAVAILABLE',
  'RENDER_CRASHED',
  'RENDER_TIMEOUT',
  'STORE_UNAVAILABLE',
  'REDIS_EVICTION_POLICY',
  'FEED_UNKNOWN',
  // Watches (docs/operators.md#watches): an id no watch has, an id taken, a webhook that failed or refused.
  'WATCH_UNKNOWN',
  'WATCH_EXISTS',
  'WEBHOOK_FAILED',
  'WEBHOOK_REJECTED',
  'JOB_DATA_INVALID',
  // A step was handed to a process that does not run it: a deployment mistake.
  'STAGE_NOT_HERE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

interface ErrorOptions {
  cause?: unknown;
  /** Extra facts for operators: url, host, status, limit... */
  context?: Record<string, unknown>;
}

abstract class WirewatchError extends Error {
  readonly code: ErrorCode;
  readonly context: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: ErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.context = options.context ?? {};
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message, context: this.context };
  }
}

/** Try again later with backoff: network blips, timeouts, 5xx. */
export class TransientError extends WirewatchError {
  override readonly name = 'TransientError';
}

/** Try again after `retryAfterMs` without spending an attempt: 429/503 with Retry-After, politeness. */
export class RateLimitedError extends WirewatchError {
  override readonly name = 'RateLimitedError';
  readonly retryAfterMs: number;

  constructor(message: string, retryAfterMs: number, options: ErrorOptions & { code?: ErrorCode } = {}) {
    super(options.code ?? 'FETCH_RATE_LIMITED', message, options);
    this.retryAfterMs = retryAfterMs;
  }
}

/** Do not retry; show to operators: 404/410, blocked address, not a page, bad config. */
export class PermanentError extends WirewatchError {
  override readonly name = 'PermanentError';
}

export type AnyWirewatchError = TransientError | RateLimitedError | PermanentError;

/** Recognises our errors by name, so that errors rebuilt from JSON still classify. */
export function errorKind(err: unknown): 'transient' | 'rate_limited' | 'permanent' | 'unknown' {
  const name = typeof err === 'object' && err !== null ? (err as { name?: unknown }).name : undefined;
  if (name === 'TransientError') return 'transient';
  if (name === 'RateLimitedError') return 'rate_limited';
  if (name === 'PermanentError') return 'permanent';
  return 'unknown';
}

/** The stable code of any thrown value; unknown errors are INTERNAL. */
export function errorCode(err: unknown): ErrorCode | 'INTERNAL' {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' && errorKind(err) !== 'unknown' ? (code as ErrorCode) : 'INTERNAL';
}

/** The whole seconds a RateLimitedError asks to wait (a feed's Retry-After), or null for any other error. */
export function retryAfterSecsOf(err: unknown): number | null {
  if (errorKind(err) !== 'rate_limited') return null;
  return Math.ceil(((err as { retryAfterMs?: number }).retryAfterMs ?? 0) / 1000);
}
