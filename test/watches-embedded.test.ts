/**
 * Watches in the embedded mode, end to end over a local news site: documents
 * list the watches they match; alerts reach a loopback webhook signed with the
 * watch's secret, are retried after a 500, land once in the daily digest, and
 * are never delivered twice, neither by a second run nor after a SIGKILL.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../config/load.js';
import { openEmbeddedApp } from '../local/app.js';
import type { ArticleDocument } from '../pipeline/output.js';
import { AlertReceiver, expectedSignature } from './helpers/alert-receiver.js';
import { FaultServer } from './helpers/fault-server.js';
import { FLOOD_ARTICLE, HARBOUR_ARTICLE, serveWatchSite, WAR_ARTICLE } from './helpers/watch-sites.js';
import { spawnWirewatch, waitFor } from './helpers/wirewatch-process.js';

const SECRET = 'casualty-secret-0123456789';
const HARBOUR_SECRET = 'harbour-secret-0123456789';
const server = new FaultServer();
const receiver = new AlertReceiver();
const dir = mkdtempSync(join(tmpdir(), 'wirewatch-watches-'));
let site: ReturnType<typeof serveWatchSite>;

function rawConfig(): Record<string, unknown> {
  return {
    dataDir: join(dir, 'data'),
    outDir: join(dir, 'out'),
    crawler: { concurrency: 1, perHost: { maxInFlight: 1, minDelayMs: 0 }, allowPrivate: { hosts: [`127.0.0.1:${server.port}`] }, cpuThreads: 0 },
    feeds: [{ id: 'news', url: server.url('/feed.xml'), kind: 'rss', render: 'http' }],
    watches: [
      { id: 'casualties', claims: [{ measure: 'killed', min: 1000 }], webhook: { url: receiver.url('/casualties'), secret: SECRET }, digest: true },
      { id: 'harbour', query: 'pier NEAR/3 repairs', webhook: { url: receiver.url('/harbour'), secret: HARBOUR_SECRET } },
      { id: 'floods', query: 'flood* AND "old town"', webhook: { url: receiver.url('/floods'), secret: HARBOUR_SECRET } },
      { id: 'volcano', query: 'volcano OR eruption', digest: true },
    ],
    alerts: { retryBaseMs: 50, maxRetryDelayMs: 200, webhookTimeoutMs: 30_000 },
  };
}

function outputDocs(): ArticleDocument[] {
  const path = join(dir, 'out', 'articles.ndjson');
  return existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as ArticleDocument)
    : [];
}

async function runOnce(): Promise<number> {
  const app = openEmbeddedApp(parseConfig(rawConfig(), 'test'), { logger: pino({ level: 'silent' }) });
  try {
    return (await app.runner.runOnce()).published.length;
  } finally {
    await app.close();
  }
}

beforeAll(async () => {
  await server.start();
  await receiver.start();
  site = serveWatchSite(server, [WAR_ARTICLE, HARBOUR_ARTICLE]);
});

afterAll(async () => {
  await server.close();
  await receiver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('watches in the embedded mode', () => {
  it('documents list their watches; a webhook alert arrives signed, with its key; a 500 is retried with the same key', async () => {
    receiver.answer = (alert) => (alert.key.startsWith('harbour.') && alert.attempt === 1 ? 500 : 200);
    expect(await runOnce()).toBe(2);
    const docs = outputDocs();
    const war = docs.find((d) => d.article.title === WAR_ARTICLE.title);
    const harbour = docs.find((d) => d.article.title === HARBOUR_ARTICLE.title);
    expect(war?.watches.map((w) => w.id)).toEqual(['casualties']);
    expect(war?.watches[0]).toMatchObject({ on: 'document', alerts: ['match'] });
    expect(war?.watches[0]?.claimIds).toHaveLength(1);
    expect(harbour?.watches.map((w) => w.id)).toEqual(['harbour']);

    const casualty = receiver.requests.filter((r) => r.key.startsWith('casualties.'));
    expect(casualty).toHaveLength(1);
    const [first] = casualty;
    expect(first?.key).toBe(`casualties.match.${war?.idempotencyKey}`);
    expect(first?.event).toBe('match');
    expect(first?.signature).toBe(expectedSignature(SECRET, first?.body ?? ''));
    expect(first?.signature).not.toBe(expectedSignature(HARBOUR_SECRET, first?.body ?? ''));
    expect(first?.json).toMatchObject({ schema: 'wirewatch.alert/v1', kind: 'match', watchId: 'casualties', article: { title: WAR_ARTICLE.title } });
    expect(first?.json.claims[0]).toMatchObject({ measure: 'killed', value: 1200 });

    const harbourRequests = receiver.requests.filter((r) => r.key.startsWith('harbour.'));
    expect(harbourRequests.map((r) => [r.attempt, r.status])).toEqual([
      [1, 500],
      [2, 200],
    ]);
    expect(new Set(harbourRequests.map((r) => r.key)).size).toBe(1);
    expect(harbourRequests[1]?.signature).toBe(expectedSignature(HARBOUR_SECRET, harbourRequests[1]?.body ?? ''));
  });

  it('the daily digest holds each digest alert once, as Markdown and JSONL', () => {
    const digests = join(dir, 'out', 'digests');
    const files = readdirSync(digests).sort();
    expect(files).toEqual(['digest-2026-12-06.jsonl', 'digest-2026-12-06.md'].map((f) => f.replace('2026-12-06', new Date().toISOString().slice(0, 10))));
    const lines = readFileSync(join(digests, files[0] ?? ''), 'utf8')
      .split('\n')
      .filter(Boolean);
    expect(lines.map((l) => JSON.parse(l).watchId)).toEqual(['casualties']);
    const markdown = readFileSync(join(digests, files[1] ?? ''), 'utf8');
    expect(markdown).toContain(`[${WAR_ARTICLE.title}](`);
    expect(markdown).toContain('At least 1,200 people were killed');
  });

  it('a second run over the same feed delivers nothing again', async () => {
    const before = receiver.requests.length;
    expect(await runOnce()).toBe(0);
    expect(receiver.requests.length).toBe(before);
  });

  it('an alert whose delivery was cut by SIGKILL is delivered once at the next start, and never again', async () => {
    site.add(FLOOD_ARTICLE);
    const configFile = join(dir, 'wirewatch.yaml');
    writeFileSync(configFile, stringify(rawConfig()));
    receiver.answer = (alert) => (alert.key.startsWith('floods.') ? 'hang' : 200);
    const killed = spawnWirewatch(['run', '--once', '-c', configFile]);
    await waitFor('the flood alert to reach the receiver', async () => receiver.requests.some((r) => r.key.startsWith('floods.')), 30_000, 50);
    expect(await killed.kill('SIGKILL')).toBe('SIGKILL');
    receiver.dropHanging();
    receiver.answer = () => 200;
    const again = spawnWirewatch(['run', '--once', '-c', configFile]);
    expect(await again.exited).toBe(0);
    const third = spawnWirewatch(['run', '--once', '-c', configFile]);
    expect(await third.exited).toBe(0);
    const floods = receiver.requests.filter((r) => r.key.startsWith('floods.'));
    expect(floods.map((r) => r.status)).toEqual([0, 200]);
    expect(receiver.accepted().get(floods[0]?.key ?? '')).toBe(1);
    // Every alert key was accepted exactly once over all runs.
    expect([...receiver.accepted().values()].every((n) => n === 1)).toBe(true);
    expect(outputDocs().filter((d) => d.article.title === FLOOD_ARTICLE.title)).toHaveLength(1);
  });
});
