/**
 * Renders pages that need JavaScript, in one Chromium per renderer.
 *
 * Invariants:
 * - every connection a page makes goes through the renderer's filtering proxy,
 *   which applies the URL policy and pins the checked address;
 * - each page gets a fresh context (no cookies, storage or cache shared);
 * - at most `maxPagesInFlight` pages render at once;
 * - a crashed or vanished browser is replaced on the next render, and a browser
 *   that will not close is killed with its whole process group.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FetchedPage } from '../../pipeline/types.js';
import { PermanentError, TransientError } from '../../pipeline/errors.js';
import { checkUrl, systemResolver, type Resolver, type UrlPolicy } from '../url-policy.js';
import { DEFAULT_CHROMIUM_PATH, INSTALL_ADVICE, assertChromiumAvailable, launchChromium, type LaunchedBrowser } from './chromium.js';
import { FilteringProxy, type ProxyRefusal } from './filtering-proxy.js';
import { killProcessGroup } from './processes.js';
import { renderPage } from './render-page.js';
import { Semaphore } from './semaphore.js';

export const DEFAULT_PAGE_DEADLINE_MS = 20_000;
export const DEFAULT_MAX_PAGES_IN_FLIGHT = 2;
/** V8 heap per renderer: generous for news pages, small enough that a runaway page crashes alone. */
export const DEFAULT_JS_HEAP_LIMIT_MB = 512;
/** A graceful browser close takes well under a second; past this the group is killed. */
export const BROWSER_CLOSE_TIMEOUT_MS = 10_000;

export interface BrowserRendererOptions {
  /** Chromium binary; default /usr/bin/chromium (config maps WIREWATCH_CHROMIUM_PATH here). */
  executablePath?: string;
  /** Which targets page traffic may reach. */
  policy: UrlPolicy;
  /** Hostname resolver used by the policy check; default the system resolver. */
  resolve?: Resolver;
  /** Whole-page budget from navigation to HTML; default 20 000. */
  pageDeadlineMs?: number;
  /** Pages rendering at once; default 2. */
  maxPagesInFlight?: number;
  userAgent?: string;
  /** V8 heap cap per renderer process in MiB; default 512. */
  jsHeapLimitMb?: number;
  /** Called for every connection the proxy refuses (logs, metrics). */
  onRefused?: (refusal: ProxyRefusal) => void;
}

/** One launched browser and the pages it is rendering. */
interface BrowserHandle {
  readonly browser: LaunchedBrowser['browser'];
  readonly pid: number | null;
  pagesInFlight: number;
  /** No new pages go to a retired browser; it is closed once its pages finish. */
  retired: boolean;
  closing: Promise<void> | null;
}

type RendererState = 'new' | 'starting' | 'started' | 'closing' | 'closed';

export class BrowserRenderer {
  private readonly executablePath: string;
  private readonly pageDeadlineMs: number;
  private readonly jsHeapLimitMb: number;
  private readonly resolve: Resolver;
  private readonly proxy: FilteringProxy;
  private readonly slots: Semaphore;
  private readonly handles = new Set<BrowserHandle>();
  /** URLs being rendered, named in each proxy refusal. */
  private readonly rendering = new Set<string>();
  private current: BrowserHandle | null = null;
  private launching: Promise<BrowserHandle> | null = null;
  private downloadsDir: string | null = null;
  private state: RendererState = 'new';

  constructor(private readonly options: BrowserRendererOptions) {
    this.executablePath = options.executablePath ?? DEFAULT_CHROMIUM_PATH;
    this.pageDeadlineMs = options.pageDeadlineMs ?? DEFAULT_PAGE_DEADLINE_MS;
    this.jsHeapLimitMb = options.jsHeapLimitMb ?? DEFAULT_JS_HEAP_LIMIT_MB;
    this.resolve = options.resolve ?? systemResolver;
    this.slots = new Semaphore(options.maxPagesInFlight ?? DEFAULT_MAX_PAGES_IN_FLIGHT);
    this.proxy = new FilteringProxy({
      policy: options.policy,
      resolve: this.resolve,
      ...(options.onRefused === undefined ? {} : { onRefused: options.onRefused }),
      pagesInFlight: () => [...this.rendering],
    });
  }

  /**
   * Starts the proxy and launches the browser. Throws PermanentError
   * BROWSER_UNAVAILABLE (with install advice) when Chromium is missing or will
   * not start; what it had set up is undone first.
   */
  async start(): Promise<void> {
    if (this.state !== 'new') throw new Error(`BrowserRenderer.start() called in state ${this.state}`);
    this.state = 'starting';
    try {
      assertChromiumAvailable(this.executablePath);
      this.downloadsDir = await mkdtemp(join(tmpdir(), 'wirewatch-downloads-'));
      await this.proxy.start();
      await this.acquireBrowser();
    } catch (err) {
      await this.close().catch(() => {});
      if (err instanceof PermanentError) throw err;
      throw new PermanentError('BROWSER_UNAVAILABLE', `Chromium did not start: ${firstLine(err)}; ${INSTALL_ADVICE}`, {
        cause: err,
        context: { executablePath: this.executablePath },
      });
    }
    this.state = 'started';
  }

  /**
   * Renders `url` and returns its HTML after scripts ran. Throws the URL-policy
   * errors before using the browser, RENDER_TIMEOUT / RENDER_CRASHED
   * (TransientError) for pages that hang or crash, and the HTTP status errors
   * of the HTTP fetch path for the main document.
   */
  async render(url: string): Promise<FetchedPage> {
    this.assertStarted();
    // Cheap gate first; the proxy checks again (and pins) for every connection.
    await checkUrl(url, this.options.policy, this.resolve);
    const release = await this.slots.acquire();
    let handle: BrowserHandle | null = null;
    try {
      this.assertStarted();
      const acquired = await this.acquireBrowser();
      handle = acquired;
      acquired.pagesInFlight += 1;
      this.rendering.add(url);
      return await renderPage(acquired.browser, url, {
        deadlineMs: this.pageDeadlineMs,
        ...(this.options.userAgent === undefined ? {} : { userAgent: this.options.userAgent }),
        onBrowserSuspect: () => this.retire(acquired),
      });
    } catch (err) {
      if (this.state === 'started') throw err;
      throw new TransientError('BROWSER_UNAVAILABLE', 'renderer closed during the render', { cause: err, context: { url } });
    } finally {
      this.rendering.delete(url);
      if (handle !== null) {
        handle.pagesInFlight -= 1;
        if (handle.retired) this.closeWhenIdle(handle);
      }
      release();
    }
  }

  /** PID of the current browser process (its process group id too), or null. */
  browserPid(): number | null {
    return this.current?.pid ?? null;
  }

  /** Connections the proxy refused since start. */
  get refusedCount(): number {
    return this.proxy.refusedCount;
  }

  /** The most recent refusals, oldest first. */
  recentRefusals(): ProxyRefusal[] {
    return this.proxy.recentRefusals();
  }

  /** Where Chromium would save downloads; it stays empty because downloads are refused. */
  get downloadsDirectory(): string | null {
    return this.downloadsDir;
  }

  /**
   * Closes browsers, then the proxy, then removes the downloads directory: the
   * reverse of start(). Keeps going after a failed step and reports all of them.
   */
  async close(): Promise<void> {
    if (this.state === 'closing' || this.state === 'closed') return;
    this.state = 'closing';
    const errors: unknown[] = [];
    await this.launching?.catch(() => {});
    await Promise.all([...this.handles].map((handle) => this.closeHandle(handle)));
    await this.proxy.close().catch((err: unknown) => errors.push(err));
    if (this.downloadsDir !== null) {
      await rm(this.downloadsDir, { recursive: true, force: true }).catch((err: unknown) => errors.push(err));
    }
    this.state = 'closed';
    if (errors.length > 0) throw new AggregateError(errors, 'BrowserRenderer.close() finished with errors');
  }

  private assertStarted(): void {
    if (this.state !== 'started') {
      throw new TransientError('BROWSER_UNAVAILABLE', `renderer is not running (${this.state})`);
    }
  }

  /** The live browser, launching one (once, however many callers wait) when needed. */
  private async acquireBrowser(): Promise<BrowserHandle> {
    const current = this.current;
    if (current !== null && !current.retired && current.browser.isConnected()) return current;
    this.launching ??= this.launch().finally(() => {
      this.launching = null;
    });
    return this.launching;
  }

  private async launch(): Promise<BrowserHandle> {
    let launched: LaunchedBrowser;
    try {
      launched = await launchChromium({
        executablePath: this.executablePath,
        proxyPort: this.proxy.port,
        downloadsDir: this.downloadsDir ?? tmpdir(),
        jsHeapLimitMb: this.jsHeapLimitMb,
      });
    } catch (err) {
      throw new TransientError('BROWSER_UNAVAILABLE', `Chromium failed to launch: ${firstLine(err)}`, {
        cause: err,
        context: { executablePath: this.executablePath },
      });
    }
    const handle: BrowserHandle = { ...launched, pagesInFlight: 0, retired: false, closing: null };
    this.handles.add(handle);
    launched.browser.on('disconnected', () => this.onDisconnected(handle));
    if (this.state !== 'starting' && this.state !== 'started') {
      await this.closeHandle(handle);
      throw new TransientError('BROWSER_UNAVAILABLE', 'renderer closed while Chromium was starting');
    }
    this.current = handle;
    return handle;
  }

  /** Crashed, killed from outside, or closed by us. */
  private onDisconnected(handle: BrowserHandle): void {
    handle.retired = true;
    if (this.current === handle) this.current = null;
    if (handle.closing === null) {
      // Not our close: the browser died, and its helpers may still be running.
      if (handle.pid !== null) killProcessGroup(handle.pid);
      this.handles.delete(handle);
    }
  }

  private retire(handle: BrowserHandle): void {
    handle.retired = true;
    if (this.current === handle) this.current = null;
  }

  private closeWhenIdle(handle: BrowserHandle): void {
    if (handle.pagesInFlight === 0) void this.closeHandle(handle);
  }

  /** Graceful close, bounded; then SIGKILL the process group. Never rejects. */
  private closeHandle(handle: BrowserHandle): Promise<void> {
    this.retire(handle);
    handle.closing ??= (async () => {
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), BROWSER_CLOSE_TIMEOUT_MS);
      });
      const closed = await Promise.race([
        handle.browser.close().then(
          () => true,
          () => false,
        ),
        expired,
      ]);
      clearTimeout(timer);
      if (!closed && handle.pid !== null) killProcessGroup(handle.pid);
      this.handles.delete(handle);
    })();
    return handle.closing;
  }
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}
