/**
 * Fetch stage: take a slot for the host (shared politeness in Redis), fetch the
 * page, hand it to extract. A busy host delays the job without spending an
 * attempt; a 429/503 Retry-After pauses the host for every worker.
 *
 * The hand-off is a job on the extract queue, or, when this process also runs
 * the extract stage, a direct call (`extractHere`): the page then skips one
 * queue hop, and its HTML is never packed, written to Redis and read back.
 */
import type { Job } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { packHtml } from '../../runtime/html-codec.js';
import type { ExtractStepInput } from '../../pipeline/chain/index.js';
import { canonicalizeUrl } from '../../pipeline/dedup/index.js';
import { errorKind } from '../../pipeline/errors.js';
import type { FetchedPage } from '../../pipeline/types.js';
import type { WorkerContext } from '../context.js';
import { delayJob, stageProcessor } from '../error-mapping.js';
import { JOB_SCHEMAS, jobId, type FetchJob } from '../queues.js';
import { pageSourceOf, type PageSource } from '../../runtime/page-source.js';
import { parseJobData } from './job-data.js';

/** Runs the chain from extraction on a fetched page in this process. */
export type ExtractHere = (input: ExtractStepInput<PageSource>) => Promise<unknown>;

export function createFetchProcessor(
  ctx: WorkerContext,
  extractHere?: ExtractHere,
): (job: Job<FetchJob, { status: number }>, token?: string) => Promise<{ status: number }> {
  return async (job, token) => {
    const data = parseJobData(JOB_SCHEMAS.fetch, job.data);
    const host = new URL(data.entry.url).host;
    const lease = randomUUID();
    const waitMs = await ctx.gate.acquire(host, lease);
    if (waitMs > 0) return delayJob(job as Job, token, waitMs);
    return stageProcessor<FetchJob, { status: number }>(async () => {
      const feed = ctx.registry.get(data.feedId);
      const origin = { feedId: data.feedId, feedUrl: data.feedUrl, entry: data.entry };
      let fetched: FetchedPage;
      try {
        fetched = await ctx.fetcher.fetchPage(data.entry.url, { render: feed?.render ?? 'auto' });
      } catch (err) {
        if (errorKind(err) === 'rate_limited') await ctx.gate.pause(host, (err as { retryAfterMs: number }).retryAfterMs);
        throw err;
      } finally {
        // The host's slot is for the request only: parsing holds no politeness slot.
        await ctx.gate.release(host, lease);
      }
      // Named, not spread: reading `html` decodes the page, which the CPU pool does from `body` when there is one.
      const { requestedUrl, finalUrl, status, contentType, fetchedAt, via } = fetched;
      const page = { requestedUrl, finalUrl, status, contentType, fetchedAt, via };
      // The bytes only go to this process's CPU pool, never into a job.
      if (extractHere) await extractHere({ origin, page, source: pageSourceOf(fetched) });
      else
        await ctx.queues.extract.add(
          'extract',
          { origin, page, packedHtml: await packHtml(fetched.html) },
          { jobId: jobId.extract(canonicalizeUrl(data.entry.url)) },
        );
      return { status: page.status };
    })(job, token);
  };
}
