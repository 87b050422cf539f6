/**
 * Runs the embedded pipeline over the demo sites in a temp data dir, the way
 * `wirewatch demo` does, for the end-to-end tests.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { demoConfigObject } from '../../cli/demo.js';
import { parseConfig } from '../../config/load.js';
import type { WirewatchConfig } from '../../config/schema.js';
import { startDemoSites, type DemoSites } from '../../demo/server.js';
import { openEmbeddedApp } from '../../local/app.js';
import type { ArticleDocument } from '../../pipeline/output.js';
import type { RunSummary } from '../../local/summary.js';
import { publishedDocuments } from './published-documents.js';

export interface DemoCrawlHarness {
  sites: DemoSites;
  config: WirewatchConfig;
  dir: string;
  /** Opens the app on the same data dir, runs once, closes it. */
  /** `published`: the pass's documents, in the summary's order (read from the output file). */
  runOnce(): Promise<{ summary: RunSummary; published: ArticleDocument[]; stored: ArticleDocument[]; outputLines: string[] }>;
  close(): Promise<void>;
}

export async function startDemoCrawl(
  extra: { feeds?: (sites: DemoSites) => Array<Record<string, unknown>>; scriptFeeds?: boolean; cpuThreads?: number } = {},
): Promise<DemoCrawlHarness> {
  const sites = await startDemoSites({ host: '127.0.0.1', port: 0 });
  const dir = mkdtempSync(join(tmpdir(), 'wirewatch-e2e-'));
  const raw = demoConfigObject(sites, join(dir, 'data'), join(dir, 'out'), { scriptFeeds: extra.scriptFeeds ?? true });
  raw.feeds = [...(raw.feeds as unknown[]), ...(extra.feeds?.(sites) ?? [])];
  if (extra.cpuThreads !== undefined) raw.crawler = { ...(raw.crawler as Record<string, unknown>), cpuThreads: extra.cpuThreads };
  const config = parseConfig(raw, 'test');
  const logger = pino({ level: 'silent' });
  return {
    sites,
    config,
    dir,
    async runOnce() {
      const app = openEmbeddedApp(config, { logger });
      try {
        const summary = await app.runner.runOnce();
        const outputLines = existsSync(app.output.path) ? readFileSync(app.output.path, 'utf8').split('\n').filter(Boolean) : [];
        return { summary, published: publishedDocuments(summary, app.output.path), stored: app.articles.documents(), outputLines };
      } finally {
        await app.close();
      }
    },
    async close() {
      await sites.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
