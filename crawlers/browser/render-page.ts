/**
 * Renders one page in a fresh browser context and returns its HTML. Nothing
 * survives between pages: cookies, storage and caches go with the context.
 *
 * Invariant: the promise settles by the page deadline (plus the bounded context
 * close), whatever the page does: an endless script, a crash, a dialog loop.
 */
import type { Browser, BrowserContext, Response } from 'playwright-core';
import type { FetchedPage } from '../../pipeline/types.js';
import { PermanentError, TransientError, errorKind, type AnyWirewatchError, type ErrorCode } from '../../pipeline/errors.js';
import { errorForStatus } from '../http-errors.js';
import { REFUSAL_HEADER } from './filtering-proxy.js';

/** After DOMContentLoaded, wait at most this long for the network to go quiet. */
export const NETWORK_QUIET_MAX_MS = 5_000;
/** Closing a context normally takes milliseconds; longer means the browser is stuck. */
export const CONTEXT_CLOSE_TIMEOUT_MS = 5_000;
/** Bytes the extractor never needs: blocked before they reach the network. */
const BLOCKED_RESOURCE_TYPES = new Set(['image', 'font', 'media']);
const ROUTABLE_SCHEME = /^https?:/i;
/** Refusal codes that will not change on retry. */
const PERMANENT_REFUSALS = new Set<string>(['SSRF_BLOCKED_ADDRESS', 'SSRF_BLOCKED_SCHEME', 'URL_INVALID', 'DNS_NXDOMAIN']);

export interface PageRenderOptions {
  deadlineMs: number;
  userAgent?: string;
  /** Called when the browser itself looks unhealthy (crash, context that will not close). */
  onBrowserSuspect: (reason: ErrorCode) => void;
}

export async function renderPage(browser: Browser, url: string, options: PageRenderOptions): Promise<FetchedPage> {
  const deadlineAt = Date.now() + options.deadlineMs;
  const remainingMs = (): number => Math.max(1, deadlineAt - Date.now());
  let context: BrowserContext | null = null;
  let abandoned = false;
  let timer: NodeJS.Timeout | undefined;
  let fail: (err: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
    timer = setTimeout(() => reject(renderTimeout(url, options.deadlineMs)), options.deadlineMs);
  });

  const work = (async (): Promise<FetchedPage> => {
    const created = await browser.newContext({
      acceptDownloads: false,
      serviceWorkers: 'block',
      ...(options.userAgent === undefined ? {} : { userAgent: options.userAgent }),
    });
    if (abandoned) {
      // The race is over and its cleanup has run: this context is ours to close.
      await created.close().catch(() => {});
      throw renderTimeout(url, options.deadlineMs);
    }
    context = created;
    await created.route('**/*', (route) => {
      const request = route.request();
      const blocked = BLOCKED_RESOURCE_TYPES.has(request.resourceType()) || !ROUTABLE_SCHEME.test(request.url());
      return (blocked ? route.abort('blockedbyclient') : route.continue()).catch(() => {});
    });
    created.on('dialog', (dialog) => void dialog.dismiss().catch(() => {}));
    const page = await created.newPage();
    page.on('crash', () => fail(new TransientError('RENDER_CRASHED', 'page renderer crashed', { context: { url } })));
    // Popups (window.open, target=_blank) are never what we came for.
    created.on('page', (other) => {
      if (other !== page) void other.close().catch(() => {});
    });
    const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: remainingMs() });
    // Best effort: late XHRs often fill in the article; a page that never goes quiet still renders.
    await page.waitForLoadState('networkidle', { timeout: Math.min(NETWORK_QUIET_MAX_MS, remainingMs()) }).catch(() => {});
    const html = await page.content();
    const current = page.url();
    return toFetchedPage(url, response, ROUTABLE_SCHEME.test(current) ? current : (response?.url() ?? url), html);
  })();
  work.catch(() => {}); // when the deadline or a crash wins the race, `work` rejects unobserved

  try {
    return await Promise.race([work, failed]);
  } catch (err) {
    const classified = classifyRenderError(err, url, options.deadlineMs);
    if (classified.code === 'RENDER_CRASHED') options.onBrowserSuspect('RENDER_CRASHED');
    throw classified;
  } finally {
    abandoned = true;
    clearTimeout(timer);
    failed.catch(() => {});
    if (context !== null && !(await closeWithin(context, CONTEXT_CLOSE_TIMEOUT_MS))) {
      options.onBrowserSuspect('RENDER_TIMEOUT');
    }
  }
}

function toFetchedPage(requestedUrl: string, response: Response | null, finalUrl: string, html: string): FetchedPage {
  if (response === null) {
    throw new TransientError('FETCH_NETWORK', 'navigation produced no response', { context: { url: requestedUrl } });
  }
  const headers = response.headers();
  const refusal = headers[REFUSAL_HEADER];
  if (refusal !== undefined) {
    // The proxy refused the main document, typically a redirect to a blocked address.
    const code = refusal as ErrorCode;
    const context = { url: requestedUrl, finalUrl: response.url() };
    throw PERMANENT_REFUSALS.has(code)
      ? new PermanentError(code, `main document refused by URL policy (${code})`, { context })
      : new TransientError(code, `main document could not be fetched (${code})`, { context });
  }
  const status = response.status();
  if (status < 200 || status > 299) throw errorForStatus(status, headers, response.url());
  const contentType = headers['content-type'] ?? '';
  if (contentType !== '' && !/html|xml/i.test(contentType)) {
    throw new PermanentError('FETCH_NOT_HTML', `not an HTML page: ${contentType}`, { context: { url: requestedUrl, contentType } });
  }
  return { requestedUrl, finalUrl, status, contentType, html, fetchedAt: new Date().toISOString(), via: 'browser' };
}

function renderTimeout(url: string, deadlineMs: number): TransientError {
  return new TransientError('RENDER_TIMEOUT', `page did not render within ${deadlineMs} ms`, { context: { url, deadlineMs } });
}

/** Maps what Playwright throws onto our error kinds. */
export function classifyRenderError(err: unknown, url: string, deadlineMs: number): AnyWirewatchError {
  if (errorKind(err) !== 'unknown') return err as AnyWirewatchError;
  const message = err instanceof Error ? err.message : String(err);
  const context = { url };
  if (err instanceof Error && err.name === 'TimeoutError') return renderTimeout(url, deadlineMs);
  if (/crash/i.test(message)) return new TransientError('RENDER_CRASHED', 'page renderer crashed', { cause: err, context });
  if (/has been closed|disconnected|Browser closed/i.test(message)) {
    return new TransientError('RENDER_CRASHED', 'browser went away during the render', { cause: err, context });
  }
  if (/Download is starting/i.test(message)) {
    return new PermanentError('FETCH_NOT_HTML', 'the URL is a download, not a page', { cause: err, context });
  }
  const netError = /net::(ERR_[A-Z_]+)/.exec(message)?.[1];
  if (netError !== undefined) {
    return new TransientError('FETCH_NETWORK', `navigation failed: ${netError}`, { cause: err, context: { url, netError } });
  }
  return new TransientError('INTERNAL', `render failed: ${message.split('\n')[0]}`, { cause: err, context });
}

/** Closes a context; false when it did not finish in time. */
async function closeWithin(context: BrowserContext, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([
      context.close().then(
        () => true,
        // Already gone with its browser: nothing left to close.
        () => true,
      ),
      expired,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
