/**
 * Maps HTTP statuses and socket/undici failures onto our three error kinds.
 * What happens next decides the kind: retry later (TransientError), wait for the
 * server's say-so (RateLimitedError), or give up on this URL (PermanentError).
 */
import { PermanentError, RateLimitedError, TransientError, errorKind, type ErrorCode } from '../pipeline/errors.js';

/** A server may ask us to wait, but never for longer than this. */
export const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;
/** Retry-After missing or unreadable on a 429: back off this long. */
export const DEFAULT_RATE_LIMIT_DELAY_MS = 60 * 1000;
/** Retry-After: 0 still gets a short pause, so a busy server is not hammered. */
export const MIN_RETRY_AFTER_MS = 1000;

type ErrorOptions = { cause?: unknown; context?: Record<string, unknown> };

/**
 * A RateLimitedError carrying a code other than FETCH_RATE_LIMITED.
 * pipeline/errors.ts fixes the code in the constructor; this keeps `name`
 * (so the error still classifies) and sets the code operators count.
 */
export function rateLimitedError(code: ErrorCode, message: string, retryAfterMs: number, options: ErrorOptions = {}): RateLimitedError {
  return new RateLimitedError(message, retryAfterMs, { ...options, code });
}

/**
 * Retry-After as milliseconds: delta-seconds or an HTTP date, clamped to
 * [MIN_RETRY_AFTER_MS, MAX_RETRY_AFTER_MS]. Null when absent or unreadable.
 * `nowMs` should be the server's Date header when present, so clock skew cancels out.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | null {
  if (value === undefined) return null;
  const text = value.trim();
  let ms: number;
  if (/^\d+$/.test(text)) {
    ms = Number(text) * 1000;
  } else {
    const at = Date.parse(text);
    if (Number.isNaN(at) || !/[a-z]/i.test(text)) return null;
    ms = at - nowMs;
  }
  if (!Number.isFinite(ms)) return MAX_RETRY_AFTER_MS;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(MIN_RETRY_AFTER_MS, ms));
}

/** The error for a final (non-redirect, non-2xx, non-304) status. */
export function errorForStatus(status: number, headers: Record<string, string>, url: string): Error {
  const context = { url, status };
  const serverNow = headers.date ? Date.parse(headers.date) : Number.NaN;
  const retryAfterMs = parseRetryAfter(headers['retry-after'], Number.isNaN(serverNow) ? Date.now() : serverNow);
  if (status === 429) {
    return new RateLimitedError(`rate limited (429)`, retryAfterMs ?? DEFAULT_RATE_LIMIT_DELAY_MS, { context });
  }
  if (status === 503 && retryAfterMs !== null) {
    return new RateLimitedError(`unavailable (503) with Retry-After`, retryAfterMs, { context });
  }
  if (status === 404 || status === 410) {
    return new PermanentError('FETCH_NOT_FOUND', `not found (${status})`, { context });
  }
  if (status >= 500 || status === 408) {
    return new TransientError('FETCH_HTTP_STATUS', `server error (${status})`, { context });
  }
  return new PermanentError('FETCH_HTTP_STATUS', `unexpected status ${status}`, { context });
}

const TLS_CODE = /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH|ERR_OSSL)/;

/**
 * Classifies a failure thrown by undici or a socket. `phase` tells whether the
 * response headers had already arrived: a socket dying mid-body means a truncated
 * document, which must never be passed on as complete.
 */
export function networkError(err: unknown, url: string, phase: 'headers' | 'body'): Error {
  if (errorKind(err) !== 'unknown') return err as Error;
  const code = String((err as { code?: unknown }).code ?? '');
  const context = { url, cause: code || String(err) };
  const options = { cause: err, context };
  switch (code) {
    case 'ECONNREFUSED':
      return new TransientError('CONN_REFUSED', 'connection refused', options);
    case 'UND_ERR_HEADERS_TIMEOUT':
      return new TransientError('FETCH_HEADERS_TIMEOUT', 'no response headers in time', options);
    case 'UND_ERR_HEADERS_OVERFLOW':
      return new PermanentError('FETCH_HEADERS_TOO_LARGE', 'response headers too large', options);
    case 'UND_ERR_BODY_TIMEOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'ETIMEDOUT':
      return new TransientError('FETCH_TIMEOUT', 'connection idle too long', options);
    case 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH':
      return new TransientError('FETCH_TRUNCATED', 'body shorter than Content-Length', options);
  }
  if (TLS_CODE.test(code)) return new PermanentError('TLS_ERROR', 'TLS verification failed', options);
  if (code.startsWith('Z_') || code === 'ERR_BROTLI_DECOMPRESSION_FAILED' || (err as { errno?: unknown }).errno === -3) {
    return new TransientError('FETCH_CORRUPT_BODY', 'compressed body is corrupt', options);
  }
  if (phase === 'body') return new TransientError('FETCH_TRUNCATED', 'connection lost mid-body', options);
  return new TransientError('FETCH_NETWORK', 'network failure', options);
}
