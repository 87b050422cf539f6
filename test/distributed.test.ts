/**
 * The distributed mode end to end: a real redis-server, the demo sites, worker
 * processes and the scheduler as child processes, compared with the embedded mode.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { stringify as toYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoConfigObject } from '../cli/demo.js';
import { parseConfig } from '../config/load.js';
import { startDemoSites, type DemoSites } from '../demo/server.js';
import { openEmbeddedApp } from '../local/app.js';
import type { ArticleDocument } from '../pipeline/output.js';
import { QUEUE, STAGE_NAMES } from '../workers/queues.js';
import { publishedDocuments } from './helpers/published-documents.js';
import { startTestRedis, type TestRedis } from './helpers/redis-server.js';
import { spawnWirewatch, waitFor, waitReady, type WirewatchProcess } from './helpers/wirewatch-process.js';

let redis: TestRedis;
let sites: DemoSites;
let dir: string;
let configFile: string;
let client: Redis;
const running: WirewatchProcess[] = [];

const PREFIX = 'wirewatch';

beforeAll(async () => {
  redis = await startTestRedis();
  sites = await startDemoSites({ host: '127.0.0.1', port: 0 });
  dir = mkdtempSync(join(tmpdir(), 'wirewatch-dist-'));
  configFile = join(dir, 'feeds.yaml');
  writeFileSync(configFile, toYaml(demoConfigObject(sites, join(dir, 'data'), join(dir, 'out'))));
  client = new Redis({ path: redis.socketPath, maxRetriesPerRequest: null });
});

afterAll(async () => {
  await Promise.all(running.map((p) => p.kill('SIGKILL')));
  client?.disconnect();
  await sites?.close();
  await redis?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function queue(name: string): Queue {
  return new Queue(name, { connection: client, prefix: PREFIX });
}

async function stagesIdle(): Promise<boolean> {
  for (const stage of STAGE_NAMES) {
    const q = queue(QUEUE[stage]);
    const raw = await q.getJobCounts('active', 'waiting', 'delayed', 'prioritized');
    const counts = { active: raw.active ?? 0, waiting: raw.waiting ?? 0, delayed: raw.delayed ?? 0, prioritized: raw.prioritized ?? 0 };
    // Poll jobs of the job schedulers wait as delayed until their next run.
    const busy = stage === 'poll' ? counts.active + counts.waiting : counts.active + counts.waiting + counts.delayed + counts.prioritized;
    if (busy > 0) return false;
  }
  return true;
}

/** The output once `count` documents are out and no stage has work left. */
function publishedWhenIdle(count: number): Promise<ArticleDocument[]> {
  return waitFor(
    `${count} published articles and idle stages`,
    async () => {
      const out = await outputDocuments();
      return out.length >= count && (await stagesIdle()) ? out : null;
    },
    90_000,
    500,
  );
}

async function embeddedRun(): Promise<ArticleDocument[]> {
  const embeddedDir = mkdtempSync(join(dir, 'embedded-'));
  const config = parseConfig(demoConfigObject(sites, join(embeddedDir, 'data'), join(embeddedDir, 'out')));
  const app = openEmbeddedApp(config, { logger: pino({ level: 'silent' }) });
  const published = publishedDocuments(await app.runner.runOnce(), app.output.path);
  await app.close();
  return published;
}

async function outputDocuments(): Promise<ArticleDocument[]> {
  const jobs = await queue(QUEUE.output).getJobs(['waiting', 'active', 'completed'], 0, -1, true);
  return jobs.map((j) => j.data as ArticleDocument);
}

/** What must match across modes, independent of processing order. */
function fingerprint(docs: ArticleDocument[]) {
  const path = (d: ArticleDocument) => new URL(d.article.canonicalUrl).pathname;
  const byStory = new Map<string, string[]>();
  for (const d of docs) byStory.set(d.story.id, [...(byStory.get(d.story.id) ?? []), path(d)].sort());
  const byId = new Map(docs.map((d) => [d.article.id, path(d)]));
  return {
    articles: docs.map(path).sort(),
    stories: [...byStory.values()].map((v) => v.join(' + ')).sort(),
    duplicatePairs: docs
      .filter((d) => d.dedup.duplicateOf)
      .map((d) => [path(d), byId.get(d.dedup.duplicateOf as string) ?? '?'].sort().join(' = '))
      .sort(),
    claims: docs
      .map(
        (d) =>
          `${path(d)}: ${d.claims
            .map((c) => `${c.measure}/${c.value}/${c.bound}/${c.source}/${c.via}`)
            .sort()
            .join(', ')}`,
      )
      .sort(),
  };
}

describe('distributed mode', () => {
  it('E7 refuses to start on a Redis that may evict keys (maxmemory-policy other than noeviction)', async () => {
    const lru = await startTestRedis({ maxmemoryPolicy: 'allkeys-lru' });
    try {
      const p = spawnWirewatch(['scheduler', '--once', '--config', configFile, '--redis', lru.url]);
      expect(await p.exited).toBe(1);
      expect(p.output()).toContain('noeviction');
    } finally {
      await lru.stop();
    }
  });

  it('E7 Redis at maxmemory (noeviction): adding jobs fails loudly with OOM, nothing is evicted', async () => {
    const full = await startTestRedis({ extraArgs: ['--maxmemory', '4mb'] });
    const filler = new Redis({ path: full.socketPath, maxRetriesPerRequest: 1 });
    try {
      // Fill Redis to its limit with data that must survive.
      const chunk = 'x'.repeat(64 * 1024);
      let stored = 0;
      for (let i = 0; i < 200; i++) {
        try {
          await filler.set(`keep:${i}`, chunk);
          stored = i + 1;
        } catch {
          break;
        }
      }
      expect(stored).toBeGreaterThan(0);
      const p = spawnWirewatch(['scheduler', '--once', '--config', configFile, '--redis', full.url]);
      expect(await p.exited).toBe(1);
      expect(p.output()).toMatch(/OOM|maxmemory/i);
      // noeviction: every key written before is still there.
      expect(await filler.exists(...Array.from({ length: stored }, (_, i) => `keep:${i}`))).toBe(stored);
    } finally {
      filler.disconnect();
      await full.stop();
    }
  });

  it('scheduler restarts leave exactly one job scheduler per feed', async () => {
    for (let i = 0; i < 3; i++) {
      const p = spawnWirewatch(['scheduler', '--once', '--config', configFile, '--redis', redis.url]);
      expect(await p.exited, p.output()).toBe(0);
    }
    const schedulers = await queue(QUEUE.poll).getJobSchedulers(0, -1);
    expect(schedulers.map((s) => s.key).sort()).toEqual(sites.feeds.map((f) => `feed-${f.id}`).sort());
  });

  it('3 worker processes produce the same articles, stories and claims as the embedded mode', async () => {
    for (let i = 0; i < 3; i++) {
      const p = spawnWirewatch(['worker', '--config', configFile, '--redis', redis.url, '--concurrency', '2']);
      running.push(p);
      await waitReady(p);
    }
    const docs = await publishedWhenIdle(5);

    expect(docs.length).toBe(5);
    expect(fingerprint(docs)).toEqual(fingerprint(await embeddedRun()));
  });

  it('publishes each article version once: no duplicate output jobs', async () => {
    const docs = await outputDocuments();
    const keys = docs.map((d) => d.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('one process per stage (every hop through its queue) gives the same articles, stories and claims too', async () => {
    await Promise.all(running.splice(0).map((p) => p.kill('SIGKILL')));
    await client.flushall();
    for (const stages of ['poll,fetch', 'extract', 'dedup', 'claims']) {
      const p = spawnWirewatch(['worker', '--config', configFile, '--redis', redis.url, '--concurrency', '2', '--stages', stages]);
      running.push(p);
      await waitReady(p);
    }
    const scheduler = spawnWirewatch(['scheduler', '--once', '--config', configFile, '--redis', redis.url]);
    expect(await scheduler.exited, scheduler.output()).toBe(0);
    const docs = await publishedWhenIdle(5);
    expect(docs.length).toBe(5);
    expect(fingerprint(docs)).toEqual(fingerprint(await embeddedRun()));
    // No process ran two neighbouring stages, so every article went through every queue.
    for (const stage of ['extract', 'dedup', 'claims'] as const) {
      expect(await queue(QUEUE[stage]).getJobCountByTypes('completed'), stage).toBeGreaterThanOrEqual(5);
    }
  }, 120_000);
});
