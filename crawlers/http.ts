/**
 * The one HTTP client of the crawler. Every hop is checked by the URL policy and
 * the socket is pinned to the address that was checked; redirects are followed by
 * hand so each hop is checked again; the body is capped after decoding; one
 * AbortSignal bounds the whole fetch, because undici's own timers are idle timers
 * that a slow-drip server never trips.
 */
import { PermanentError, TransientError, errorKind } from '../pipeline/errors.js';
import { readBody } from './body.js';
import { decodeAs, detectCharset, type CharsetSource } from './charset.js';
import { errorForStatus, networkError } from './http-errors.js';
import { pinnedClient, type PinnedConnections } from './pinned-connections.js';
import { checkUrl, type Resolver, type UrlPolicy } from './url-policy.js';

export const DEFAULT_MAX_REDIRECTS = 5;
/** Time allowed for response headers after the request is sent, unless set. */
export const DEFAULT_HEADERS_TIMEOUT_MS = 30_000;
/** Longest silence allowed between body chunks; the overall deadline still applies. */
export const DEFAULT_BODY_IDLE_TIMEOUT_MS = 30_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
/** Above this, headers are an attack or a broken server (undici default is 16 KiB). */
export const MAX_HEADER_BYTES = 16 * 1024;
export const ACCEPT_ENCODING = 'gzip, deflate, br';
const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface HttpFetchOptions {
  userAgent: string;
  /** Overall deadline including DNS, redirects and the body. */
  deadlineMs: number;
  headersTimeoutMs?: number;
  bodyIdleTimeoutMs?: number;
  /** Cap on DECODED body bytes. */
  maxBodyBytes: number;
  /** Keep the first maxBodyBytes instead of failing (used for robots.txt). */
  truncateAtMaxBody?: boolean;
  maxRedirects: number;
  policy: UrlPolicy;
  resolve?: Resolver;
  /**
   * Extra CA certificates (PEM) trusted on top of Node's bundled roots, for a
   * private CA. There is deliberately no option to switch verification off: a
   * certificate that does not verify is TLS_ERROR, permanent.
   */
  extraCaPem?: string[];
  accept?: string;
  conditional?: { etag?: string; lastModified?: string };
  /** Kept-alive connections to reuse; without it each request has its own connection. */
  connections?: PinnedConnections;
  signal?: AbortSignal;
}

export interface HttpResult {
  requestedUrl: string;
  finalUrl: string;
  status: number;
  /** Lower-cased names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  /** Body after undoing Content-Encoding. */
  body: Buffer;
  /**
   * Body decoded to text (BOM, header charset, declaration, else UTF-8), on first
   * read: a page whose bytes go to a CPU thread is never decoded on the event loop.
   */
  readonly text: string;
  charset: string;
  charsetSource: CharsetSource;
  notModified: boolean;
  /** True when truncateAtMaxBody cut the body. */
  truncated: boolean;
  /** ISO 8601 time the response headers arrived. */
  fetchedAt: string;
}

export async function httpFetch(url: string, options: HttpFetchOptions): Promise<HttpResult> {
  const deadline = AbortSignal.timeout(options.deadlineMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  try {
    return await followRedirects(url, options, signal);
  } catch (err) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (deadline.aborted) {
      throw new TransientError('FETCH_DEADLINE', `fetch exceeded ${options.deadlineMs} ms`, {
        cause: err,
        context: { url, deadlineMs: options.deadlineMs },
      });
    }
    throw errorKind(err) === 'unknown' ? networkError(err, url, 'headers') : err;
  }
}

async function followRedirects(url: string, options: HttpFetchOptions, signal: AbortSignal): Promise<HttpResult> {
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const visited = new Set<string>();
  let current = url;
  for (let redirects = 0; ; redirects++) {
    const checked = await abortable(checkUrl(current, options.policy, options.resolve), signal);
    visited.add(withoutHash(checked.url));
    const hop = await requestPinned(checked.url, checked.address, options, signal);
    try {
      const location = hop.headers.location;
      if (REDIRECT_STATUSES.has(hop.status) && location !== undefined) {
        const next = resolveLocation(location, checked.url);
        const context = { url, hop: checked.url.href, location: next, redirects: redirects + 1 };
        if (visited.has(next)) throw new PermanentError('FETCH_REDIRECT_LOOP', 'redirect loop', { context });
        if (redirects + 1 > maxRedirects) {
          throw new PermanentError('FETCH_TOO_MANY_REDIRECTS', `more than ${maxRedirects} redirects`, { context });
        }
        current = next;
        continue;
      }
      return await finishResponse(url, checked.url.href, hop, options, signal);
    } finally {
      hop.close();
    }
  }
}

interface Hop {
  status: number;
  headers: Record<string, string>;
  body: import('node:stream').Readable;
  fetchedAt: string;
  close(): void;
}

async function finishResponse(requestedUrl: string, finalUrl: string, hop: Hop, options: HttpFetchOptions, signal: AbortSignal): Promise<HttpResult> {
  const base = { requestedUrl, finalUrl, status: hop.status, headers: hop.headers, fetchedAt: hop.fetchedAt };
  if (hop.status === 304) {
    return { ...base, body: Buffer.alloc(0), text: '', charset: 'utf-8', charsetSource: 'default', notModified: true, truncated: false };
  }
  if (hop.status < 200 || hop.status > 299) throw errorForStatus(hop.status, hop.headers, finalUrl);

  const declaredLength = Number(hop.headers['content-length']);
  if (!options.truncateAtMaxBody && Number.isFinite(declaredLength) && declaredLength > options.maxBodyBytes) {
    throw new PermanentError('FETCH_TOO_LARGE', 'Content-Length over the byte cap', {
      context: { url: finalUrl, contentLength: declaredLength, limit: options.maxBodyBytes },
    });
  }
  const read = await readBody(hop.body, {
    url: finalUrl,
    contentEncoding: hop.headers['content-encoding'],
    maxBodyBytes: options.maxBodyBytes,
    truncateAtCap: options.truncateAtMaxBody ?? false,
    signal,
  });
  const found = detectCharset(read.body, hop.headers['content-type']);
  let text: string | null = null;
  return {
    ...base,
    body: read.body,
    get text() {
      return (text ??= decodeAs(read.body, found));
    },
    charset: found.charset,
    charsetSource: found.source,
    notModified: false,
    truncated: read.truncated,
  };
}

/**
 * One request on a client pinned to the checked address: a kept-alive one from
 * `options.connections`, or else a fresh client closed after this request.
 */
async function requestPinned(url: URL, address: string, options: HttpFetchOptions, signal: AbortSignal): Promise<Hop> {
  const clientOptions = {
    connectTimeoutMs: DEFAULT_CONNECT_TIMEOUT_MS,
    maxHeaderBytes: MAX_HEADER_BYTES,
    ...(options.extraCaPem ? { extraCaPem: options.extraCaPem } : {}),
  };
  const pooled = options.connections !== undefined;
  const client = options.connections?.client(url.origin, address, clientOptions) ?? pinnedClient(url.origin, address, clientOptions, { keepAlive: false });
  const close = (): void => {
    if (!pooled) void client.destroy().catch(() => undefined);
  };
  try {
    const res = await client.request({
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: requestHeaders(options),
      signal,
      headersTimeout: options.headersTimeoutMs ?? Math.min(DEFAULT_HEADERS_TIMEOUT_MS, options.deadlineMs),
      bodyTimeout: options.bodyIdleTimeoutMs ?? DEFAULT_BODY_IDLE_TIMEOUT_MS,
    });
    return {
      status: res.statusCode,
      headers: flattenHeaders(res.headers),
      body: res.body,
      fetchedAt: new Date().toISOString(),
      close: () => {
        // Destroying an unread body emits an abort error nobody is waiting for. A body
        // read to its end leaves a kept-alive socket free for the next request.
        res.body.on('error', () => undefined);
        res.body.destroy();
        close();
      },
    };
  } catch (err) {
    close();
    throw signal.aborted ? err : networkError(err, url.href, 'headers');
  }
}

function requestHeaders(options: HttpFetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    accept: options.accept ?? DEFAULT_ACCEPT,
    'accept-encoding': ACCEPT_ENCODING,
  };
  if (options.conditional?.etag) headers['if-none-match'] = options.conditional.etag;
  if (options.conditional?.lastModified) headers['if-modified-since'] = options.conditional.lastModified;
  return headers;
}

function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function withoutHash(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

function resolveLocation(location: string, base: URL): string {
  try {
    const next = new URL(location, base);
    next.hash = '';
    return next.href;
  } catch (err) {
    throw new PermanentError('URL_INVALID', 'redirect Location is not a URL', { cause: err, context: { url: base.href } });
  }
}

/** DNS lookups do not take a signal; stop waiting for them at the deadline. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
