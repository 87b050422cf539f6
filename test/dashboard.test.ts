/**
 * The dashboard in real Chromium against the real API server (embedded mode,
 * temp data dir) and the demo sites: sign in with the token, add a demo feed
 * through the page's form, crawl, and see the feed's health, its first
 * articles and claims, and a story's claim timeline chart appear. Saves a
 * screenshot to test-artifacts/dashboard.png.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../api/server.js';
import { parseConfig } from '../config/load.js';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH } from '../crawlers/browser/index.js';
import { startDemoSites, type DemoSites } from '../demo/server.js';
import { openEmbeddedApp, type EmbeddedApp } from '../local/app.js';
import { openFeedService } from '../feeds/service.js';
import { PromMetrics } from '../runtime/metrics-prom.js';

const TOKEN = 'dashboard-test-token-0123456789';
const ARTIFACT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test-artifacts');
/** Browser start, a crawl of one demo outlet and a few page refreshes. */
const TEST_TIMEOUT_MS = 90_000;
const UI_TIMEOUT_MS = 20_000;

let sites: DemoSites;
let dir: string;
let app: EmbeddedApp;
let closeService: () => void;
let api: RunningApi;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(DEFAULT_CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${DEFAULT_CHROMIUM_PATH}: run \`apt-get install chromium\` (the dashboard test needs a real browser)`);
  }
  sites = await startDemoSites({ host: '127.0.0.1', port: 0 });
  dir = mkdtempSync(join(tmpdir(), 'wirewatch-dashboard-'));
  const config = parseConfig(
    {
      dataDir: join(dir, 'data'),
      outDir: join(dir, 'out'),
      crawler: { perHost: { maxInFlight: 4, minDelayMs: 0 }, allowPrivate: { hosts: [`127.0.0.1:${sites.port}`] } },
      api: { token: TOKEN, port: 0 },
    },
    'test',
  );
  const metrics = new PromMetrics({ processMetrics: false });
  app = openEmbeddedApp(config, { logger: pino({ level: 'silent' }), metrics });
  const opened = openFeedService(config);
  closeService = opened.close;
  api = await startApi({
    service: opened.service,
    token: TOKEN,
    host: '127.0.0.1',
    port: 0,
    articles: app.articles,
    crawl: () => app.runner.runOnce(),
    metrics,
  });
  browser = await chromium.launch({ executablePath: DEFAULT_CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}, TEST_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await api?.close();
  closeService?.();
  await app?.close();
  await sites?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('dashboard', () => {
  it(
    'signs in, adds a demo feed through the form, crawls, and shows its articles, claims and a timeline chart',
    async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems: string[] = [];
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      // A 401 before signing in is expected; anything else logged as an error (CSP violations included) is a bug.
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !/401/.test(msg.text())) problems.push(`console: ${msg.text()}`);
      });
      await page.goto(`${api.url}/`);

      await page.locator('#login').waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
      await page.fill('#token', TOKEN);
      await page.click('#login button[type=submit]');
      await page.locator('#login').waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });

      const feed = sites.feeds[0]!;
      await page.fill('#feed-url', feed.url);
      await page.fill('#feed-interval', '600');
      await page.click('#add-feed button[type=submit]');
      await expect.poll(() => page.textContent('#add-status'), { timeout: UI_TIMEOUT_MS }).toMatch(/^added "/);
      const row = page.locator('#feeds tbody tr');
      await expect.poll(() => row.count(), { timeout: UI_TIMEOUT_MS }).toBe(1);
      expect(await row.first().textContent()).toContain(feed.url);

      await page.click('#crawl-now');
      await expect.poll(() => page.textContent('#crawl-status'), { timeout: TEST_TIMEOUT_MS }).toMatch(/^done: [1-9]\d* published/);
      const articles = page.locator('#stories .article');
      await expect.poll(() => articles.count(), { timeout: UI_TIMEOUT_MS }).toBeGreaterThan(0);
      // The feed's health now shows its poll and what it yielded.
      await expect.poll(() => row.first().locator('td').nth(4).textContent(), { timeout: UI_TIMEOUT_MS }).toMatch(/^[1-9]\d* \/ [1-9]/);
      expect(await row.first().locator('td').nth(7).textContent()).toBe('0');

      // The first story with claims: its timeline is drawn as an SVG chart, one dot per figure.
      const withClaims = page.locator('#stories .story', { has: page.locator('.claims') }).first();
      await withClaims.locator('button', { hasText: 'timeline' }).click();
      await page.locator('#timeline svg circle').first().waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await page.locator('#timeline svg circle').count()).toBeGreaterThan(0);

      mkdirSync(ARTIFACT_DIR, { recursive: true });
      const shot = join(ARTIFACT_DIR, 'dashboard.png');
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(10_000);
      expect(problems).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT_MS,
  );

  it('serves the page without a token but no data', async () => {
    const res = await fetch(`${api.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(`${api.url}/stories`)).status).toBe(401);
  });
});
