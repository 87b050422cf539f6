// A dedup job delivered again after its first run died between dedup and queueing
// claims (SIGKILL, lost lock) must still reach the output: its dedup answer is now
// "same URL, same text", which alone would end the article there.
import type { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../config/load.js';
import { buildDocument, dedupStep, idempotencyKeyFor, inThreadCompute } from '../pipeline/chain/index.js';
import type { ExtractedArticle } from '../pipeline/types.js';
import { createWorkerContext, type WorkerContext } from '../workers/context.js';
import { createDedupProcessor } from '../workers/processors/dedup.js';
import type { DedupJob } from '../workers/queues.js';
import { startTestRedis, type TestRedis } from './helpers/redis-server.js';

let server: TestRedis;
let ctx: WorkerContext;

beforeAll(async () => {
  server = await startTestRedis();
  ctx = createWorkerContext(parseConfig({}), server.url, { prefix: 'redelivery' });
});

afterAll(async () => {
  await ctx?.close();
  await server?.stop();
});

const TEXT = Array.from(
  { length: 12 },
  (_, i) =>
    `Paragraph ${i}: the port authority said 4,${i}00 containers were held at the terminal after the strike, officials in Rotterdam told reporters on Tuesday.`,
).join('\n\n');

function job(url: string, duplicateText = TEXT): Job<DedupJob, { status: string }> {
  const article: ExtractedArticle = {
    url,
    canonicalUrl: url,
    title: 'Port strike holds containers',
    byline: null,
    publishedAt: '2026-11-20T08:00:00.000Z',
    modifiedAt: null,
    language: 'en',
    siteName: 'Harbour News',
    leadImageUrl: null,
    section: null,
    text: duplicateText,
    flags: [],
    method: 'readability',
  };
  const data: DedupJob = {
    origin: { feedId: 'f', feedUrl: 'http://127.0.0.1/feed.xml', entry: { url, feedId: 'f', title: article.title } },
    page: { requestedUrl: url, finalUrl: url, status: 200, contentType: 'text/html', fetchedAt: '2026-11-20T09:00:00.000Z', via: 'http' },
    article,
  };
  return { data, id: `dedup-${url}`, attemptsMade: 1, name: 'dedup' } as unknown as Job<DedupJob, { status: string }>;
}

describe('dedup job delivered again', () => {
  it('queues claims again when the first run stopped after dedup, and not once that version is published', async () => {
    const processor = createDedupProcessor(ctx);
    const redelivered = job('http://127.0.0.1/port-strike');
    // The first run: dedup done, then the process died before the claims job was added.
    const step = await dedupStep(redelivered.data, { compute: inThreadCompute(), dedupStore: ctx.dedupStore, isPublished: async () => false });
    if (step.kind !== 'next' || step.stage !== 'claims') throw new Error(`dedup ended with ${step.kind}`);
    const first = step.input.verdict;
    expect(first.status).toBe('new');
    expect(await ctx.queues.claims.count()).toBe(0);

    expect(await processor(redelivered)).toEqual({ status: 'queued' });
    const queued = await ctx.queues.claims.getWaiting();
    expect(queued).toHaveLength(1);
    expect(queued[0]?.data.verdict).toMatchObject({ articleId: first.articleId, status: 'new', storyId: first.storyId });

    // Once this version is out, a further delivery ends at dedup.
    await ctx.queues.claims.obliterate({ force: true });
    const { article, page, origin } = redelivered.data;
    await ctx.output.publish(buildDocument(article, first, [], { ...page, via: 'http' }, origin, new Date()));
    expect(await ctx.output.isPublished(idempotencyKeyFor(first.articleId, article.text))).toBe(true);
    expect(await processor(redelivered)).toEqual({ status: 'same_url' });
    expect(await ctx.queues.claims.count()).toBe(0);
  });
});
