/**
 * Fault matrix E17: in the distributed mode, the worker holding one fetch job is
 * killed twice (the job stalls twice and BullMQ fails it: "job stalled more than
 * allowable limit"). The scheduler's reconciler puts the failed job back under its
 * deterministic id, and the page is published, once; the requeue is counted for
 * operators. Real worker and scheduler processes, a real redis-server.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { stringify as toYaml } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../pipeline/output.js';
import { PromMetrics } from '../runtime/metrics-prom.js';
import { openQueueMonitor } from '../workers/metrics-queues.js';
import { QUEUE } from '../workers/queues.js';
import { readRequeueCounters, requeueReason, STALLED_REASON } from '../workers/requeue.js';
import { articleHtml } from './helpers/crash-crawl.js';
import { FaultServer } from './helpers/fault-server.js';
import { startTestRedis, type TestRedis } from './helpers/redis-server.js';
import { spawnWirewatch, waitFor, waitReady, type WirewatchProcess } from './helpers/wirewatch-process.js';

const PREFIX = 'wirewatch';
const SHRUNK_LOCKS = ['--lock-duration-ms', '1000', '--stalled-interval-ms', '500'];

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

describe('requeue of failed page jobs', () => {
  it('tells a stalled or retry-exhausted job from a permanent failure', () => {
    const opts = { attempts: 5 };
    expect(requeueReason({ failedReason: STALLED_REASON, attemptsMade: 0, opts })).toBe('stalled');
    expect(requeueReason({ failedReason: 'FETCH_NETWORK: network failure', attemptsMade: 5, opts })).toBe('retries_exhausted');
    expect(requeueReason({ failedReason: 'FETCH_HTTP_STATUS: gone (410)', attemptsMade: 1, opts })).toBeNull();
  });

  it('E17 a fetch job whose worker is killed twice fails as stalled, is put back by the reconciler, and its page is published once', async () => {
    const redis: TestRedis = await startTestRedis();
    const client = new Redis({ path: redis.socketPath, maxRetriesPerRequest: null });
    const dir = mkdtempSync(join(tmpdir(), 'ww-e17-'));
    const server = await new FaultServer().start();
    const processes: WirewatchProcess[] = [];
    cleanups.push(
      () => redis.stop(),
      () => rmSync(dir, { recursive: true, force: true }),
      () => client.disconnect(),
      () => server.close(),
      () => Promise.all(processes.map((p) => p.kill('SIGKILL'))),
    );
    const { html, title } = articleHtml(17);
    // The first two requests never answer: each worker holding the job is killed while it waits.
    const hanging: ServerResponse[] = [];
    server
      .route('/robots.txt', (_req, res) => res.writeHead(404).end())
      .route('/feed.xml', (_req, res) =>
        res
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><link>${server.url('/story')}</link></item></channel></rss>`),
      )
      .route('/story', (_req, res) => {
        if (server.hitCount('/story') <= 2) hanging.push(res);
        else res.writeHead(200, { 'content-type': 'text/html' }).end(html);
      });
    const config = join(dir, 'wirewatch.yaml');
    writeFileSync(
      config,
      toYaml({
        dataDir: join(dir, 'data'),
        outDir: join(dir, 'out'),
        // Room for the two host leases the killed workers leave behind (they expire after the fetch deadline).
        crawler: { perHost: { maxInFlight: 4, minDelayMs: 0 }, fetchDeadlineMs: 20_000, allowPrivate: { hosts: [`127.0.0.1:${server.port}`] } },
        feeds: [{ id: 'stalls', url: server.url('/feed.xml'), kind: 'rss' }],
      }),
    );
    const worker = (): WirewatchProcess => {
      const p = spawnWirewatch(['worker', '--config', config, '--redis', redis.url, '--concurrency', '2', ...SHRUNK_LOCKS]);
      processes.push(p);
      return p;
    };
    const t0 = Date.now();
    const phases: string[] = [];
    const mark = (what: string): void => {
      phases.push(`${what} ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    };
    let current = worker();
    await waitReady(current);
    mark('worker ready');
    const scheduler = spawnWirewatch(['scheduler', '--config', config, '--redis', redis.url, '--reconcile-every-ms', '1000']);
    processes.push(scheduler);
    for (let kill = 1; kill <= 2; kill++) {
      await waitFor(`page request ${kill}`, async () => server.hitCount('/story') >= kill, 30_000);
      mark(`request ${kill}`);
      await current.kill('SIGKILL');
      current = worker();
      await waitReady(current);
      mark(`worker ${kill + 1} ready`);
    }
    const output = new Queue(QUEUE.output, { connection: client, prefix: PREFIX });
    const fetchQueue = new Queue(QUEUE.fetch, { connection: client, prefix: PREFIX });
    const docs = await waitFor(
      'the page published',
      async () => {
        const jobs = await output.getJobs(['waiting', 'active', 'completed'], 0, -1, true);
        return jobs.length > 0 ? jobs.map((j) => j.data as ArticleDocument) : null;
      },
      60_000,
    );
    mark('published');
    await new Promise((r) => setTimeout(r, 1500)); // time for a wrong second copy to show up
    const all = (await output.getJobs(['waiting', 'active', 'completed'], 0, -1, true)).map((j) => j.data as ArticleDocument);
    const fetchJobs = await fetchQueue.getJobs(['completed', 'failed'], 0, -1);
    const counters = await readRequeueCounters(client, PREFIX);
    console.log(
      `E17: ${phases.join(', ')}; page requests ${server.hitCount('/story')}, documents ${all.length}, fetch jobs ${JSON.stringify(fetchJobs.map((j) => ({ id: j.id, requeues: (j.data as { requeues?: number }).requeues, state: j.finishedOn ? (j.failedReason ? 'failed' : 'completed') : 'open' })))}, counters ${JSON.stringify(counters)}`,
    );
    expect(docs[0]?.article.title).toBe(title);
    expect(all).toHaveLength(1);
    // One job, under its deterministic id, put back once, then completed.
    expect(fetchJobs).toHaveLength(1);
    expect((fetchJobs[0]?.data as { requeues?: number } | undefined)?.requeues).toBe(1);
    expect(await fetchJobs[0]?.isCompleted()).toBe(true);
    expect(server.hitCount('/story')).toBe(3);
    expect(counters).toContainEqual({ queue: QUEUE.fetch, reason: 'stalled', count: 1 });
    // Operators see it in the API's /metrics.
    const monitor = openQueueMonitor(redis.url);
    try {
      // The monitor's producer connection fails fast until it is connected.
      await waitFor('the monitor connected', () => monitor.requeued().catch(() => null), 10_000, 100);
      const text = await new PromMetrics({ processMetrics: false, jobRequeues: () => monitor.requeued() }).registry.metrics();
      expect(text).toContain(`wirewatch_jobs_requeued{queue="${QUEUE.fetch}",reason="stalled"} 1`);
    } finally {
      await monitor.close();
    }
    for (const res of hanging) res.destroy();
    await output.close();
    await fetchQueue.close();
  }, 120_000);
});
