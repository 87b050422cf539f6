/**
 * Operator-added feeds in the distributed mode: the scheduler reconciles the
 * registry in the data directory, so a feed added with `wirewatch feeds add`
 * gets exactly one job scheduler (also after scheduler restarts), and pausing
 * it removes that scheduler. Real redis-server, real child processes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { stringify as toYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../config/load.js';
import { startDemoSites, type DemoSites } from '../demo/server.js';
import { openFeedService } from '../feeds/service.js';
import { QUEUE } from '../workers/queues.js';
import { schedulerIdFor } from '../workers/scheduler.js';
import { startTestRedis, type TestRedis } from './helpers/redis-server.js';
import { spawnWirewatch } from './helpers/wirewatch-process.js';

const PREFIX = 'wirewatch';
/** Five CLI processes, each compiling the CLI through tsx. */
const PROCESS_TEST_TIMEOUT_MS = 180_000;

let redis: TestRedis;
let sites: DemoSites;
let client: Redis;
let dir: string;
let config: string;

async function wirewatch(args: string[]): Promise<{ code: number | string; output: string }> {
  const p = spawnWirewatch(args);
  const code = await p.exited;
  return { code, output: p.output() };
}

beforeAll(async () => {
  redis = await startTestRedis();
  sites = await startDemoSites({ host: '127.0.0.1', port: 0 });
  client = new Redis({ path: redis.socketPath, maxRetriesPerRequest: null });
  dir = mkdtempSync(join(tmpdir(), 'wirewatch-feeds-dist-'));
  config = join(dir, 'wirewatch.yaml');
  writeFileSync(
    config,
    toYaml({
      dataDir: join(dir, 'data'),
      crawler: { perHost: { minDelayMs: 0 }, allowPrivate: { hosts: [`127.0.0.1:${sites.port}`] } },
      feeds: [],
    }),
  );
});

afterAll(async () => {
  client?.disconnect();
  await sites?.close();
  await redis?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('operator feeds in the distributed mode', () => {
  it(
    'a feed added and then `scheduler --once` makes exactly one job scheduler; pausing removes it',
    async () => {
      const add = await wirewatch(['feeds', 'add', sites.feeds[0]!.url, '--id', 'north', '-c', config]);
      expect(add.code, add.output).toBe(0);
      const poll = new Queue(QUEUE.poll, { connection: client, prefix: PREFIX });
      try {
        for (let restart = 0; restart < 2; restart += 1) {
          const scheduler = await wirewatch(['scheduler', '--once', '-c', config, '--redis', redis.url]);
          expect(scheduler.code, scheduler.output).toBe(0);
          const schedulers = await poll.getJobSchedulers(0, -1);
          expect(schedulers.map((s) => s.key)).toEqual([schedulerIdFor('north')]);
          expect(schedulers[0]?.template?.data).toMatchObject({ feedId: 'north', feed: { url: sites.feeds[0]!.url } });
        }
        expect((await wirewatch(['feeds', 'pause', 'north', '-c', config])).code).toBe(0);
        expect((await wirewatch(['scheduler', '--once', '-c', config, '--redis', redis.url])).code).toBe(0);
        expect(await poll.getJobSchedulers(0, -1)).toEqual([]);
      } finally {
        await poll.close();
      }
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    "E8 10 concurrent adds of the same feed (two processes' worth of connections, URL variants) make one feed and one job scheduler",
    async () => {
      const cfg = loadConfigFile(config);
      const a = openFeedService(cfg);
      const b = openFeedService(cfg);
      const base = sites.feeds[1]!.url;
      const variants = [base, base.replace('127.0.0.1', '127.0.0.1:'.slice(0, -1)), `${base}#top`, base.replace('http://', 'HTTP://')];
      try {
        const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a : b).service.add({ url: variants[i % variants.length] })));
        const ids = new Set(results.map((r) => r.feed.id));
        expect(ids.size).toBe(1);
        expect(results.filter((r) => r.created).length).toBe(1);
      } finally {
        a.close();
        b.close();
      }
      const scheduler = await wirewatch(['scheduler', '--once', '-c', config, '--redis', redis.url]);
      expect(scheduler.code, scheduler.output).toBe(0);
      const poll = new Queue(QUEUE.poll, { connection: client, prefix: PREFIX });
      try {
        const schedulers = await poll.getJobSchedulers(0, -1);
        const forThisFeed = schedulers.filter((s) => (s.template?.data as { feed?: { url?: string } } | undefined)?.feed?.url === base);
        expect(forThisFeed.length).toBe(1);
      } finally {
        await poll.close();
      }
    },
    PROCESS_TEST_TIMEOUT_MS,
  );
});
