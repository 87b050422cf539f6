/**
 * Watches in the distributed mode, with real worker processes, a real
 * redis-server and a loopback webhook: documents carry the same `watches` as
 * in the embedded mode, an alert cut by a worker SIGKILL is delivered once by
 * the next worker, and an alert added again after delivery is not sent again.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { stringify as toYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../config/load.js';
import type { ArticleDocument } from '../pipeline/output.js';
import { AlertQueue } from '../workers/alerts.js';
import { ALERT_QUEUE, QUEUE } from '../workers/queues.js';
import { RedisWatches } from '../workers/watches.js';
import { SqliteWatchStore } from '../runtime/alerts/watch-store.js';
import { openDb } from '../runtime/db.js';
import { AlertReceiver, expectedSignature } from './helpers/alert-receiver.js';
import { FaultServer } from './helpers/fault-server.js';
import { startTestRedis, type TestRedis } from './helpers/redis-server.js';
import { HARBOUR_ARTICLE, serveWatchSite, WAR_ARTICLE } from './helpers/watch-sites.js';
import { spawnWirewatch, waitFor, waitReady, type WirewatchProcess } from './helpers/wirewatch-process.js';

const PREFIX = 'wirewatch';
const SHRUNK_LOCKS = ['--lock-duration-ms', '1000', '--stalled-interval-ms', '500'];
const SECRET = 'casualty-secret-0123456789';

let redis: TestRedis;
let client: Redis;
let dir: string;
let configFile: string;
let raw: Record<string, unknown>;
const server = new FaultServer();
const receiver = new AlertReceiver();
const processes: WirewatchProcess[] = [];

function worker(): WirewatchProcess {
  const p = spawnWirewatch(['worker', '--config', configFile, '--redis', redis.url, '--concurrency', '2', ...SHRUNK_LOCKS]);
  processes.push(p);
  return p;
}

async function outputDocs(): Promise<ArticleDocument[]> {
  const q = new Queue(QUEUE.output, { connection: client, prefix: PREFIX });
  return (await q.getJobs(['waiting', 'active', 'completed'], 0, -1, true)).map((j) => j.data as ArticleDocument);
}

async function completedAlertJobs(): Promise<number> {
  return (await new Queue(ALERT_QUEUE, { connection: client, prefix: PREFIX }).getJobCounts('completed')).completed ?? 0;
}

beforeAll(async () => {
  redis = await startTestRedis();
  client = new Redis({ path: redis.socketPath, maxRetriesPerRequest: null });
  dir = mkdtempSync(join(tmpdir(), 'wirewatch-watches-dist-'));
  await server.start();
  await receiver.start();
  serveWatchSite(server, [WAR_ARTICLE, HARBOUR_ARTICLE]);
  raw = {
    dataDir: join(dir, 'data'),
    outDir: join(dir, 'out'),
    crawler: { perHost: { maxInFlight: 2, minDelayMs: 0 }, allowPrivate: { hosts: [`127.0.0.1:${server.port}`] } },
    feeds: [{ id: 'news', url: server.url('/feed.xml'), kind: 'rss', render: 'http' }],
    watches: [
      { id: 'casualties', claims: [{ measure: 'killed', min: 1000 }], webhook: { url: receiver.url('/casualties'), secret: SECRET } },
      { id: 'harbour', query: 'pier NEAR/3 repairs', webhook: { url: receiver.url('/harbour'), secret: SECRET } },
    ],
    alerts: { retryBaseMs: 50, maxRetryDelayMs: 200 },
  };
  configFile = join(dir, 'wirewatch.yaml');
  writeFileSync(configFile, toYaml(raw));
});

afterAll(async () => {
  await Promise.all(processes.splice(0).map((p) => p.kill('SIGKILL')));
  await server.close();
  await receiver.close();
  client.disconnect();
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('watches in the distributed mode', { timeout: 120_000 }, () => {
  it('a worker killed while its webhook call hangs: the next worker delivers the alert once; a 500 is retried', async () => {
    // Only the first call hangs: a stalled job runs again as attempt 1 (a kill spends no attempt).
    // The harbour alert's first attempt gets a 500: BullMQ retries it with the outbox's backoff.
    receiver.answer = (alert) => {
      const first = !receiver.requests.some((r) => r.key === alert.key);
      if (alert.key.startsWith('casualties.') && first) return 'hang';
      return alert.key.startsWith('harbour.') && first ? 500 : 200;
    };
    // An operator watch, added where the scheduler runs: it reaches the workers through Redis.
    const db = openDb(join(dir, 'data'));
    new SqliteWatchStore(db, []).add({ id: 'un', entities: ['United Nations'], digest: true });
    db.close();
    const first = worker();
    await waitReady(first);
    const scheduler = spawnWirewatch(['scheduler', '--once', '--config', configFile, '--redis', redis.url]);
    expect(await scheduler.exited, scheduler.output()).toBe(0);
    // The kill waits for the two other alert jobs (harbour, with its retry, and the digest) to complete:
    // a kill between the harbour's 500 and BullMQ recording that attempt re-runs the job as attempt 1
    // (right, but another case than the one asserted below). Only the casualty job is left to cut.
    await waitFor(
      'the casualty alert at the receiver, the other two alert jobs completed',
      async () => receiver.requests.some((r) => r.key.startsWith('casualties.')) && (await completedAlertJobs()) === 2,
      60_000,
      50,
    );
    expect(await first.kill('SIGKILL')).toBe('SIGKILL');
    receiver.dropHanging();

    const second = worker();
    await waitReady(second);
    await waitFor('both alerts accepted', async () => receiver.accepted().size === 2, 60_000);
    await waitFor('the three alert jobs completed', async () => (await completedAlertJobs()) === 3, 30_000);
    await new Promise((r) => setTimeout(r, 1500)); // time for a wrong second delivery to show up
    expect([...receiver.accepted().values()]).toEqual([1, 1]);

    const docs = await outputDocs();
    const war = docs.find((d) => d.article.title === WAR_ARTICLE.title);
    expect(war?.watches.map((w) => [w.id, w.on, w.alerts])).toEqual([
      ['casualties', 'document', ['match']],
      ['un', 'document', ['match']],
    ]);
    const digests = join(dir, 'out', 'digests');
    const jsonl = readdirSync(digests).filter((f) => f.endsWith('.jsonl'));
    expect(jsonl).toHaveLength(1);
    expect(
      readFileSync(join(digests, jsonl[0] ?? ''), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).watchId),
    ).toEqual(['un']);
    const casualty = receiver.requests.filter((r) => r.key === `casualties.match.${war?.idempotencyKey}`);
    expect(casualty.map((r) => r.status)).toEqual([0, 200]);
    expect(casualty[1]?.signature).toBe(expectedSignature(SECRET, casualty[1]?.body ?? ''));
    const harbour = receiver.requests.filter((r) => r.key.startsWith('harbour.'));
    expect(harbour.map((r) => [r.attempt, r.status])).toEqual([
      [1, 500],
      [2, 200],
    ]);
  });

  it('alerts of a document added again after delivery (a step re-run) are not sent again', async () => {
    const before = receiver.requests.length;
    const config = parseConfig(raw, 'test');
    const alerts = new AlertQueue(client, PREFIX, new RedisWatches(client, PREFIX, config.watches), config.alerts);
    // The completed jobs are gone (as after removeOnComplete): only the delivered marker stands in the way.
    await alerts.queue.clean(0, 1000, 'completed');
    for (const doc of await outputDocs()) await alerts.enqueue(doc);
    await waitFor('the re-added alert jobs completed', async () => (await completedAlertJobs()) === 3, 30_000);
    await alerts.queue.close();
    expect(receiver.requests.length).toBe(before);
    const digests = join(dir, 'out', 'digests');
    const jsonl = readdirSync(digests).find((f) => f.endsWith('.jsonl')) ?? '';
    expect(readFileSync(join(digests, jsonl), 'utf8').trim().split('\n')).toHaveLength(1);
  });
});
