// What the two runtimes share is tested once against both: the embedded mode
// (local/, SQLite) and the distributed one (workers/, real Redis), each wired as
// it runs (openEmbeddedApp; a worker context with its stage workers), fed by the
// same stub fetcher: the claims options from config reaching the tagger on the
// pool threads, the polling policy, and the re-publish of a version whose first
// trip died between dedup and publishing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../config/load.js';
import type { WirewatchConfig } from '../config/schema.js';
import type { CrawlFetcher, FeedFetchResult } from '../crawlers/crawl-fetcher.js';
import type { FeedState } from '../feeds/state.js';
import { openEmbeddedApp } from '../local/app.js';
import { embeddedChainDeps } from '../local/chain.js';
import { nextPoll } from '../pipeline/adaptive-interval.js';
import { createChain, dedupStep, IN_PROCESS, type ChainDeps, type DedupStepInput } from '../pipeline/chain/index.js';
import { TransientError } from '../pipeline/errors.js';
import type { ArticleDocument } from '../pipeline/output.js';
import type { FeedEntry, FetchedPage } from '../pipeline/types.js';
import { inThreadPageCompute, type PageSource } from '../runtime/page-source.js';
import { workerChainDeps } from '../workers/chain.js';
import { createWorkerContext } from '../workers/context.js';
import { startStageWorkers } from '../workers/stage-workers.js';
import { publishedDocuments } from './helpers/published-documents.js';
import { startTestRedis, type TestRedis } from './helpers/redis-server.js';

const BASE = 'http://wire.example';
const PARAGRAPHS = [
  'At least 300 people were killed in the flooding, the Harbour Watch Institute said on Tuesday, after a week of rain across the delta.',
  'Rescue teams reached the outer villages by boat on Monday, officials said, and more than 2,000 families were moved to schools and stadiums.',
  'The regional government asked for help from neighbouring provinces as the river kept rising through the night and the main bridge closed.',
];
const html = (title: string): string =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

/** One feed that lists one article, and one feed that always fails. */
function stubFetcher(): CrawlFetcher {
  return {
    async fetchFeed(feed): Promise<FeedFetchResult> {
      if (feed.id === 'broken') throw new TransientError('FETCH_NETWORK', 'server error 503');
      const entries: FeedEntry[] = [{ url: `${BASE}/flood`, feedId: feed.id, title: 'Flood toll rises' }];
      return { notModified: false, entries, etag: null, lastModified: null, contentHash: 'h1', warnings: [], ttlSecs: null };
    },
    async fetchPage(url): Promise<FetchedPage> {
      return {
        requestedUrl: url,
        finalUrl: url,
        status: 200,
        contentType: 'text/html; charset=utf-8',
        html: html('Flood toll rises'),
        fetchedAt: new Date().toISOString(),
        via: 'http',
      };
    },
    async close() {},
  };
}

const FEEDS = [
  { id: 'wire', url: `${BASE}/feed.xml`, kind: 'rss', pollIntervalSecs: 900 },
  { id: 'broken', url: `${BASE}/broken.xml`, kind: 'rss', pollIntervalSecs: 900 },
];

interface RuntimeRun {
  /** Polls both feeds once and processes what is new; the documents published. */
  crawl(): Promise<ArticleDocument[]>;
  feedState(feedId: string): Promise<FeedState>;
  /** The chain's ports as this runtime wires them (publish check, output). */
  chainDeps(): ChainDeps<PageSource>;
  close(): Promise<void>;
}

let server: TestRedis;
const dirs: string[] = [];
const logger = pino({ level: 'silent' });

beforeAll(async () => {
  server = await startTestRedis();
});
afterAll(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  await server?.stop();
});

function configFor(): WirewatchConfig {
  const dir = mkdtempSync(join(tmpdir(), 'wirewatch-runtimes-'));
  dirs.push(dir);
  return parseConfig({
    dataDir: join(dir, 'data'),
    outDir: join(dir, 'out'),
    crawler: { cpuThreads: 1 },
    feeds: FEEDS,
    claims: { aliases: { 'harbour-watch': { kind: 'organisation', names: ['Harbour Watch Institute'] } } },
  });
}

function embedded(): RuntimeRun {
  const app = openEmbeddedApp(configFor(), { logger, fetcher: stubFetcher() });
  return {
    async crawl() {
      return publishedDocuments(await app.runner.runOnce(), app.output.path);
    },
    feedState: (feedId) => app.feedState.get(feedId),
    chainDeps: () =>
      embeddedChainDeps({ compute: inThreadPageCompute({}), dedupStore: app.dedupStore, articles: app.articles, output: app.output, now: () => new Date() }),
    close: () => app.close(),
  };
}

let prefixSeq = 0;
async function distributed(): Promise<RuntimeRun> {
  const config = configFor();
  const ctx = createWorkerContext(config, server.url, { prefix: `runtimes-${++prefixSeq}`, fetcher: stubFetcher() });
  const workers = await startStageWorkers(ctx, { stages: ['poll', 'fetch', 'extract', 'dedup', 'claims'], concurrency: 2, logger, cpuThreads: 1 });
  return {
    async crawl() {
      for (const feed of config.feeds) await ctx.queues.poll.add('poll', { feedId: feed.id, feed });
      const deadline = Date.now() + 60_000;
      while ((await ctx.queues.output.count()) < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      // The failing feed's poll has run too once its state says so.
      while ((await ctx.feedState.get('broken')).consecutiveFailures < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      return (await ctx.queues.output.getJobs(['waiting', 'active', 'completed'])).map((job) => job.data);
    },
    feedState: (feedId) => ctx.feedState.get(feedId),
    chainDeps: () => workerChainDeps(ctx, inThreadPageCompute({})),
    async close() {
      await workers.close();
      await ctx.close();
    },
  };
}

describe.each([
  ['embedded', async () => embedded()],
  ['distributed', distributed],
] as const)('%s runtime', (_name, start) => {
  let run: RuntimeRun;
  let documents: ArticleDocument[];
  let polledAt: number;

  beforeAll(async () => {
    run = await start();
    polledAt = Date.now();
    documents = await run.crawl();
  }, 120_000);
  afterAll(async () => {
    await run?.close();
  });

  it('tags claims with the sources the config adds, on the CPU pool threads', () => {
    expect(documents).toHaveLength(1);
    expect(documents[0]?.claims).toEqual(expect.arrayContaining([expect.objectContaining({ source: 'harbour-watch', value: 300, measure: 'killed' })]));
  });

  it('polls by the one policy: the adaptive interval after an answer, backoff after a failure', async () => {
    const ok = await run.feedState('wire');
    const expected = nextPoll(new Date(Date.parse(ok.lastPolledAt ?? '')), { intervalSecs: null }, 900, { ok: true, newItems: 1 });
    expect(ok).toMatchObject({ consecutiveFailures: 0, ...expected });
    const broken = await run.feedState('broken');
    const backoff = nextPoll(new Date(Date.parse(broken.lastPolledAt ?? '')), { intervalSecs: null }, 900, { ok: false, failures: 1 });
    expect(broken).toMatchObject({ consecutiveFailures: 1, lastErrorCode: 'FETCH_NETWORK', ...backoff });
    expect(Date.parse(backoff.nextPollAt) - Date.parse(broken.lastPolledAt ?? '')).toBe(2 * 900 * 1000);
    expect(Date.parse(ok.lastPolledAt ?? '')).toBeGreaterThanOrEqual(polledAt - 1000);
  });

  it('publishes a version whose first trip died after dedup when it comes again, and only until it is out', async () => {
    const deps = run.chainDeps();
    const url = `${BASE}/redelivered`;
    const input: DedupStepInput = {
      origin: { feedId: 'wire', feedUrl: `${BASE}/feed.xml`, entry: { url, feedId: 'wire' } },
      page: { requestedUrl: url, finalUrl: url, status: 200, contentType: 'text/html', fetchedAt: new Date().toISOString(), via: 'http' },
      article: {
        url,
        canonicalUrl: url,
        title: 'Families moved as the river rises',
        byline: null,
        publishedAt: null,
        modifiedAt: null,
        language: 'en',
        siteName: 'Wire',
        leadImageUrl: null,
        section: null,
        text: `${PARAGRAPHS[1]}\n\n${PARAGRAPHS[2]}\n\n${PARAGRAPHS[0]}`,
        flags: [],
        method: 'readability',
      },
    };
    // The first trip: dedup done, then the process died.
    const first = await dedupStep(input, deps);
    expect(first).toMatchObject({ kind: 'next', stage: 'claims' });
    const chain = createChain(deps, { hop: IN_PROCESS });
    const again = await chain.dedup(input);
    expect(again).toMatchObject({ kind: 'published', fresh: true });
    expect(await chain.dedup(input)).toMatchObject({ kind: 'same_url' });
  });
});
