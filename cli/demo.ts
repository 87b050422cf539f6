/**
 * `wirewatch demo`: starts the local demo news sites, crawls them once with the
 * embedded pipeline, prints the summary and stops the sites (with `serve`, keeps
 * them running until a signal, for trying the operator commands against them).
 * The demo prefers a fixed port so that a second run recognises what the first
 * one stored.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';
import { stringify as toYaml } from 'yaml';
import { readEnv } from '../config/env.js';
import { parseConfig } from '../config/load.js';
import { chromiumAvailable, DEFAULT_CHROMIUM_PATH, INSTALL_ADVICE } from '../crawlers/browser/index.js';
import { startDemoSites, type DemoSites } from '../demo/server.js';
import { runCrawl } from './run.js';

/** Fixed so that repeated demo runs see the same URLs; falls back to a free port. */
export const DEMO_PREFERRED_PORT = 47_611;
const DEMO_HOST = '127.0.0.1';
/** The demo sites are ours and local: no need to wait a second between requests. */
const DEMO_MIN_DELAY_MS = 20;

export interface DemoOptions {
  dataDir: string;
  outDir: string;
  port?: number;
  json: boolean;
  /** Keep the sites running after the crawl until SIGINT/SIGTERM. */
  serve?: boolean;
}

async function startSites(port: number | undefined): Promise<DemoSites> {
  if (port !== undefined) return startDemoSites({ host: DEMO_HOST, port });
  try {
    return await startDemoSites({ host: DEMO_HOST, port: DEMO_PREFERRED_PORT });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    process.stderr.write(`port ${DEMO_PREFERRED_PORT} is busy; using a free port (earlier demo state will not match these URLs)\n`);
    return startDemoSites({ host: DEMO_HOST, port: 0 });
  }
}

/** The config the demo crawls with, as a plain object (also written out as YAML). */
export function demoConfigObject(sites: DemoSites, dataDir: string, outDir: string, options: { scriptFeeds?: boolean } = {}): Record<string, unknown> {
  const scriptFeeds = options.scriptFeeds ? sites.scriptFeeds : [];
  return {
    dataDir,
    outDir,
    crawler: {
      perHost: { maxInFlight: 2, minDelayMs: DEMO_MIN_DELAY_MS },
      // The demo sites live on loopback, which production refuses: allow exactly this address.
      allowPrivate: { hosts: [`${sites.host}:${sites.port}`] },
    },
    feeds: [
      ...sites.feeds.map((feed) => ({ id: feed.id, name: feed.name, url: feed.url, kind: feed.kind, pollIntervalSecs: 900, render: 'http' })),
      // Script-built pages: `auto` fetches over HTTP, sees an app shell and renders it in Chromium.
      ...scriptFeeds.map((feed) => ({ id: feed.id, name: feed.name, url: feed.url, kind: feed.kind, pollIntervalSecs: 900, render: 'auto' })),
    ],
  };
}

export async function runDemo(options: DemoOptions, logger: Logger): Promise<void> {
  const sites = await startSites(options.port);
  try {
    const chromium = readEnv().chromiumPath ?? DEFAULT_CHROMIUM_PATH;
    const withBrowser = chromiumAvailable(chromium);
    process.stderr.write(`demo news sites: ${sites.baseUrl} (${sites.feeds.length + (withBrowser ? sites.scriptFeeds.length : 0)} feeds)\n`);
    if (!withBrowser) {
      process.stderr.write(
        `Chromium not found at ${chromium}: skipping the script-built outlet (${sites.scriptFeeds.map((f) => f.name).join(', ')}). ${INSTALL_ADVICE}\n`,
      );
    }
    const raw = demoConfigObject(sites, options.dataDir, options.outDir, { scriptFeeds: withBrowser });
    const config = parseConfig(raw, 'demo');
    mkdirSync(resolve(options.dataDir), { recursive: true });
    const configPath = join(resolve(options.dataDir), 'demo-config.yaml');
    writeFileSync(configPath, `# Written by \`wirewatch demo\`; valid while the demo sites run on this port.\n${toYaml(raw)}`);
    await runCrawl(config, { once: true, json: options.json }, logger);
    process.stderr.write(`config used: ${configPath}\n`);
    if (options.serve) await serveUntilSignal(sites, configPath, withBrowser);
  } finally {
    await sites.close();
  }
}

/** Keeps the sites up and says what to try against them (their loopback address is allowed in the written config). */
async function serveUntilSignal(sites: DemoSites, configPath: string, withBrowser: boolean): Promise<void> {
  const feeds = [...sites.feeds, ...(withBrowser ? sites.scriptFeeds : [])];
  const lines = [
    `demo sites running on ${sites.baseUrl} until Ctrl-C; their feeds:`,
    ...feeds.map((feed) => `  ${feed.url}`),
    'try, from another terminal (the config allows their loopback address):',
    `  wirewatch feeds test ${feeds[0]?.url ?? sites.baseUrl} -c ${configPath}`,
    `  wirewatch feeds list -c ${configPath}`,
    `  wirewatch serve --crawl -c ${configPath}   # dashboard on http://127.0.0.1:8787/`,
  ];
  process.stderr.write(`${lines.join('\n')}\n`);
  process.send?.({ type: 'ready', url: sites.baseUrl });
  const { untilSignal } = await import('../runtime/signals.js');
  await untilSignal();
}
