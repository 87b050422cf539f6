/**
 * Queue and process faults of the distributed mode (fault matrix, section E),
 * with real worker processes, a real redis-server and loopback news servers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { stringify as toYaml } from 'yaml';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../pipeline/output.js';
import { QUEUE } from '../workers/queues.js';
import { FaultServer } from './helpers/fault-server.js';
import { startTestRedis, type TestRedis } from './helpers/redis-server.js';
import { spawnWirewatch, waitFor, waitReady, type WirewatchProcess } from './helpers/wirewatch-process.js';

const PREFIX = 'wirewatch';
const SHRUNK_LOCKS = ['--lock-duration-ms', '1000', '--stalled-interval-ms', '500'];

let redis: TestRedis;
let client: Redis;
let dir: string;
const processes: WirewatchProcess[] = [];
const servers: FaultServer[] = [];

function articleHtml(title: string, body: string[]): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title><meta property="article:published_time" content="2025-03-02T08:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article><footer>Footer text</footer></body></html>`;
}

const PARAGRAPHS = (topic: string): string[] => [
  `Emergency officials said on Sunday that at least 40 people were evacuated after ${topic} swept through the valley overnight, forcing families to leave their homes.`,
  `The regional governor told reporters that about 300 firefighters had been deployed, and that the situation remained difficult in the northern districts.`,
  `Residents described a night of confusion as sirens sounded across the area and roads were closed by police while crews worked through the morning.`,
  `Officials expect to publish a first estimate of the damage later this week, once engineers have inspected the bridges and the main water pipes.`,
];

function rss(base: string, items: Array<{ path: string; title: string }>): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title><link>${base}/</link>${items
    .map((i) => `<item><title>${i.title}</title><link>${base}${i.path}</link><pubDate>Sun, 02 Mar 2025 08:00:00 GMT</pubDate></item>`)
    .join('')}</channel></rss>`;
}

async function newsServer(host: string, topic: string, page: (res: import('node:http').ServerResponse, hit: number) => unknown): Promise<FaultServer> {
  const server = await new FaultServer().start(host);
  const base = `http://${host}:${server.port}`;
  server.route('/robots.txt', (_req, res) => res.writeHead(404).end());
  server.route('/feed.xml', (_req, res) =>
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(base, [{ path: '/story', title: `${topic} story` }])),
  );
  server.route('/story', (_req, res) => page(res, server.hits.get('/story') ?? 0));
  servers.push(server);
  return server;
}

function configFor(feeds: Array<{ id: string; server: FaultServer; host: string }>): string {
  const file = join(dir, `feeds-${Date.now()}-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(
    file,
    toYaml({
      dataDir: join(dir, 'data'),
      outDir: join(dir, 'out'),
      crawler: { perHost: { maxInFlight: 2, minDelayMs: 0 }, fetchDeadlineMs: 20_000, allowPrivate: { hosts: feeds.map((f) => `${f.host}:${f.server.port}`) } },
      feeds: feeds.map((f) => ({ id: f.id, url: `http://${f.host}:${f.server.port}/feed.xml`, kind: 'rss' })),
    }),
  );
  return file;
}

function worker(config: string, extra: string[] = []): WirewatchProcess {
  const p = spawnWirewatch(['worker', '--config', config, '--redis', redis.url, '--concurrency', '2', ...extra]);
  processes.push(p);
  return p;
}

async function schedule(config: string): Promise<void> {
  const p = spawnWirewatch(['scheduler', '--once', '--config', config, '--redis', redis.url]);
  expect(await p.exited, p.output()).toBe(0);
}

async function outputDocs(): Promise<ArticleDocument[]> {
  const q = new Queue(QUEUE.output, { connection: client, prefix: PREFIX });
  return (await q.getJobs(['waiting', 'active', 'completed'], 0, -1, true)).map((j) => j.data as ArticleDocument);
}

beforeEach(async () => {
  redis = await startTestRedis();
  client = new Redis({ path: redis.socketPath, maxRetriesPerRequest: null });
  // Outage tests kill Redis on purpose: the test's own client must not print its reconnect errors.
  client.on('error', () => undefined);
  dir = mkdtempSync(join(tmpdir(), 'wirewatch-faults-'));
});

afterEach(async () => {
  await Promise.all(processes.splice(0).map((p) => p.kill('SIGKILL')));
  await Promise.all(servers.splice(0).map((s) => s.close()));
  client.disconnect();
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
});

afterAll(async () => {
  await Promise.all(processes.map((p) => p.kill('SIGKILL')));
});

describe('distributed faults', { timeout: 120_000 }, () => {
  it('E1 worker SIGKILL mid-job: the job is picked up again and published exactly once', async () => {
    let releaseFirst: (() => void) | null = null;
    const server = await newsServer('127.0.0.1', 'a wildfire', (res, hit) => {
      const send = () => res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml('Wildfire forces evacuations', PARAGRAPHS('a wildfire')));
      if (hit === 1)
        releaseFirst = send; // the first request hangs until its worker is dead
      else send();
    });
    const config = configFor([{ id: 'wildfire', server, host: '127.0.0.1' }]);
    const first = worker(config, SHRUNK_LOCKS);
    await waitReady(first);
    await schedule(config);
    await waitFor('the article request of worker 1', async () => (server.hits.get('/story') ?? 0) >= 1);
    expect(await first.kill('SIGKILL')).toBe('SIGKILL');
    (releaseFirst as (() => void) | null)?.();

    const second = worker(config, SHRUNK_LOCKS);
    await waitReady(second);
    const docs = await waitFor('the article published', async () => {
      const out = await outputDocs();
      return out.length > 0 ? out : null;
    });
    await new Promise((r) => setTimeout(r, 1500)); // time for a wrong second copy to show up
    expect((await outputDocs()).length).toBe(1);
    expect(docs[0]?.article.title).toBe('Wildfire forces evacuations');
    const fetchJobs = await new Queue(QUEUE.fetch, { connection: client, prefix: PREFIX }).getJobs(['completed'], 0, -1);
    expect(fetchJobs.length).toBe(1);
    expect(server.hits.get('/story')).toBe(2);
  });

  it('E4 SIGTERM with a job in flight: the job finishes, the worker exits 0', async () => {
    const server = await newsServer('127.0.0.1', 'a flood', (res) => {
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml('Flood closes roads', PARAGRAPHS('a flood'))), 1500);
    });
    const config = configFor([{ id: 'flood', server, host: '127.0.0.1' }]);
    const p = worker(config);
    await waitReady(p);
    await schedule(config);
    await waitFor('the article request', async () => (server.hits.get('/story') ?? 0) >= 1);
    expect(await p.kill('SIGTERM')).toBe(0);
    // The fetch job finished: this worker runs every stage, so the page went through
    // extract, dedup and claims in the same job and its document is out.
    const fetchJobs = await new Queue(QUEUE.fetch, { connection: client, prefix: PREFIX }).getJobs(['completed'], 0, -1);
    expect(fetchJobs.length).toBe(1);
    const docs = await outputDocs();
    expect(docs.map((d) => d.article.title)).toEqual(['Flood closes roads']);
  });

  it('C5 a 429 with Retry-After: 2 delays only that host, without spending attempts', async () => {
    const limitedHits: number[] = [];
    const limited = await newsServer('127.0.0.1', 'a storm', (res, hit) => {
      limitedHits.push(Date.now());
      if (hit === 1) res.writeHead(429, { 'retry-after': '2' }).end('slow down');
      else res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml('Storm cuts power', PARAGRAPHS('a storm')));
    });
    const free = await newsServer('127.0.0.2', 'an earthquake', (res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml('Earthquake damages bridge', PARAGRAPHS('an earthquake'))),
    );
    const config = configFor([
      { id: 'storm', server: limited, host: '127.0.0.1' },
      { id: 'quake', server: free, host: '127.0.0.2' },
    ]);
    const p = worker(config);
    await waitReady(p);
    await schedule(config);
    const docs = await waitFor('both articles published', async () => {
      const out = await outputDocs();
      return out.length >= 2 ? out : null;
    });
    const quake = docs.find((d) => d.article.title.startsWith('Earthquake'));
    expect(quake).toBeDefined();
    // The free host is not held up by the other host's 2 s pause.
    expect(Date.parse(quake!.provenance.fetchedAt) - limitedHits[0]!).toBeLessThan(1900);
    expect(limitedHits.length).toBe(2);
    expect(limitedHits[1]! - limitedHits[0]!).toBeGreaterThanOrEqual(1900);
    const fetchJobs = await new Queue(QUEUE.fetch, { connection: client, prefix: PREFIX }).getJobs(['completed'], 0, -1);
    const stormJob = fetchJobs.find((j) => (j.data as { feedId: string }).feedId === 'storm');
    expect(stormJob?.attemptsMade).toBe(1);
  });

  it('E2 a page that kills its worker twice ends failed as stalled; the other article is published', async () => {
    const poison = await newsServer('127.0.0.1', 'a poison page', (res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml('Never served', PARAGRAPHS('x'))),
    );
    const fine = await newsServer('127.0.0.2', 'a heatwave', (res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml('Heatwave breaks records', PARAGRAPHS('a heatwave'))),
    );
    const config = configFor([
      { id: 'poison', server: poison, host: '127.0.0.1' },
      { id: 'heat', server: fine, host: '127.0.0.2' },
    ]);
    // The poison route never answers: each worker that takes it is killed while it waits.
    poison.route('/story', () => undefined);
    let current = worker(config, SHRUNK_LOCKS);
    await waitReady(current);
    await schedule(config);
    // Killing a worker also kills whatever else it was doing: let the good article finish first,
    // so the test shows that the poison job alone ends failed.
    await waitFor('poison request 1', async () => (poison.hits.get('/story') ?? 0) >= 1, 30_000);
    await waitFor('the heatwave article', async () => (await outputDocs()).length === 1, 60_000);
    for (let kill = 1; kill <= 2; kill++) {
      await waitFor(`poison request ${kill}`, async () => (poison.hits.get('/story') ?? 0) >= kill, 30_000);
      await current.kill('SIGKILL');
      current = worker(config, SHRUNK_LOCKS);
      await waitReady(current);
    }
    const fetchQueue = new Queue(QUEUE.fetch, { connection: client, prefix: PREFIX });
    const failed = await waitFor(
      'the poison job failed',
      async () => {
        const jobs = await fetchQueue.getJobs(['failed'], 0, -1);
        return jobs.length > 0 ? jobs : null;
      },
      30_000,
    );
    expect(failed[0]?.failedReason).toMatch(/stalled more than allowable limit/);
    expect((await outputDocs()).map((d) => d.article.title)).toEqual(['Heatwave breaks records']);
  });

  it('E5 Redis killed and restarted mid-crawl: workers resume, nothing is published twice, every feed is polled', async () => {
    const servers3 = await Promise.all(
      ['a landslide', 'a drought', 'a tornado'].map((topic) =>
        newsServer('127.0.0.1', topic, (res) =>
          setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml(`Report on ${topic}`, PARAGRAPHS(topic))), 300),
        ),
      ),
    );
    const config = configFor(servers3.map((server, i) => ({ id: `feed-${i}`, server, host: '127.0.0.1' })));
    const p = worker(config);
    await waitReady(p);
    await schedule(config);
    await waitFor('a first article request', async () => servers3.some((s) => (s.hits.get('/story') ?? 0) > 0));
    await redis.kill();
    await new Promise((r) => setTimeout(r, 3000));
    await redis.restart();
    const restartedAt = Date.now();
    // The scheduler reconciles after the outage: lost schedulers come back.
    await schedule(config);
    const docs = await waitFor(
      'all three articles',
      async () => {
        const out = await outputDocs().catch(() => []);
        return out.length >= 3 ? out : null;
      },
      60_000,
      500,
    );
    expect(Date.now() - restartedAt).toBeLessThan(30_000);
    await new Promise((r) => setTimeout(r, 1500));
    const all = await outputDocs();
    expect(all.length).toBe(3);
    expect(new Set(all.map((d) => d.idempotencyKey)).size).toBe(3);
    expect(docs.map((d) => d.article.title).sort()).toEqual(['Report on a drought', 'Report on a landslide', 'Report on a tornado']);
    for (const server of servers3) expect(server.hits.get('/feed.xml') ?? 0).toBeGreaterThan(0);
  });

  it('a worker serves its own Prometheus metrics: stage items, latencies, errors by code', async () => {
    const server = await newsServer('127.0.0.1', 'a dust storm', (res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml('Dust storm closes highway', PARAGRAPHS('a dust storm'))),
    );
    const config = configFor([{ id: 'dust', server, host: '127.0.0.1' }]);
    const p = worker(config, ['--metrics-port', '0']);
    const ready = await waitReady(p);
    expect(typeof ready.metricsPort).toBe('number');
    await schedule(config);
    await waitFor('the article published', async () => (await outputDocs()).length > 0);
    const text = await waitFor('claims counted in the metrics', async () => {
      const body = await (await fetch(`http://127.0.0.1:${ready.metricsPort as number}/metrics`)).text();
      return /wirewatch_stage_items_total\{stage="claims",outcome="done"\} [1-9]/.test(body) ? body : null;
    });
    expect(text).toMatch(/wirewatch_stage_items_total\{stage="fetch",outcome="done"\} [1-9]/);
    expect(text).toContain('wirewatch_stage_duration_seconds_bucket');
  });

  it('E9 with no consumer the output backlog is kept, then drains once a consumer runs', async () => {
    const server = await newsServer('127.0.0.1', 'a cold snap', (res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml('Cold snap grips north', PARAGRAPHS('a cold snap'))),
    );
    const config = configFor([{ id: 'cold', server, host: '127.0.0.1' }]);
    const p = worker(config);
    await waitReady(p);
    await schedule(config);
    const output = new Queue(QUEUE.output, { connection: client, prefix: PREFIX });
    await waitFor('one waiting output job', async () => (await output.getWaitingCount()) === 1);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await output.getWaitingCount()).toBe(1);
    const tail = spawnWirewatch(['tail', '--redis', redis.url]);
    processes.push(tail);
    await waitFor('the consumer printed the document', async () => tail.output().includes('Cold snap grips north'));
    await waitFor('the backlog drained', async () => (await output.getWaitingCount()) === 0 && (await output.getCompletedCount()) === 1);
    const line = tail
      .output()
      .split('\n')
      .find((l) => l.startsWith('{'));
    expect(JSON.parse(line ?? '{}')).toMatchObject({ schema: 'wirewatch.article/v1', article: { title: 'Cold snap grips north' } });
  });

  it('pausing a feed removes its scheduler, so it is not polled any more', async () => {
    const a = await newsServer('127.0.0.1', 'a harvest', (res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml('Harvest up', PARAGRAPHS('a harvest'))),
    );
    const feeds = [{ id: 'harvest', server: a, host: '127.0.0.1' }];
    const config = configFor(feeds);
    await schedule(config);
    const poll = new Queue(QUEUE.poll, { connection: client, prefix: PREFIX });
    expect((await poll.getJobSchedulers()).map((s) => s.key)).toEqual(['feed-harvest']);
    const paused = configFor(feeds).replace(/$/, '');
    const { readFileSync } = await import('node:fs');
    writeFileSync(paused, readFileSync(paused, 'utf8').replace('kind: rss', 'kind: rss\n    paused: true'));
    await schedule(paused);
    expect(await poll.getJobSchedulers()).toEqual([]);
    expect(await poll.getDelayedCount()).toBe(0);
  });

  it('E6 Redis down at worker start: the worker waits, then works once Redis is up', async () => {
    const server = await newsServer('127.0.0.1', 'a blizzard', (res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml('Blizzard shuts airports', PARAGRAPHS('a blizzard'))),
    );
    const config = configFor([{ id: 'blizzard', server, host: '127.0.0.1' }]);
    await redis.kill();
    const p = worker(config);
    await new Promise((r) => setTimeout(r, 3000));
    expect(p.child.exitCode).toBeNull();
    await redis.restart();
    await waitReady(p);
    await schedule(config);
    const docs = await waitFor('the article published', async () => {
      const out = await outputDocs().catch(() => []);
      return out.length > 0 ? out : null;
    });
    expect(docs[0]?.article.title).toBe('Blizzard shuts airports');
  }, 120_000);

  it('E6 Redis hangs for 20 s (SIGSTOP), then continues: the worker notices, reconnects and works again', async () => {
    const server = await newsServer('127.0.0.1', 'a heat dome', (res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml('Heat dome settles over plains', PARAGRAPHS('a heat dome'))),
    );
    const config = configFor([{ id: 'heat-dome', server, host: '127.0.0.1' }]);
    const p = worker(config);
    await waitReady(p);
    redis.freeze();
    await new Promise((r) => setTimeout(r, 20_000));
    redis.thaw();
    expect(p.child.exitCode).toBeNull();
    await schedule(config);
    const docs = await waitFor(
      'the article published after the hang',
      async () => {
        const out = await outputDocs().catch(() => []);
        return out.length > 0 ? out : null;
      },
      60_000,
      500,
    );
    expect(docs[0]?.article.title).toBe('Heat dome settles over plains');
  }, 150_000);

  it('E3 a parse far longer than the lock duration does not stall: extract runs off the main thread', async () => {
    // Enough paragraphs that extraction takes seconds, far beyond the 1 s lock.
    const paragraphs = Array.from({ length: 6000 }, (_, i) => `${PARAGRAPHS('a long inquiry')[i % 4]} Section ${i} of the report adds detail number ${i * 7}.`);
    const server = await newsServer('127.0.0.1', 'a long inquiry', (res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml('Inquiry publishes long report', paragraphs)),
    );
    const config = configFor([{ id: 'inquiry', server, host: '127.0.0.1' }]);
    // Fetch and extract in separate processes, so the page crosses the extract queue
    // and the long parse is that job's (a process running both extracts in the fetch job).
    // Dedup and claims run elsewhere with the default lock: this row is about the parse,
    // and dedup's work on a 200,000-word text (about half a second of the event loop)
    // is no parse.
    const fetcher = worker(config, [...SHRUNK_LOCKS, '--stages', 'poll,fetch']);
    const p = worker(config, [...SHRUNK_LOCKS, '--stages', 'extract']);
    const downstream = worker(config, ['--stages', 'dedup,claims']);
    await Promise.all([waitReady(fetcher), waitReady(p), waitReady(downstream)]);
    await schedule(config);
    const docs = await waitFor(
      'the long article published',
      async () => {
        const out = await outputDocs();
        return out.length > 0 ? out : null;
      },
      150_000,
      500,
    );
    expect(docs[0]?.article.title).toBe('Inquiry publishes long report');
    const extract = new Queue(QUEUE.extract, { connection: client, prefix: PREFIX });
    const [job] = await extract.getJobs(['completed'], 0, 0);
    // Stalled jobs are moved back and counted; a blocked event loop would have stalled this one.
    expect(job?.stalledCounter ?? 0).toBe(0);
    expect(job?.attemptsMade).toBe(1);
    expect(p.output()).not.toMatch(/stalled/i);
  }, 180_000);
});
