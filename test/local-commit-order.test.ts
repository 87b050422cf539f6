/**
 * Fault matrix E16: the embedded group commit never makes a page "seen" (its URL
 * claimed by dedup) without its document: what a SIGKILL leaves is exactly the
 * committed state, so a second connection (which sees only commits) checks that
 * state at every page fetch of a crawl. The kill tests (local-crash-safety) check
 * the same after each real SIGKILL; this one looks at hundreds of commit points.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load.js';
import { openEmbeddedApp } from '../local/app.js';
import { committedState, outputDocuments, routeCrashSite, writeCrashConfig } from './helpers/crash-crawl.js';
import { FaultServer } from './helpers/fault-server.js';

const PAGES = 200;
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('embedded commit order (fault matrix E16)', () => {
  it('E16 at every commit point of a crawl, no URL is claimed without its document', async () => {
    const server = await new FaultServer().start();
    const dir = mkdtempSync(join(tmpdir(), 'ww-e16-'));
    dirs.push(dir);
    try {
      const site = routeCrashSite(server, { pages: PAGES, feeds: 2, changing: false });
      const config = loadConfig(writeCrashConfig(dir, server, 2, { concurrency: 8 }));
      const app = openEmbeddedApp(config, { logger: pino({ level: 'silent' }) });
      const seen: Array<ReturnType<typeof committedState>> = [];
      try {
        // Observe the committed state while pages are in flight.
        const timer = setInterval(() => seen.push(committedState(dir)), 5);
        const summary = await app.runner.runOnce().finally(() => clearInterval(timer));
        expect(summary.published).toHaveLength(PAGES);
      } finally {
        await app.close();
      }
      const midway = seen.filter((s) => s.articles > 0 && s.articles < PAGES);
      console.log(
        `E16: ${seen.length} committed states observed, ${midway.length} mid-crawl; claimed without document: ${seen.filter((s) => s.claimedWithoutDocument > 0).length}`,
      );
      expect(midway.length).toBeGreaterThan(3);
      expect(seen.filter((s) => s.claimedWithoutDocument > 0)).toEqual([]);
      expect(outputDocuments(dir)).toHaveLength(site.pageUrls.length);
    } finally {
      await server.close();
    }
  }, 120_000);
});
