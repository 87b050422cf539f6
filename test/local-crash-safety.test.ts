/**
 * Fault matrix E15, E16: the embedded mode (`wirewatch run --once` as a real
 * child process) killed with SIGKILL at random moments and restarted until it
 * is done: every page is published exactly once, whether the feeds never change
 * (ETag, 304) or change every second; a killed run never leaves a URL claimed
 * by dedup without its document committed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GROUP_COMMIT_STEPS } from '../runtime/db.js';
import { committedState, outputDocuments, routeCrashSite, writeCrashConfig, type CrashSite } from './helpers/crash-crawl.js';
import { FaultServer, sleep } from './helpers/fault-server.js';
import { seededRandom } from './helpers/seeded-random.js';
import { spawnWirewatch } from './helpers/wirewatch-process.js';

/** The matrix asks for at least 10 kills. */
const KILLS = 10;
/**
 * Enough pages for every kill even when each killed run commits a whole group of
 * pages before its kill comes (a run publishes a group commit at once; a fast
 * machine fills one before the kill's next look at the output).
 */
const PAGES = Math.ceil(KILLS * GROUP_COMMIT_STEPS * 1.5);
const FEEDS = 4;
/**
 * Pages one killed run may publish before its kill: a fast machine would otherwise
 * finish the crawl before the tenth kill (a third of an even share per kill).
 */
const MAX_PAGES_PER_KILLED_RUN = Math.floor(PAGES / (KILLS * 3));
/** Runs after the kills that may be needed to finish (each takes every pending entry). */
const MAX_FINISHING_RUNS = 4;

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

interface CrashReport {
  kills: number;
  killedMidCrawl: number;
  runs: number;
  published: number;
}

async function crashUntilDone(changing: boolean, seed: number): Promise<{ site: CrashSite; dir: string; report: CrashReport }> {
  const server = await new FaultServer().start();
  const dir = mkdtempSync(join(tmpdir(), 'ww-crash-'));
  cleanups.push(
    () => server.close(),
    () => rmSync(dir, { recursive: true, force: true }),
  );
  const site = routeCrashSite(server, { pages: PAGES, feeds: FEEDS, changing });
  const config = writeCrashConfig(dir, server, FEEDS);
  const random = seededRandom(seed);
  const report: CrashReport = { kills: 0, killedMidCrawl: 0, runs: 0, published: 0 };
  while (report.kills < KILLS) {
    const before = outputDocuments(dir).length;
    if (before === PAGES) break;
    const run = spawnWirewatch(['run', '--once', '-c', config]);
    report.runs += 1;
    // Half the kills at a random moment from the start (polls, fetches), half a random
    // moment after this run published something (inside the next group commit).
    // Either way the kill comes sooner once the run has published MAX_PAGES_PER_KILLED_RUN pages.
    const until = async (ms: number, pages: number) => {
      const deadline = Date.now() + ms;
      while (Date.now() < deadline && run.child.exitCode === null && outputDocuments(dir).length - before < pages) await sleep(20);
    };
    if (report.runs % 2 === 0) {
      await until(300 + random() * 1700, MAX_PAGES_PER_KILLED_RUN);
    } else {
      await until(15_000, 1);
      await until(random() * 250, MAX_PAGES_PER_KILLED_RUN);
    }
    if (run.child.exitCode === null) {
      await run.kill('SIGKILL');
      report.kills += 1;
      const state = committedState(dir);
      if (state.articles > 0 && state.articles < PAGES) report.killedMidCrawl += 1;
      // E16: whatever the moment, no URL is claimed without its document committed.
      expect(state.claimedWithoutDocument, `kill ${report.kills}`).toBe(0);
    } else {
      await run.exited;
    }
  }
  for (let i = 0; i < MAX_FINISHING_RUNS && outputDocuments(dir).length < PAGES; i++) {
    const run = spawnWirewatch(['run', '--once', '-c', config]);
    report.runs += 1;
    expect(await run.exited, run.output()).toBe(0);
  }
  report.published = outputDocuments(dir).length;
  return { site, dir, report };
}

function expectEachPageOnce(site: CrashSite, dir: string): void {
  const docs = outputDocuments(dir);
  expect(docs.complete).toBe(true);
  const perUrl = new Map<string, number>();
  for (const doc of docs) perUrl.set(doc.article.url, (perUrl.get(doc.article.url) ?? 0) + 1);
  const missing = site.pageUrls.filter((url) => !perUrl.has(url));
  const twice = [...perUrl].filter(([, n]) => n > 1).map(([url]) => url);
  expect(missing).toEqual([]);
  expect(twice).toEqual([]);
  expect(new Set(docs.map((d) => d.idempotencyKey)).size).toBe(docs.length);
  expect(docs).toHaveLength(site.pageUrls.length);
  expect(committedState(dir)).toEqual({ articles: PAGES, pending: 0, claimedWithoutDocument: 0 });
}

describe('embedded crawl killed at random moments (fault matrix E15, E16)', () => {
  it('E15 feeds that never change (304): killed at least 10 times and restarted, every page is published exactly once', async () => {
    const { site, dir, report } = await crashUntilDone(false, 15);
    console.log(`E15 unchanged feeds: ${JSON.stringify(report)}`);
    expect(report.kills).toBeGreaterThanOrEqual(KILLS);
    expect(report.killedMidCrawl).toBeGreaterThan(0);
    expectEachPageOnce(site, dir);
  }, 180_000);

  it('E15 feeds that change every second: killed at least 10 times and restarted, every page is published exactly once', async () => {
    const { site, dir, report } = await crashUntilDone(true, 16);
    console.log(`E15 changing feeds: ${JSON.stringify(report)}`);
    expect(report.kills).toBeGreaterThanOrEqual(KILLS);
    expectEachPageOnce(site, dir);
  }, 180_000);
});
