/**
 * `wirewatch feeds ...` as operators run it: real child processes against the
 * demo sites. Refusals exit 2 with the code; `feeds list` shows the health the
 * embedded crawl recorded for an operator-added feed.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { stringify as toYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSites, type DemoSites } from '../demo/server.js';
import { OUTPUT_FILE_NAME } from '../local/ndjson-output.js';
import { publishedEntryOf, type RunSummary } from '../local/summary.js';
import { FaultServer } from './helpers/fault-server.js';
import { publishedDocuments } from './helpers/published-documents.js';

const run = promisify(execFile);
/** Each command is a fresh process that compiles the CLI through tsx: seconds each on a busy machine. */
const CLI_TEST_TIMEOUT_MS = 180_000;
const BIN = resolve(import.meta.dirname, '../bin/wirewatch.js');

let sites: DemoSites;
let fault: FaultServer;
let dir: string;
let config: string;

async function wirewatch(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { ...process.env, LOG_LEVEL: 'silent' } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** `feeds <args> -c config --json`, parsed. */
async function feedsJson(...args: string[]): Promise<{ code: number; json: any; stderr: string }> {
  const res = await wirewatch('feeds', ...args, '-c', config, '--json');
  return { code: res.code, json: res.stdout.trim() === '' ? null : JSON.parse(res.stdout), stderr: res.stderr };
}

beforeAll(async () => {
  sites = await startDemoSites({ host: '127.0.0.1', port: 0 });
  fault = await new FaultServer().start();
  fault.route('/page.html', (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><html><head><title>x</title></head><body>no feed</body></html>'),
  );
  dir = mkdtempSync(join(tmpdir(), 'wirewatch-feeds-cli-'));
  config = join(dir, 'wirewatch.yaml');
  writeFileSync(
    config,
    toYaml({
      dataDir: join(dir, 'data'),
      outDir: join(dir, 'out'),
      crawler: { perHost: { maxInFlight: 4, minDelayMs: 0 }, allowPrivate: { hosts: [`127.0.0.1:${sites.port}`, `127.0.0.1:${fault.port}`] } },
    }),
  );
});

afterAll(async () => {
  await sites?.close();
  await fault?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('wirewatch feeds', () => {
  it(
    'refuses bad URLs and options with exit 2 and a stable code',
    async () => {
      const cases: Array<[string[], string]> = [
        [['http://10.0.0.5/'], 'SSRF_BLOCKED_ADDRESS'],
        [['file:///etc/passwd'], 'SSRF_BLOCKED_SCHEME'],
        [[fault.url('/page.html')], 'FEED_NOT_XML'],
        [[sites.feeds[0]!.url, '--interval', '10'], 'CONFIG_INVALID'],
      ];
      const results = await Promise.all(cases.map(([args]) => feedsJson('add', ...args)));
      expect(results.map((r) => [r.code, r.json?.error?.code])).toEqual(cases.map(([, code]) => [2, code]));
      const human = await wirewatch('feeds', 'add', 'http://10.0.0.5/', '-c', config);
      expect(human.code).toBe(2);
      expect(human.stderr).toMatch(/\[SSRF_BLOCKED_ADDRESS\] .*private address/);
      expect((await feedsJson('list')).json).toEqual([]);
    },
    CLI_TEST_TIMEOUT_MS,
  );

  it(
    'adds a feed found on a home page, answers duplicates, and lists its health after a crawl',
    async () => {
      const add = await wirewatch('feeds', 'add', `${sites.baseUrl}/northwire/`, '--interval', '600', '-c', config);
      expect(add.code, add.stderr).toBe(0);
      expect(add.stdout).toContain(`added feed "`);
      expect(add.stdout).toContain(`advertises the feed ${sites.feeds[0]!.url}`);
      const dup = await feedsJson('add', `${sites.feeds[0]!.url}/#latest`);
      expect(dup).toMatchObject({ code: 0, json: { created: false, feed: { url: sites.feeds[0]!.url, pollIntervalSecs: 600 } } });
      const id = dup.json.feed.id as string;

      const crawl = await wirewatch('run', '--once', '-c', config, '--json');
      expect(crawl.code, crawl.stderr).toBe(0);
      const printed = JSON.parse(crawl.stdout) as RunSummary;
      expect(printed.feeds).toEqual([expect.objectContaining({ feedId: id, status: 'ok' })]);
      // Each published article is a short entry; its document is the output line with the same key.
      expect(printed.published.length).toBeGreaterThan(0);
      const documents = publishedDocuments(printed, join(dir, 'out', OUTPUT_FILE_NAME));
      expect(printed.published).toEqual(documents.map(publishedEntryOf));
      for (const entry of printed.published) expect(entry).toMatchObject({ feedId: id, claims: expect.any(Number) });

      const [list, table, show] = await Promise.all([
        feedsJson('list'),
        wirewatch('feeds', 'list', '-c', config),
        wirewatch('feeds', 'show', id, '-c', config),
      ]);
      expect(list.json).toHaveLength(1);
      expect(list.json[0]).toMatchObject({ id, origin: 'operator', health: { consecutiveFailures: 0, lastErrorCode: null } });
      expect(list.json[0].health.lastSuccessAt).not.toBeNull();
      expect(list.json[0].health.nextPollAt).not.toBeNull();
      expect(table.stdout).toMatch(/^ID\s+ORIGIN\s+STATE\s+EVERY\s+LAST POLL\s+LAST SUCCESS\s+FAILURES\s+ITEMS 24H\/7D\s+FLAGGED\s+NEXT POLL\s+URL/);
      expect(table.stdout).toContain(id);
      expect(show.stdout).toMatch(/last success:\s+\d{4}-/);
    },
    CLI_TEST_TIMEOUT_MS,
  );

  it(
    'pauses, resumes, tests, exports, removes and imports',
    async () => {
      const id = (await feedsJson('list')).json[0].id as string;
      expect((await feedsJson('pause', id)).json).toMatchObject({ id, paused: true });
      const [resumed, unknown, dry] = await Promise.all([
        feedsJson('resume', id),
        feedsJson('pause', 'no-such-feed'),
        wirewatch('feeds', 'test', `${sites.baseUrl}/daily-meridian/`, '-c', config),
      ]);
      expect(resumed.json).toMatchObject({ id, paused: false });
      expect(unknown).toMatchObject({ code: 2, json: { error: { code: 'FEED_UNKNOWN' } } });
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).toContain('found through <link rel="alternate">');
      expect(dry.stdout).toMatch(/article: http/);
      expect(dry.stdout).toContain('dry run: nothing was stored');

      const exported = await wirewatch('feeds', 'export', '-c', config);
      expect(exported.stdout).toContain(`id: ${id}`);
      const file = join(dir, 'feeds.yaml');
      writeFileSync(file, `${exported.stdout}  - url: http://10.0.0.5/rss\n`);
      expect((await feedsJson('remove', id)).json).toMatchObject({ id });

      const imported = await feedsJson('import', file);
      expect(imported.code).toBe(2);
      expect(imported.json.items.map((i: { status: string; code: string | null }) => [i.status, i.code])).toEqual([
        ['created', null],
        ['refused', 'SSRF_BLOCKED_ADDRESS'],
      ]);
      expect((await feedsJson('show', id)).json).toMatchObject({ id, pollIntervalSecs: 600 });
      expect(readFileSync(file, 'utf8')).toContain('pollIntervalSecs: 600');
    },
    CLI_TEST_TIMEOUT_MS,
  );
});
