/**
 * Real Chromium against a loopback page server (fault matrix rows B7, E10–E14).
 * The URL policy is the production one plus exactly 127.0.0.1:<page server port>,
 * so every blocking assertion is a real one. Chromium is required: without it
 * the suite fails with install advice instead of skipping.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserRenderer, DEFAULT_CHROMIUM_PATH, chromiumAvailable, looksScriptBuilt, type BrowserRendererOptions } from '../crawlers/browser/index.js';
import { PRODUCTION_URL_POLICY, type UrlPolicy } from '../crawlers/url-policy.js';
import {
  childChromiumProcesses,
  html,
  startCanary,
  startPageServer,
  waitFor,
  waitForGroupsGone,
  WEBSOCKET_GREETING,
  type Canary,
  type PageServer,
} from './helpers/browser-fixtures.js';
import { readProcess } from '../crawlers/browser/processes.js';
import { ALLOWED_TRAFFIC_PAGE, APP_PAGE, ARTICLE_PAGE, ARTICLE_TEXT, E13_PAGE, METADATA_HOST, OOM_PAGE, b7Page } from './helpers/browser-pages.js';

const CHROMIUM_MISSING = `Chromium not found at ${DEFAULT_CHROMIUM_PATH}. Run \`apt-get install chromium\` (CI installs it); the browser tests fail rather than skip without it.`;
/** Short page deadline for the hang test; margins below are generous for a loaded 2-core machine. */
const HANG_DEADLINE_MS = 3_000;
/** Orphaned helpers of a killed browser are reaped by init; give it time. */
const PROCESS_GONE_TIMEOUT_MS = 20_000;
/** Long enough that a third page could not slip in while two are held. */
const SLOW_PAGE_DELAY_MS = 2_000;

describe('crawlers/browser: BrowserRenderer on real Chromium', () => {
  let server: PageServer;
  let canary: Canary;
  let policy: UrlPolicy;

  beforeAll(async () => {
    if (!chromiumAvailable()) throw new Error(CHROMIUM_MISSING);
    canary = await startCanary();
    server = await startPageServer({
      '/article': html(ARTICLE_PAGE),
      '/app': html(APP_PAGE),
      '/api/article.json': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ title: 'Aqueduct repairs delayed', paragraphs: [ARTICLE_TEXT, 'Built by the client.'] }));
      },
      '/pixel.png': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(64)),
      '/font.woff2': (_req, res) => res.writeHead(200, { 'content-type': 'font/woff2' }).end(Buffer.alloc(64)),
      '/b7': html(b7Page(`${canary.host}:${canary.port}`)),
      '/e13': html(E13_PAGE),
      '/download': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="report.bin"' });
        res.end('DOWNLOAD-CANARY-TOKEN');
      },
      '/oom': html(OOM_PAGE),
      '/allowed': html(ALLOWED_TRAFFIC_PAGE),
      '/echo': (req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => res.writeHead(200, { 'content-type': 'text/plain' }).end(Buffer.concat(chunks)));
      },
      '/to-canary': (_req, res) => res.writeHead(302, { location: `http://${canary.host}:${canary.port}/` }).end(),
      '/gone': html('<p>gone</p>', 410),
      '/hang': html('<!doctype html><html><body><p>spinning</p><script>while(true){}</script></body></html>'),
      '/slow': (req, res) => setTimeout(() => html(`<p>${ARTICLE_TEXT}</p>`)(req, res), SLOW_PAGE_DELAY_MS),
    });
    policy = { ...PRODUCTION_URL_POLICY, allowHosts: [`127.0.0.1:${server.port}`], allowCidrs: [] };
  });

  afterAll(async () => {
    await server?.close();
    await canary?.close();
    // Whatever a test left behind would show here: every renderer must have closed its browser.
    expect(childChromiumProcesses()).toEqual([]);
  });

  async function withRenderer<T>(extra: Partial<BrowserRendererOptions>, body: (renderer: BrowserRenderer, pgids: Set<number>) => Promise<T>): Promise<T> {
    const renderer = new BrowserRenderer({ policy, ...extra });
    const pgids = new Set<number>();
    try {
      await renderer.start();
      const pid = renderer.browserPid();
      if (pid !== null) pgids.add(pid);
      return await body(renderer, pgids);
    } finally {
      await renderer.close();
    }
  }

  it('renders a page whose article body is built by client-side JavaScript', async () => {
    const raw = { app: APP_PAGE, article: ARTICLE_PAGE };
    expect(looksScriptBuilt(raw.app)).toBe(true);
    expect(looksScriptBuilt(raw.article)).toBe(false);

    await withRenderer({}, async (renderer) => {
      const page = await renderer.render(`${server.base}/app`);
      expect(page).toMatchObject({ via: 'browser', status: 200, requestedUrl: `${server.base}/app`, finalUrl: `${server.base}/app` });
      expect(page.contentType).toMatch(/text\/html/);
      expect(page.html).toContain('Aqueduct repairs delayed');
      expect(page.html).toContain('rationing would begin in the northern districts');
      expect(Number.isNaN(Date.parse(page.fetchedAt))).toBe(false);
      // Images and fonts are refused before they reach the network.
      expect(server.hits('/pixel.png')).toBe(0);
      expect(server.hits('/font.woff2')).toBe(0);
    });
  });

  it('B7: img, fetch, WebSocket, iframe, worker and window.open to the canary and 169.254.169.254 are all blocked; the page renders', async () => {
    await withRenderer({}, async (renderer) => {
      const page = await renderer.render(`${server.base}/b7`);
      expect(page.html).toContain('b7 page rendered');
      expect(canary.connections()).toBe(0);
      // Each kind of attempt reached the proxy and was refused there. Polled, because a
      // worker's fetch may land just after the page went quiet.
      const c = `${canary.host}:${canary.port}`;
      const expected = [c, METADATA_HOST].flatMap((host) => [`http://${host}/fetch`, `http://${host}/frame`, `http://${host}/worker`]);
      const refusedTargets = (): string[] =>
        renderer
          .recentRefusals()
          .filter((r) => r.code === 'SSRF_BLOCKED_ADDRESS')
          .map((r) => r.target);
      const tunnels = (host: string): number => refusedTargets().filter((t) => t === host).length;
      const allSeen = (): boolean =>
        expected.every((t) => refusedTargets().includes(t)) && tunnels(c) >= 2 && tunnels(`${METADATA_HOST}:80`) + tunnels(`${METADATA_HOST}:443`) >= 2;
      expect(await waitFor(allSeen, 10_000), `refused: ${refusedTargets().join(', ')}`).toBe(true);
      // <img> never got that far: images are dropped by the route before any connection.
      expect(refusedTargets().some((t) => t.endsWith('/img.png'))).toBe(false);
    });
    expect(canary.connections()).toBe(0);
  });

  it('B7: a URL outside the policy is refused before the browser is used', async () => {
    await withRenderer({}, async (renderer) => {
      await expect(renderer.render(`http://${canary.host}:${canary.port}/`)).rejects.toMatchObject({
        name: 'PermanentError',
        code: 'SSRF_BLOCKED_ADDRESS',
      });
      await expect(renderer.render('file:///etc/passwd')).rejects.toMatchObject({ code: 'SSRF_BLOCKED_SCHEME' });
    });
    expect(canary.connections()).toBe(0);
  });

  it('allowed traffic goes through the proxy intact: POST body and WebSocket', async () => {
    await withRenderer({}, async (renderer) => {
      let page = await renderer.render(`${server.base}/allowed`);
      // The WebSocket message may trail the quiet-network wait; a second look is cheap.
      for (let i = 0; i < 5 && !page.html.includes(WEBSOCKET_GREETING); i++) page = await renderer.render(`${server.base}/allowed`);
      expect(page.html).toContain('echo: posted body 42');
      expect(page.html).toContain(`websocket: ${WEBSOCKET_GREETING}`);
    });
  });

  it('B5/B7: a main document redirected to a blocked address fails with SSRF_BLOCKED_ADDRESS; HTTP statuses map as in the HTTP path', async () => {
    await withRenderer({}, async (renderer) => {
      await expect(renderer.render(`${server.base}/to-canary`)).rejects.toMatchObject({ name: 'PermanentError', code: 'SSRF_BLOCKED_ADDRESS' });
      await expect(renderer.render(`${server.base}/gone`)).rejects.toMatchObject({ name: 'PermanentError', code: 'FETCH_NOT_FOUND' });
    });
    expect(canary.connections()).toBe(0);
  });

  it('E10/E14: a renderer crash (page exhausting its heap) gives RENDER_CRASHED, the browser is recycled, the next render succeeds', async () => {
    await withRenderer({ jsHeapLimitMb: 64 }, async (renderer, pgids) => {
      // chrome://crash is what Playwright's own tests use; our URL gate refuses it first.
      await expect(renderer.render('chrome://crash')).rejects.toMatchObject({ code: 'SSRF_BLOCKED_SCHEME' });
      const before = renderer.browserPid();
      await expect(renderer.render(`${server.base}/oom`)).rejects.toMatchObject({ name: 'TransientError', code: 'RENDER_CRASHED' });
      const page = await renderer.render(`${server.base}/article`);
      expect(page.html).toContain('Reservoir at record low');
      const after = renderer.browserPid();
      if (after !== null) pgids.add(after);
      expect(after).not.toBe(before);
    });
  });

  it('E11: an endless script gives RENDER_TIMEOUT at the deadline; the next render succeeds; no chromium process remains after close', async () => {
    expect(childChromiumProcesses()).toEqual([]);
    const pgids = await withRenderer({ pageDeadlineMs: HANG_DEADLINE_MS }, async (renderer, groups) => {
      const startedAt = Date.now();
      await expect(renderer.render(`${server.base}/hang`)).rejects.toMatchObject({ name: 'TransientError', code: 'RENDER_TIMEOUT' });
      const elapsedMs = Date.now() - startedAt;
      expect(elapsedMs).toBeGreaterThanOrEqual(HANG_DEADLINE_MS - 100);
      expect(elapsedMs).toBeLessThan(HANG_DEADLINE_MS + 10_000);
      const page = await renderer.render(`${server.base}/article`);
      expect(page.html).toContain('Reservoir at record low');
      const pid = renderer.browserPid();
      if (pid !== null) groups.add(pid);
      expect(groups.size).toBeGreaterThan(0);
      return [...groups];
    });
    expect(await waitForGroupsGone(pgids, PROCESS_GONE_TIMEOUT_MS)).toEqual([]);
    expect(childChromiumProcesses()).toEqual([]);
  });

  it('E12: the browser killed from outside (kill -9) is relaunched by the next render', async () => {
    const pgids = await withRenderer({}, async (renderer, groups) => {
      await renderer.render(`${server.base}/article`);
      const pid = renderer.browserPid();
      expect(pid).not.toBeNull();
      process.kill(pid!, 'SIGKILL');
      expect(await waitFor(() => renderer.browserPid() !== pid, PROCESS_GONE_TIMEOUT_MS)).toBe(true);
      const page = await renderer.render(`${server.base}/article`);
      expect(page.html).toContain('Reservoir at record low');
      const relaunched = renderer.browserPid();
      expect(relaunched).not.toBeNull();
      expect(relaunched).not.toBe(pid);
      groups.add(relaunched!);
      return [...groups];
    });
    // The killed browser's helpers were killed with its group; none may stay alive.
    expect(await waitForGroupsGone(pgids, PROCESS_GONE_TIMEOUT_MS)).toEqual([]);
    expect(readProcess(pgids[0]!)).toBeNull();
  });

  it('E13: a download, an alert() loop and a popup to file: do not stop the render', async () => {
    await withRenderer({}, async (renderer) => {
      const page = await renderer.render(`${server.base}/e13`);
      // Dismissed, not accepted: confirm() is false and prompt() gives null.
      expect(page.html).toContain('dialogs answered: 20, confirm=false, prompt=null');
      expect(page.html).not.toContain('root:x:0:0');
      const dir = renderer.downloadsDirectory;
      expect(dir).not.toBeNull();
      expect(readdirSync(dir!)).toEqual([]);
    });
  });

  it('caps the pages rendering at once (maxPagesInFlight)', async () => {
    await withRenderer({ maxPagesInFlight: 2 }, async (renderer) => {
      const before = server.hits('/slow');
      const renders = Array.from({ length: 4 }, () => renderer.render(`${server.base}/slow`));
      // While the first two wait on the server, the others must not have reached it.
      expect(await waitFor(() => server.hits('/slow') - before >= 2, 20_000)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(server.hits('/slow') - before).toBe(2);
      await Promise.all(renders);
      expect(server.hits('/slow') - before).toBe(4);
    });
  });

  it('start() with a missing executable gives BROWSER_UNAVAILABLE with install advice', async () => {
    const renderer = new BrowserRenderer({ policy, executablePath: '/nonexistent/chromium' });
    const failure = await renderer.start().then(
      () => null,
      (err: unknown) => err,
    );
    expect(failure).toMatchObject({ name: 'PermanentError', code: 'BROWSER_UNAVAILABLE' });
    expect((failure as Error).message).toMatch(/apt-get install chromium/);
    expect((failure as Error).message).toMatch(/WIREWATCH_CHROMIUM_PATH/);
    await renderer.close();
    expect(chromiumAvailable('/nonexistent/chromium')).toBe(false);
  });
});
