/**
 * Watching the pipeline: `/metrics` after a real embedded crawl of the demo
 * sites (counters moved, every metric name present), the stage-worker
 * instrumentation's reading of job outcomes, queue depths and Bull Board over
 * a real redis-server, and the feed activity / quality-drift functions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DelayedError, Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../api/server.js';
import { demoConfigObject } from '../cli/demo.js';
import { parseConfig } from '../config/load.js';
import type { WirewatchConfig } from '../config/schema.js';
import { startDemoSites, type DemoSites } from '../demo/server.js';
import { openEmbeddedApp } from '../local/app.js';
import { openFeedService } from '../feeds/service.js';
import { feedActivity, qualityDrift, QUALITY_DRIFT_MIN_RISE, QUALITY_WINDOW_ARTICLES } from '../feeds/health.js';
import { MAX_HOST_LABELS, OTHER_HOST, PromMetrics } from '../runtime/metrics-prom.js';
import { openQueueMonitor } from '../workers/metrics-queues.js';
import { instrumentProcessor } from '../workers/metrics-stage.js';
import { ALERT_QUEUE, QUEUE } from '../workers/queues.js';
import { startTestRedis, type TestRedis } from './helpers/redis-server.js';

const TOKEN = 'metrics-test-token-0123456789';

/** The value of one sample of the exposition text, or null when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | null {
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(match[3]);
  }
  return null;
}

async function scrape(api: RunningApi, token: string | null = TOKEN): Promise<{ status: number; type: string | null; text: string }> {
  const res = await fetch(`${api.url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

describe('/metrics after an embedded crawl of the demo sites', () => {
  let sites: DemoSites;
  let dir: string;
  let config: WirewatchConfig;
  let api: RunningApi;
  let closeService: () => void;
  const metrics = new PromMetrics();

  beforeAll(async () => {
    sites = await startDemoSites({ host: '127.0.0.1', port: 0 });
    dir = mkdtempSync(join(tmpdir(), 'wirewatch-metrics-'));
    const raw = demoConfigObject(sites, join(dir, 'data'), join(dir, 'out'));
    raw.crawler = { perHost: { maxInFlight: 4, minDelayMs: 0 }, allowPrivate: { hosts: [`127.0.0.1:${sites.port}`] } };
    // A feed that answers 404: the error counter must show its code.
    raw.feeds = [...(raw.feeds as unknown[]), { id: 'missing', url: `${sites.baseUrl}/no-such-feed.xml`, render: 'http' }];
    raw.api = { token: TOKEN, port: 0 };
    config = parseConfig(raw, 'test');
    const opened = openFeedService(config);
    closeService = opened.close;
    api = await startApi({ service: opened.service, token: TOKEN, host: '127.0.0.1', port: 0, metrics });
  });

  afterAll(async () => {
    await api?.close();
    closeService?.();
    await sites?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names every metric before any work, and needs the token', async () => {
    expect((await scrape(api, null)).status).toBe(401);
    const { status, type, text } = await scrape(api);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    for (const name of [
      'wirewatch_stage_items_total',
      'wirewatch_stage_duration_seconds',
      'wirewatch_errors_total',
      'wirewatch_host_throttled_total',
      'wirewatch_process_cpu_seconds_total',
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(sample(text, 'wirewatch_stage_items_total', { stage: 'fetch', outcome: 'done' })).toBe(0);
    // Without Redis there are no queue depths to report.
    expect(text).not.toContain('wirewatch_queue_jobs');
  });

  it('counts items, durations and error codes per stage after runOnce', async () => {
    const app = openEmbeddedApp(config, { logger: pino({ level: 'silent' }), metrics });
    let published: number;
    try {
      published = (await app.runner.runOnce()).published.length;
    } finally {
      await app.close();
    }
    expect(published).toBeGreaterThan(0);
    const { text } = await scrape(api);
    const items = (stage: string, outcome: string): number | null => sample(text, 'wirewatch_stage_items_total', { stage, outcome });
    expect(items('discover', 'done')).toBe(sites.feeds.length);
    expect(items('discover', 'failed')).toBe(1);
    expect(sample(text, 'wirewatch_errors_total', { stage: 'discover', code: 'FETCH_NOT_FOUND' })).toBe(1);
    expect(items('fetch', 'done')).toBeGreaterThanOrEqual(published);
    expect(items('extract', 'done')).toBeGreaterThanOrEqual(published);
    expect(items('claims', 'done')).toBeGreaterThanOrEqual(published);
    expect(items('output', 'done')).toBe(published);
    for (const stage of ['discover', 'fetch', 'extract', 'dedup', 'claims']) {
      expect(sample(text, 'wirewatch_stage_duration_seconds_count', { stage })).toBeGreaterThan(0);
      expect(sample(text, 'wirewatch_stage_duration_seconds_sum', { stage })).toBeGreaterThan(0);
    }
  });

  it('counts what a second pass skips (nothing is fetched twice)', async () => {
    const before = sample((await scrape(api)).text, 'wirewatch_stage_items_total', { stage: 'fetch', outcome: 'done' });
    const app = openEmbeddedApp(config, { logger: pino({ level: 'silent' }), metrics });
    try {
      await app.runner.runOnce();
    } finally {
      await app.close();
    }
    const { text } = await scrape(api);
    expect(sample(text, 'wirewatch_stage_items_total', { stage: 'fetch', outcome: 'done' })).toBe(before);
    expect(sample(text, 'wirewatch_stage_items_total', { stage: 'fetch', outcome: 'skipped' })).toBeGreaterThan(0);
  });
});

describe('stage worker instrumentation', () => {
  const job = (data: unknown): Job => ({ data }) as unknown as Job;

  it('reads done, skipped, failed with its code, and throttling from what the processor returns or throws', async () => {
    const metrics = new PromMetrics({ processMetrics: false });
    await instrumentProcessor('extract', async () => ({ skipped: 'not_article' }), metrics)(job({}), 'token');
    await instrumentProcessor('dedup', async () => ({ status: 'new' }), metrics)(job({}), 'token');
    const failing = instrumentProcessor(
      'fetch',
      async () => {
        throw new Error('FETCH_TIMEOUT: no answer within 30000 ms');
      },
      metrics,
    );
    await expect(failing(job({ entry: { url: 'https://a.example/x' } }), 'token')).rejects.toThrow('FETCH_TIMEOUT');
    const busy = instrumentProcessor(
      'fetch',
      async () => {
        throw new DelayedError('delayed 900 ms');
      },
      metrics,
    );
    await expect(busy(job({ entry: { url: 'https://a.example/y' } }), 'token')).rejects.toBeInstanceOf(DelayedError);
    const paused = instrumentProcessor(
      'poll',
      async () => {
        throw new DelayedError('FETCH_RATE_LIMITED: delayed 60000 ms');
      },
      metrics,
    );
    await expect(paused(job({ feedId: 'f', feed: { url: 'https://b.example/feed.xml' } }), 'token')).rejects.toBeInstanceOf(DelayedError);

    const text = await metrics.render();
    expect(sample(text, 'wirewatch_stage_items_total', { stage: 'extract', outcome: 'skipped' })).toBe(1);
    expect(sample(text, 'wirewatch_stage_items_total', { stage: 'dedup', outcome: 'done' })).toBe(1);
    expect(sample(text, 'wirewatch_stage_items_total', { stage: 'fetch', outcome: 'failed' })).toBe(1);
    expect(sample(text, 'wirewatch_errors_total', { stage: 'fetch', code: 'FETCH_TIMEOUT' })).toBe(1);
    // A delayed job is no outcome: it comes back.
    expect(sample(text, 'wirewatch_stage_items_total', { stage: 'discover', outcome: 'failed' })).toBe(0);
    expect(sample(text, 'wirewatch_host_throttled_total', { host: 'a.example', kind: 'wait' })).toBe(1);
    expect(sample(text, 'wirewatch_host_throttled_total', { host: 'b.example', kind: 'rate_limit_pause' })).toBe(1);
  });

  it('caps the number of host labels', async () => {
    const metrics = new PromMetrics({ processMetrics: false });
    for (let i = 0; i < MAX_HOST_LABELS + 5; i++) metrics.hostThrottled(`h${i}.example`, 'wait');
    const text = await metrics.render();
    expect(sample(text, 'wirewatch_host_throttled_total', { host: OTHER_HOST, kind: 'wait' })).toBe(5);
    expect(sample(text, 'wirewatch_host_throttled_total', { host: 'h0.example', kind: 'wait' })).toBe(1);
  });
});

describe('queue depths and Bull Board (real redis-server)', () => {
  let redis: TestRedis;
  let api: RunningApi;
  let dir: string;
  let closeService: () => void;
  let monitor: ReturnType<typeof openQueueMonitor>;
  let queue: Queue;

  beforeAll(async () => {
    redis = await startTestRedis();
    dir = mkdtempSync(join(tmpdir(), 'wirewatch-queues-'));
    const opened = openFeedService(parseConfig({ dataDir: join(dir, 'data'), outDir: join(dir, 'out') }, 'test'));
    closeService = opened.close;
    monitor = openQueueMonitor(redis.url, { prefix: 'metricstest' });
    queue = new Queue(QUEUE.fetch, { connection: { path: redis.socketPath }, prefix: 'metricstest' });
    await queue.add('fetch', { n: 1 });
    await queue.add('fetch', { n: 2 }, { delay: 60_000 });
    const metrics = new PromMetrics({ processMetrics: false, queueDepths: () => monitor.depths() });
    api = await startApi({
      service: opened.service,
      token: TOKEN,
      host: '127.0.0.1',
      port: 0,
      metrics,
      queueBoard: (base) => monitor.boardPlugin(base),
      alertTotals: () => monitor.alertTotals(),
    });
  });

  afterAll(async () => {
    await api?.close();
    await queue?.close();
    await monitor?.close();
    closeService?.();
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports waiting, active, delayed and failed counts of every queue', async () => {
    const { text } = await scrape(api);
    expect(sample(text, 'wirewatch_queue_jobs', { queue: QUEUE.fetch, state: 'waiting' })).toBe(1);
    expect(sample(text, 'wirewatch_queue_jobs', { queue: QUEUE.fetch, state: 'delayed' })).toBe(1);
    expect(sample(text, 'wirewatch_queue_jobs', { queue: QUEUE.output, state: 'failed' })).toBe(0);
    expect(sample(text, 'wirewatch_queue_depth_up')).toBe(1);
  });

  it('/health counts the alert queue: pending (delayed retries included), failed for good, the latest failure code', async () => {
    const connection = { path: redis.socketPath };
    const alerts = new Queue(ALERT_QUEUE, { connection, prefix: 'metricstest' });
    await alerts.add('alert', { n: 1 }, { delay: 60_000 });
    await alerts.add('alert', { n: 2 });
    const worker = new Worker(
      ALERT_QUEUE,
      async () => {
        throw new UnrecoverableError('WEBHOOK_REJECTED: the receiver answered 410');
      },
      { connection, prefix: 'metricstest' },
    );
    try {
      await expect.poll(async () => (await alerts.getJobCounts('failed')).failed, { timeout: 10_000 }).toBe(1);
    } finally {
      await worker.close();
    }
    const health = (await (await fetch(`${api.url}/health`)).json()) as { alerts?: unknown };
    expect(health.alerts).toEqual({ pending: 1, failed: 1, lastErrorCode: 'WEBHOOK_REJECTED' });
    await alerts.obliterate({ force: true });
    await alerts.close();
  });

  it('serves Bull Board at /queues to the token (header or the dashboard cookie) only', async () => {
    expect((await fetch(`${api.url}/queues`)).status).toBe(401);
    const page = await fetch(`${api.url}/queues`, { headers: { cookie: `wirewatch_token=${TOKEN}` } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    const list = await fetch(`${api.url}/queues/api/queues`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(list.status).toBe(200);
    expect(JSON.stringify(await list.json())).toContain(QUEUE.fetch);
    // The dashboard shows its queues link only where Bull Board runs: it asks the server, without a token.
    expect(await (await fetch(`${api.url}/capabilities`)).json()).toMatchObject({ tokenRequired: true, queues: true, metrics: true });
  });
});

describe('feed activity and extraction quality drift', () => {
  const flagged = (n: number, of: number): boolean[] => Array.from({ length: of }, (_, i) => i < n);

  it('flags a rising share of thin or flagged articles, newest window against the one before', () => {
    const w = QUALITY_WINDOW_ARTICLES;
    const rising = qualityDrift([...flagged(10, w), ...flagged(2, w)]);
    expect(rising).toEqual({ recentShare: 0.5, previousShare: 0.1, window: w, drifting: true });
    expect(qualityDrift([...flagged(2, w), ...flagged(10, w)]).drifting).toBe(false);
    // Exactly the threshold counts; just under does not.
    expect(qualityDrift([...flagged(2 + w * QUALITY_DRIFT_MIN_RISE, w), ...flagged(2, w)]).drifting).toBe(true);
    expect(qualityDrift([...flagged(1 + w * QUALITY_DRIFT_MIN_RISE, w), ...flagged(2, w)]).drifting).toBe(false);
    // Too few articles say nothing.
    expect(qualityDrift(flagged(3, 4))).toEqual({ recentShare: null, previousShare: null, window: w, drifting: false });
    expect(qualityDrift(flagged(5, w)).previousShare).toBeNull();
  });

  it('counts items of the last 24 h and 7 days and reads the current interval from the poll state', () => {
    const now = new Date('2026-05-08T12:00:00Z');
    const at = (hoursAgo: number): string => new Date(now.getTime() - hoursAgo * 3600_000).toISOString();
    const items = [
      { feedId: 'a', processedAt: at(1), publishedAt: null, flags: [] },
      { feedId: 'a', processedAt: at(30), publishedAt: at(31), flags: ['thin'] },
      { feedId: 'a', processedAt: at(24 * 8), publishedAt: null, flags: [] },
      { feedId: 'b', processedAt: at(2), publishedAt: null, flags: [] },
    ];
    const health = { lastPolledAt: at(0.5), nextPollAt: new Date(now.getTime() + 1.5 * 3600_000).toISOString() };
    const activity = feedActivity({ id: 'a', pollIntervalSecs: 900, health }, items, now);
    expect(activity).toMatchObject({ itemsLast24h: 1, itemsLast7d: 2, itemsPerDay: 0.3, currentIntervalSecs: 7200 });
    // Processed an hour ago but published in 2024 (or on a day 3 days back): news of then, not of today.
    const old = [
      { feedId: 'a', processedAt: at(1), publishedAt: '2024-03-01T08:00:00Z', flags: [] },
      { feedId: 'a', processedAt: at(1), publishedAt: at(72).slice(0, 10), flags: [] },
      // A publication time after processing (a wrong time zone) falls back to the processing time.
      { feedId: 'a', processedAt: at(2), publishedAt: at(-5), flags: [] },
    ];
    expect(feedActivity({ id: 'a', pollIntervalSecs: 900, health }, old, now)).toMatchObject({ itemsLast24h: 1, itemsLast7d: 2 });
    expect(feedActivity({ id: 'a', pollIntervalSecs: 900, health: { lastPolledAt: null, nextPollAt: null } }, [], now).currentIntervalSecs).toBe(900);
  });
});
