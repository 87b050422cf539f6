/**
 * Fetch stage: take a slot for the host (shared politeness in Redis), fetch the
 * page, hand it to extract. A busy host delays the job without spending an
 * attempt; a 429/503 Retry-After pauses the host for every worker.
 */
import type { Job } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { packHtml } from '../../embedded/html-codec.js';
import { canonicalizeUrl } from '../../pipeline/dedup/index.js';
import { errorKind } from '../../pipeline/errors.js';
import type { WorkerContext } from '../context.js';
import { delayJob, stageProcessor } from '../error-mapping.js';
import { JOB_SCHEMAS, jobId, type FetchJob } from '../queues.js';
import { parseJobData } from './job-data.js';

export function createFetchProcessor(ctx: WorkerContext): (job: Job<FetchJob, { status: number }>, token?: string) => Promise<{ status: number }> {
  return async (job, token) => {
    const data = parseJobData(JOB_SCHEMAS.fetch, job.data);
    const host = new URL(data.entry.url).host;
    const lease = randomUUID();
    const waitMs = await ctx.gate.acquire(host, lease);
    if (waitMs > 0) return delayJob(job as Job, token, waitMs);
    return stageProcessor<FetchJob, { status: number }>(async () => {
      const feed = ctx.registry.get(data.feedId);
      try {
        const { html, ...page } = await ctx.fetcher.fetchPage(data.entry.url, { render: feed?.render ?? 'auto' });
        const origin = { feedId: data.feedId, feedUrl: data.feedUrl, entry: data.entry };
        const packedHtml = await packHtml(html);
        await ctx.queues.extract.add('extract', { origin, page, packedHtml }, { jobId: jobId.extract(canonicalizeUrl(data.entry.url)) });
        return { status: page.status };
      } catch (err) {
        if (errorKind(err) === 'rate_limited') await ctx.gate.pause(host, (err as { retryAfterMs: number }).retryAfterMs);
        throw err;
      } finally {
        await ctx.gate.release(host, lease);
      }
    })(job, token);
  };
}
