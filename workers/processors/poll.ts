/**
 * Poll stage: fetch one feed, queue a fetch job for each entry whose URL is not
 * known yet (the cheap gate), record validators and the adaptive interval.
 */
import type { Job } from 'bullmq';
import { nextPoll } from '../../pipeline/adaptive-interval.js';
import { validatorsAfter } from '../../feeds/state.js';
import { canonicalizeUrl, knownOwners } from '../../pipeline/dedup/index.js';
import { errorCode, PermanentError, retryAfterSecsOf } from '../../pipeline/errors.js';
import type { FeedEntry } from '../../pipeline/types.js';
import type { WorkerContext } from '../context.js';
import { stageProcessor } from '../error-mapping.js';
import { JOB_SCHEMAS, jobId, type FetchJob, type PollJob } from '../queues.js';
import { parseJobData } from './job-data.js';

export interface PollResult {
  entries: number;
  queued: number;
  notModified: boolean;
  /** Skipped: the feed failed and its next try is not due yet. */
  backingOff?: boolean;
}

/** Re-exported: the gate lives with the dedup store it reads (pipeline/dedup/lookup.ts). */
export { knownOwners };

export function createPollProcessor(ctx: WorkerContext): (job: Job<PollJob, PollResult>, token?: string) => Promise<PollResult> {
  return stageProcessor(async (job) => {
    const data = parseJobData(JOB_SCHEMAS.poll, job.data);
    const feedId = data.feedId;
    const feed = data.feed ?? ctx.registry.get(feedId);
    if (!feed) throw new PermanentError('FEED_UNKNOWN', `feed "${feedId}" is not in the feed registry`);
    const state = await ctx.feedState.get(feedId);
    const now = ctx.now();
    const at = now.toISOString();
    // The scheduler ticks every interval; a failing feed backs off (nextPoll) by skipping ticks until it is due.
    if (state.consecutiveFailures > 0 && state.nextPollAt !== null && Date.parse(state.nextPollAt) > now.getTime()) {
      return { entries: 0, queued: 0, notModified: false, backingOff: true };
    }
    let result: Awaited<ReturnType<typeof ctx.fetcher.fetchFeed>>;
    try {
      // Reading on through a document above the parse limit: unconditionally, past what was listed.
      result = await ctx.fetcher.fetchFeed(
        feed,
        state.resumeOffset > 0
          ? { etag: null, lastModified: null, contentHash: null, skipItems: state.resumeOffset }
          : { etag: state.etag, lastModified: state.lastModified, contentHash: state.contentHash },
      );
    } catch (err) {
      const failure = { ok: false as const, failures: state.consecutiveFailures + 1, retryAfterSecs: retryAfterSecsOf(err) };
      const message = (err as Error).message;
      await ctx.feedState.recordFailure(feedId, { code: errorCode(err), message, at, ...nextPoll(now, state, feed.pollIntervalSecs, failure) });
      throw err;
    }
    // Every listed entry becomes a job (the jobs are the pending state here), before the validators
    // advance: a crash in between polls the feed again, and the job ids keep the adds from doubling.
    const entries = result.entries ?? [];
    // First entry per URL key, in feed order.
    const byKey = new Map<string, FeedEntry>();
    for (const entry of entries) {
      let key: string;
      try {
        key = canonicalizeUrl(entry.url);
      } catch {
        continue;
      }
      if (!byKey.has(key)) byKey.set(key, entry);
    }
    const keys = [...byKey.keys()];
    const owners = await knownOwners(ctx.dedupStore, keys);
    const fresh: FetchJob[] = keys.flatMap((key, i) => (owners[i] ? [] : [{ feedId, feedUrl: feed.url, entry: byKey.get(key) as FeedEntry }]));
    await ctx.queues.fetch.addBulk(fresh.map((data) => ({ name: 'fetch', data, opts: { jobId: jobId.fetch(canonicalizeUrl(data.entry.url)) } })));
    await ctx.feedState.recordSuccess(feedId, {
      ...validatorsAfter(state, result),
      at,
      ...nextPoll(now, state, feed.pollIntervalSecs, { ok: true, newItems: fresh.length, feedHintSecs: result.ttlSecs ?? null }),
    });
    return { entries: entries.length, queued: fresh.length, notModified: result.notModified };
  });
}
