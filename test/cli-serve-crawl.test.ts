/**
 * `wirewatch serve --crawl` as operators run it: a real child process that
 * polls its feeds on its own schedule, and that uses no CPU while nothing is
 * due (its CPU time is read from /proc, not inferred from wall-clock timing).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processCpuSeconds, spawnWirewatch, waitFor, waitReady, type WirewatchProcess } from './helpers/wirewatch-process.js';

const EMPTY_RSS =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>Loop</title><link>http://127.0.0.1/</link><description>none yet</description></channel></rss>';
/** Idle window the CPU time is measured over. */
const IDLE_WINDOW_MS = 4000;
/** An idle process wakes a few times a minute; a busy loop burns a large share of a core over the window. */
const MAX_IDLE_CPU_SECS = 0.25;

let server: Server;
let feedRequests = 0;
let serve: WirewatchProcess;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/feed.xml') {
      feedRequests += 1;
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(EMPTY_RSS);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = mkdtempSync(join(tmpdir(), 'wirewatch-serve-crawl-'));
  const config = join(dir, 'wirewatch.yaml');
  writeFileSync(
    config,
    toYaml({
      dataDir: join(dir, 'data'),
      outDir: join(dir, 'out'),
      crawler: { allowPrivate: { hosts: [host] }, cpuThreads: 0 },
      feeds: [{ id: 'loop', url: `http://${host}/feed.xml`, kind: 'rss', pollIntervalSecs: 60 }],
    }),
  );
  serve = spawnWirewatch(['serve', '--crawl', '-c', config, '--port', '0']);
  await waitReady(serve);
});

afterAll(async () => {
  await serve?.kill('SIGTERM');
  await new Promise<void>((done) => server.close(() => done()));
});

describe('wirewatch serve --crawl', () => {
  it('polls its feeds on its own, without an API call', async () => {
    await waitFor('the first scheduled poll', async () => feedRequests > 0, 30_000);
    expect(feedRequests).toBeGreaterThanOrEqual(1);
  });

  it('uses next to no CPU while no feed is due', async () => {
    // After its first pass (an empty feed: short) the next poll is a minute away. Measured
    // whether or not that poll came, so a loop that never polls is caught here too.
    await waitFor('the first scheduled poll', async () => feedRequests > 0, 10_000).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 1000));
    const pid = serve.child.pid!;
    const before = processCpuSeconds(pid);
    await new Promise((r) => setTimeout(r, IDLE_WINDOW_MS));
    const used = processCpuSeconds(pid) - before;
    expect(used, `CPU seconds used over ${IDLE_WINDOW_MS} ms idle`).toBeLessThan(MAX_IDLE_CPU_SECS);
  });
});
