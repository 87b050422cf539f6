/**
 * The dashboard in real Chromium against the real API server (embedded mode,
 * temp data dir) and the demo sites: signed out (what it needs, where the token
 * comes from), signed in (add a demo feed through the form, crawl the demo,
 * claims written as people read them), a story's figures over time, and the
 * claim timeline across stories. Saves a screenshot of each state to
 * test-artifacts/dashboard-*.png.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../api/server.js';
import { sourceNamesFor } from '../cli/source-names.js';
import { parseConfig } from '../config/load.js';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH } from '../crawlers/browser/index.js';
import { startDemoSites, type DemoSites } from '../demo/server.js';
import { openEmbeddedApp, type EmbeddedApp } from '../local/app.js';
import { openFeedService } from '../feeds/service.js';
import { PromMetrics } from '../runtime/metrics-prom.js';

const TOKEN = 'dashboard-test-token-0123456789';
const ARTIFACT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test-artifacts');
/** Browser start, a crawl of the demo outlets and a few page refreshes. */
const TEST_TIMEOUT_MS = 90_000;
const UI_TIMEOUT_MS = 20_000;
/** A full-page screenshot of a rendered dashboard is far bigger than a blank page. */
const MIN_SCREENSHOT_BYTES = 10_000;

let sites: DemoSites;
let dir: string;
let app: EmbeddedApp;
let closeService: () => void;
let api: RunningApi;
let browser: Browser;
let page: Page;
const problems: string[] = [];

async function screenshot(name: string): Promise<void> {
  mkdirSync(ARTIFACT_DIR, { recursive: true });
  const shot = join(ARTIFACT_DIR, `dashboard-${name}.png`);
  await page.screenshot({ path: shot, fullPage: true });
  expect(statSync(shot).size).toBeGreaterThan(MIN_SCREENSHOT_BYTES);
}

// biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text as rendered, what a reader sees
const text = async (selector: string): Promise<string> => (await page.locator(selector).innerText()).replace(/\s+/g, ' ');

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
      // Every demo outlet but the first, which the test adds through the page's form.
      feeds: sites.feeds.slice(1).map((feed) => ({ id: feed.id, name: feed.name, url: feed.url, kind: feed.kind, render: 'http' })),
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
    sourceNames: sourceNamesFor(config),
  });
  browser = await chromium.launch({ executablePath: DEFAULT_CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  // A 401 for a wrong token is expected; anything else logged as an error (CSP violations included) is a bug.
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/401/.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
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
    'signed out: says it needs the API token and where the token comes from, and shows only links that work',
    async () => {
      await page.goto(`${api.url}/`);
      await page.locator('#signed-out').waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
      const shown = await text('#signed-out');
      expect(shown).toContain('This server needs its API token');
      expect(shown).toContain('api.token');
      expect(shown).toContain('WIREWATCH_API_TOKEN');
      expect(shown).toContain('wirewatch token -c wirewatch.yaml');
      expect(await page.locator('#signed-in').isHidden()).toBe(true);
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text as rendered, what a reader sees
      expect(await page.locator('body').innerText()).not.toContain('nothing published yet');
      // Embedded mode: no Bull Board, so no queues link (it would be a 404); metrics and the API document work.
      expect(await text('#links')).toBe('metrics · API');
      expect((await fetch(`${api.url}/queues/`)).status).toBe(404);
      await screenshot('signed-out');

      await page.fill('#token', 'not-the-token-0123456789');
      await page.click('#login button[type=submit]');
      await expect.poll(() => text('#signed-out-reason'), { timeout: UI_TIMEOUT_MS }).toContain('That token was refused');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'signed in: adds a feed through the form, crawls the demo and writes claims as people read them',
    async () => {
      await page.fill('#token', TOKEN);
      await page.click('#login button[type=submit]');
      await page.locator('#signed-in').waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
      expect(await page.locator('#signed-out').isHidden()).toBe(true);

      const feed = sites.feeds[0]!;
      await page.fill('#feed-url', feed.url);
      await page.fill('#feed-interval', '600');
      await page.click('#add-feed button[type=submit]');
      await expect.poll(() => page.textContent('#add-status'), { timeout: UI_TIMEOUT_MS }).toMatch(/^added "/);
      const row = page.locator(`#feeds tbody tr`, { hasText: feed.url });
      await expect.poll(() => row.count(), { timeout: UI_TIMEOUT_MS }).toBe(1);

      await page.click('#crawl-now');
      await expect.poll(() => page.textContent('#crawl-status'), { timeout: TEST_TIMEOUT_MS }).toMatch(/^done: [1-9]\d* published/);
      await expect.poll(() => page.locator('#stories .article').count(), { timeout: UI_TIMEOUT_MS }).toBeGreaterThanOrEqual(5);
      // The added feed's health: items counted by publication day (the demo articles are from 2024-2026, none of the last 24 h).
      await expect.poll(() => row.locator('td').nth(7).textContent(), { timeout: UI_TIMEOUT_MS }).toBe('0');
      expect(await row.locator('td').nth(4).textContent()).toMatch(/^\d+ \/ \d+$/);

      const claims = await text('#stories');
      // Bounds, thousands separators, shares and source names, as the CLI writes them.
      expect(claims).toContain('≥100 killed — North Korean soldiers · National Intelligence Service');
      expect(claims).toContain('~1,100 casualties');
      expect(claims).toContain('>1,000 killed or wounded');
      expect(claims).toContain('60% killed or wounded');
      expect(claims).toContain('nearly 4,700');
      expect(claims).toContain("South Korea's Joint Chiefs of Staff");
      // Attributed statements without a figure: who said what, behind a summary line.
      expect(claims).toMatch(/\d+ attributed statement\(s\)/);
      // Never the raw fields.
      expect(claims).not.toMatch(/\b0\.6 killed|> 1000|killed_or_wounded|south-korea-nis|\? —/);
      await screenshot('signed-in');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "a story: its figures over time open under it, with the copy's drift marked",
    async () => {
      const story = page.locator('#stories .story', { hasText: 'Suffer Heavy Losses' });
      await story.locator('button', { hasText: 'figures over time' }).click();
      const table = story.locator('.story-timeline .timeline-table');
      await table.waitFor({ timeout: UI_TIMEOUT_MS });
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text as rendered, what a reader sees
      const shown = (await story.locator('.story-timeline').innerText()).replace(/\s+/g, ' ');
      // One report restates the other's JCS casualty figure with another bound (which one came first depends on the crawl's order).
      expect(shown).toMatch(
        /drift: "[^"]+" \((Northwire|Daily Meridian)\) restates South Korea's Joint Chiefs of Staff's north korean casualties [~>]1,[01]00 as [~>]1,[01]00 \(copy of "/,
      );
      expect(shown).toContain('Northwire');
      await story.scrollIntoViewIfNeeded();
      await screenshot('story');
      await story.screenshot({ path: join(ARTIFACT_DIR, 'dashboard-story-view.png') });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "the claim timeline across stories: the NIS's figures from every outlet, 100 → 600 → ~4,700 → ~6,000, updates marked",
    async () => {
      const view = page.locator('#cross-timeline');
      await view.locator('.timeline-table').waitFor({ timeout: UI_TIMEOUT_MS });
      // The largest series opens first: North Korean casualties (killed, wounded, casualties), every source.
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text as rendered, what a reader sees
      expect(await view.locator('select.timeline-series option:checked').innerText()).toMatch(/^north korean · casualties/);
      await view.locator('select.timeline-source').selectOption('south-korea-nis');
      await expect
        .poll(async () => new Set(await view.locator('.timeline-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-source')))), {
          timeout: UI_TIMEOUT_MS,
        })
        .toEqual(new Set(['south-korea-nis']));
      const rows = await view
        .locator('.timeline-table tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim())));
      // [day, source, measure, figure, reported by, marks]; killed and casualties (killed or wounded) lines.
      const distinct = (figures: string[]): string[] => figures.filter((f, i) => f !== figures[i - 1]);
      const line = rows.filter((r) => r[2] === 'killed' || r[2] === 'casualties').map((r) => r[3]!);
      expect(distinct(line)).toEqual(['≥100', '600', '~4,700', '~6,000']);
      expect(distinct(rows.filter((r) => r[2] === 'killed').map((r) => r[3]!))).toEqual(['≥100', '600']);
      expect(distinct(rows.filter((r) => r[2] === 'casualties').map((r) => r[3]!))).toEqual(['~4,700', '~6,000']);
      const days = rows.map((r) => r[0]);
      expect(days).toEqual([...days].sort());
      expect(new Set(rows.flatMap((r) => r[4]!.split(', ')))).toEqual(new Set(['Daily Meridian', 'Northwire', 'Korea Frontline', 'Global Dispatch']));
      // Each move of the agency's figure is an update, marked on the later point.
      const marksOf = (figure: string) =>
        rows
          .filter((r) => r[3] === figure)
          .map((r) => r[5])
          .join(' ');
      expect(marksOf('600')).toMatch(/update: National Intelligence Service: north korean killed ≥100 \(National Intelligence Service, 2024-12-23\) → 600/);
      expect(marksOf('~6,000')).toMatch(/update: .*casualties ~4,700 \(National Intelligence Service, 2025-04-30\) → ~6,000/);
      // The chart: a dot per dated point, a green ring on each update.
      expect(await view.locator('svg circle[data-source="south-korea-nis"]').count()).toBe(rows.length);
      expect(await view.locator('svg circle.mark-update').count()).toBeGreaterThanOrEqual(2);
      expect(await view.locator('svg text.point-label').allTextContents()).toEqual(expect.arrayContaining(['≥100', '600', '~4,700', '~6,000']));
      await view.scrollIntoViewIfNeeded();
      await screenshot('timeline');
      // The view alone, at full size, for reading the chart.
      await view.screenshot({ path: join(ARTIFACT_DIR, 'dashboard-timeline-view.png') });
      expect(problems).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'without a token on loopback and without an article log: no sign-in, and no sections or links for what the server does not run',
    async () => {
      const registry = openFeedService(parseConfig({ dataDir: join(dir, 'bare') }, 'test'));
      const bare = await startApi({ service: registry.service, host: '127.0.0.1', port: 0 });
      const other = await browser.newPage();
      try {
        await other.goto(`${bare.url}/`);
        await other.locator('#signed-in').waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
        expect(await other.locator('#signed-out').isHidden()).toBe(true);
        expect(await other.locator('#session').isHidden()).toBe(true);
        expect(await other.locator('#stories-section').isHidden()).toBe(true);
        expect(await other.locator('#timeline-section').isHidden()).toBe(true);
        expect(await other.locator('#crawl-now').isHidden()).toBe(true);
        expect((await other.locator('#links').textContent())?.trim()).toBe('API');
        await expect.poll(() => other.locator('#feeds tbody').textContent(), { timeout: UI_TIMEOUT_MS }).toContain('no feeds yet');
      } finally {
        await other.close();
        await bare.close();
        registry.close();
      }
    },
    TEST_TIMEOUT_MS,
  );

  it('serves the page, its scripts and what the server runs without a token, but no data', async () => {
    const res = await fetch(`${api.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const present = await fetch(`${api.url}/present.js`);
    expect(present.headers.get('content-type')).toContain('text/javascript');
    expect(await present.text()).toContain('function formatFigure');
    expect(await (await fetch(`${api.url}/capabilities`)).json()).toEqual({ tokenRequired: true, metrics: true, queues: false, stories: true, crawl: true });
    expect((await fetch(`${api.url}/stories`)).status).toBe(401);
    expect((await fetch(`${api.url}/timeline`)).status).toBe(401);
  });
});
